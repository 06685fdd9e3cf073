package com.kaoping.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaoping.support.MariaDbIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While one transaction holds an assessment for writing (a task completion), the cycle's row and the other
 * assessments of the cycle stay free: {@code NOWAIT} fails at once on a row another transaction has locked, so
 * each probe tells whether a completion of a sibling assessment would have waited (docs/scale.md).
 */
class AssessmentRowLockTest extends MariaDbIntegrationTest {

    @Autowired
    AssessmentMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void lockingAnAssessmentLocksNeitherItsCycleNorItsSiblings() throws Exception {
        jdbc.update("INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version, status,"
                + " publicity_period, created_by) SELECT 2080, 1, code, version, 'RUNNING', 'P5D', 'test'"
                + " FROM kp_standard WHERE active = TRUE LIMIT 1");
        long cycle = jdbc.queryForObject("SELECT id FROM kp_cycle WHERE cycle_year = 2080 AND quarter = 1", Long.class);
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            String code = "RL0" + i;
            jdbc.update("INSERT INTO kp_branch (code, name, active) VALUES (?, ?, TRUE)", code, "行锁" + i);
            jdbc.update("INSERT INTO kp_cycle_branch (cycle_id, branch_code) VALUES (?, ?)", cycle, code);
            jdbc.update(
                    "INSERT INTO kp_assessment (cycle_id, branch_code, process_instance_id, locked, created_at)"
                            + " VALUES (?, ?, ?, FALSE, ?)",
                    cycle,
                    code,
                    "rowlock-" + i,
                    Timestamp.from(Instant.now()));
            ids[i] = jdbc.queryForObject(
                    "SELECT id FROM kp_assessment WHERE cycle_id = ? AND branch_code = ?", Long.class, cycle, code);
        }

        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AssessmentRow> holder = pool.submit(() -> tx.execute(status -> {
                AssessmentRow row = mapper.findForUpdate(ids[0]);
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return row;
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            // the held assessment itself is locked: the probe can fail
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> jdbc.queryForObject(
                            "SELECT id FROM kp_assessment WHERE id = ? FOR UPDATE NOWAIT", Long.class, ids[0])))
                    .isInstanceOf(DataAccessException.class);
            // the cycle's row and the sibling are free
            Long cycleRow = tx.execute(status ->
                    jdbc.queryForObject("SELECT id FROM kp_cycle WHERE id = ? FOR UPDATE NOWAIT", Long.class, cycle));
            assertThat(cycleRow).isEqualTo(cycle);
            String sibling = tx.execute(status -> mapper.findForUpdate(ids[1]).branchCode);
            assertThat(sibling).isEqualTo("RL01");

            release.countDown();
            AssessmentRow row = holder.get(30, TimeUnit.SECONDS);
            // still read with its cycle's standard
            assertThat(row.branchCode).isEqualTo("RL00");
            assertThat(row.standardCode).isNotBlank();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
