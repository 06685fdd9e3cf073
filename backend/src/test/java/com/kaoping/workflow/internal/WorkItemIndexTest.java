package com.kaoping.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task list's index (kp_work_item, V96, docs/scale.md) follows Camunda's open tasks and their candidate groups
 * through creation, completion, a change of due date or group and a process's deletion, and the reconciler repairs
 * it from Camunda's tables. Cycle 2063 Q1 (B01, B02).
 */
class WorkItemIndexTest extends MariaDbIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    WorkItemReconciler reconciler;

    @Test
    void followsTheEngineAndIsRepairedFromIt() {
        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2063, "quarter": 1, "branches": ["B01", "B02"]}""", 2);
        assertThat(indexed()).isEqualTo(candidateLinks());

        // what the list shows comes from the index: the row carries the task's own due date, cycle and assessment
        Task self = selfAssessment(q, "B01");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM kp_work_item WHERE task_id = ?", self.getId());
        assertThat(row.get("group_id")).isEqualTo("branchB01");
        assertThat(row.get("task_key")).isEqualTo("selfAssessment");
        assertThat(((Number) row.get("cycle_id")).longValue()).isEqualTo(q.cycleId());
        assertThat(row.get("branch_code")).isEqualTo("B01");
        assertThat(((Number) row.get("assessment_id")).longValue())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT id FROM kp_assessment WHERE process_instance_id = ?",
                        Long.class,
                        self.getProcessInstanceId()));
        assertThat(instant(row.get("due"))).isEqualTo(self.getDueDate().toInstant());

        // completed: gone; its six reviews appear, one department each
        q.complete("branch01", "selfAssessment", "B01", "{\"findings\": []}");
        q.await(
                "B01's reviews",
                () -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM kp_work_item WHERE cycle_id = ? AND branch_code = 'B01'"
                                        + " AND task_key = 'departmentReview'",
                                Integer.class,
                                q.cycleId())
                        == 6);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_work_item WHERE task_id = ?", Integer.class, self.getId()))
                .isZero();
        assertThat(indexed()).isEqualTo(candidateLinks());

        // a new due date and another candidate group, through the engine: the task's rows follow
        Task other = selfAssessment(q, "B02");
        Instant later = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        other.setDueDate(Date.from(later));
        tasks.saveTask(other);
        tasks.addCandidateGroup(other.getId(), "deptORG");
        assertThat(instant(jdbc.queryForObject(
                        "SELECT due FROM kp_work_item WHERE task_id = ? AND group_id = 'branchB02'",
                        Object.class,
                        other.getId())))
                .isEqualTo(later);
        assertThat(indexed()).isEqualTo(candidateLinks());

        // the process deleted: its task's rows go with it
        runtime.deleteProcessInstance(other.getProcessInstanceId(), "test");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_work_item WHERE task_id = ?", Integer.class, other.getId()))
                .isZero();

        // written around Kaoping (rows lost, a stale row left): the reconciler puts the index right again
        String review = jdbc.queryForObject(
                "SELECT task_id FROM kp_work_item WHERE cycle_id = ? AND task_key = 'departmentReview' LIMIT 1",
                String.class,
                q.cycleId());
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM kp_work_item WHERE task_id = ?", review);
        jdbc.update("DELETE FROM kp_work_item WHERE task_id = ?", review);
        jdbc.update("INSERT INTO kp_work_item (task_id, group_id, task_key, due_sort, created)"
                + " VALUES ('no-such-task', 'deptORG', 'departmentReview', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        reconciler.reconcile();
        assertThat(indexed()).isEqualTo(candidateLinks());
        assertThat(jdbc.queryForMap("SELECT * FROM kp_work_item WHERE task_id = ?", review))
                .isEqualTo(before);
    }

    private Task selfAssessment(QuarterDriver q, String branch) {
        return tasks.createTaskQuery()
                .taskDefinitionKey("selfAssessment")
                .processInstanceBusinessKey(OpenBranchBatchDelegate.businessKey(q.cycleId(), branch))
                .singleResult();
    }

    /** Every (task, group) row of the index. */
    private Set<String> indexed() {
        return pairs("SELECT task_id, group_id FROM kp_work_item");
    }

    /** Every open task's candidate group in Camunda's own tables. */
    private Set<String> candidateLinks() {
        return pairs(
                "SELECT i.TASK_ID_, i.GROUP_ID_ FROM ACT_RU_IDENTITYLINK i JOIN ACT_RU_TASK t ON t.ID_ = i.TASK_ID_"
                        + " WHERE i.TYPE_ = 'candidate' AND i.GROUP_ID_ IS NOT NULL");
    }

    private Set<String> pairs(String sql) {
        List<String> rows = jdbc.query(sql, (rs, i) -> rs.getString(1) + " " + rs.getString(2));
        return new TreeSet<>(rows);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t
                ? t.toInstant()
                : ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }
}
