package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.MariaDbIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last two assessments of a cycle lock at the same moment, each in its own transaction: exactly one of them is
 * told it was the last (the cycle's row lock serialises the counts; without it both would miss it).
 */
class LastLockTest extends MariaDbIntegrationTest {

    @Autowired
    CycleLifecycle cycles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void ofTwoAssessmentsLockingAtOnceExactlyOneIsTheLast() throws Exception {
        List<String> branches = List.of("LL01", "LL02");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version,"
                                    + " status, publicity_period, created_by) SELECT 2061, 1, code, version, 'RUNNING', 'P5D', 'test'"
                                    + " FROM kp_standard WHERE active = TRUE LIMIT 1",
                            new String[] {"id"});
                    return s;
                },
                key);
        long cycleId = key.getKey().longValue();
        long[] assessments = new long[branches.size()];
        for (int i = 0; i < branches.size(); i++) {
            jdbc.update("INSERT INTO kp_branch (code, name, active) VALUES (?, ?, TRUE)", branches.get(i), "并发锁定" + i);
            jdbc.update("INSERT INTO kp_cycle_branch (cycle_id, branch_code) VALUES (?, ?)", cycleId, branches.get(i));
            jdbc.update(
                    "INSERT INTO kp_assessment (cycle_id, branch_code, locked, created_at) VALUES (?, ?, FALSE, ?)",
                    cycleId,
                    branches.get(i),
                    Timestamp.from(Instant.now()));
            assessments[i] = jdbc.queryForObject(
                    "SELECT id FROM kp_assessment WHERE cycle_id = ? AND branch_code = ?",
                    Long.class,
                    cycleId,
                    branches.get(i));
        }

        CyclicBarrier bothLocked = new CyclicBarrier(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> last = List.of(0, 1).stream()
                    .map(i -> pool.submit(() -> tx.execute(status -> {
                        jdbc.update("UPDATE kp_assessment SET locked = TRUE WHERE id = ?", assessments[i]);
                        try {
                            bothLocked.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return cycles.assessmentLocked(cycleId);
                    })))
                    .toList();
            assertThat(List.of(
                            last.get(0).get(60, TimeUnit.SECONDS), last.get(1).get(60, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
            // leave the shared database as the other integration tests expect it
            jdbc.update("DELETE FROM kp_assessment WHERE cycle_id = ?", cycleId);
            jdbc.update("DELETE FROM kp_cycle_branch WHERE cycle_id = ?", cycleId);
            jdbc.update("DELETE FROM kp_cycle WHERE id = ?", cycleId);
            jdbc.update("DELETE FROM kp_branch WHERE code IN ('LL01', 'LL02')");
        }
    }
}
