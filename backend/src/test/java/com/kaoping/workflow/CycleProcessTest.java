package com.kaoping.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.assessment.AssessmentRouting;
import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.cycle.CycleRouting;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.web.Text;
import com.kaoping.workflow.internal.WorkflowTestBeans;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cycle model: opening in batch jobs, waiting for every lock, publication, the publicity period with objections. */
@Deployment(resources = {"processes/cycle.bpmn", "processes/assessment.bpmn"})
@Tag("own-engine")
class CycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final long CYCLE = 7L;
    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    final IdempotentAssessments assessments = new IdempotentAssessments();
    final CycleRouting cycleRouting = mock(CycleRouting.class);
    final CycleLifecycle cycles = mock(CycleLifecycle.class);
    final Notifications notifications = mock(Notifications.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        // no departments own indicators and no bonuses: each assessment is self-assessment, declaration, confirmation
        WorkflowTestBeans.register(mock(AssessmentRouting.class), assessments, cycleRouting, cycles, notifications);
        when(cycleRouting.branchCodes(CYCLE)).thenReturn(List.of("B01", "B02", "B03"));
        when(cycleRouting.branchBatches(CYCLE)).thenReturn(List.of(0, 1));
        when(cycleRouting.branchCodes(CYCLE, 0)).thenReturn(List.of("B01", "B02"));
        when(cycleRouting.branchCodes(CYCLE, 1)).thenReturn(List.of("B03"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void opensBranchesInRetriedBatchJobsWaitsUntilAllAreLockedThenPublishesTakesObjectionsAndFinalises() {
        ProcessInstance pi = start(Map.of("publicityPeriod", "P3D"));

        // the fan-out itself is a job, so opening a cycle returns at once
        assertThat(assessmentInstances()).isEmpty();
        execute(job(pi));
        List<Job> batches = jobQuery().processInstanceId(pi.getId()).list();
        assertThat(batches).hasSize(2);
        assertThat(assessmentInstances()).isEmpty();

        // batch 0 fails at B02 (e.g. the notification store is down) after starting B01: all of it rolls back
        doThrow(new IllegalStateException("notification store down"))
                .doNothing()
                .when(notifications)
                .toGroup(eq("branchB02"), eq(Kind.ASSIGNED), any(Text.class), any(), anyString(), any());
        Job batch0 = batches.stream()
                .filter(j -> Integer.valueOf(0).equals(batchOf(j)))
                .findFirst()
                .orElseThrow();
        Job batch1 = batches.stream().filter(j -> j != batch0).findFirst().orElseThrow();
        execute(batch1);
        assertThatThrownBy(() -> execute(batch0)).hasMessageContaining("notification store down");
        Job failed = managementService().createJobQuery().jobId(batch0.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(10)));
        assertThat(assessmentInstances())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactly("7-B03");
        execute(failed);

        // every assessment is a top-level instance, not part of the cycle's execution tree
        List<ProcessInstance> branches = assessmentInstances();
        assertThat(branches).extracting(ProcessInstance::getBusinessKey).containsExactly("7-B01", "7-B02", "7-B03");
        assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(pi.getId())
                        .count())
                .isZero();
        assertThat(assessments.calls).containsExactly("B03", "B01", "B02", "B01", "B02");
        assertThat(assessments.ids).hasSize(3);
        for (ProcessInstance branch : branches) {
            assertThat(branch)
                    .isWaitingAt("selfAssessment")
                    .variables()
                    .containsEntry("cycleId", CYCLE)
                    .containsKey("confirmationDue")
                    .containsEntry("assessmentId", assessments.ids.get(branch.getBusinessKey()));
        }
        assertThat(pi).hasPassed("openAssessments").isWaitingAt("allLocked");

        // the cycle feature tells the lock of the last branch (it counts under the cycle's row lock)
        when(cycles.assessmentLocked(CYCLE)).thenReturn(false, false, true);
        lock(branches.get(0));
        lock(branches.get(1));
        assertThat(pi).isWaitingAt("allLocked");
        lock(branches.get(2));
        assertThat(assessments.locked).hasSize(3);
        verify(cycles, times(3)).assessmentLocked(CYCLE);

        assertThat(pi).isWaitingAt("publication");
        assertThat(task(pi)).hasCandidateGroup("leaders");
        complete(task(pi));
        verify(cycles).published(CYCLE);
        verify(notifications, atLeastOnce())
                .toGroup(anyString(), eq(Kind.PUBLISHED), any(Text.class), isNull(), isNull());
        assertThat(pi).isWaitingAt("publicityEnded");
        assertThat(job("publicityEnded", pi).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));

        objection(55L);
        assertThat(pi).isWaitingAt("publicityEnded", "objectionAnswer");
        Task answer = task("objectionAnswer", pi);
        assertThat(answer).hasCandidateGroup("leaders");
        assertThat(taskService().getVariable(answer.getId(), "objectionId")).isEqualTo(55L);
        assertThat(runtimeService().getVariable(pi.getId(), "objectionId")).isNull();
        verify(notifications)
                .toGroup(eq("leaders"), eq(Kind.ASSIGNED), any(Text.class), eq(null), eq(answer.getId()), any());

        // the period is over, but an open objection keeps it from ending
        execute(job("publicityEnded", pi));
        assertThat(pi).isWaitingAt("objectionAnswer").isNotEnded();
        verify(cycles, never()).finalised(anyLong());

        complete(answer);
        assertThat(pi)
                .hasPassedInOrder("publication", "publishCycle", "publicityEnded", "finaliseCycle", "final")
                .isEnded();
        verify(cycles).finalised(CYCLE);
    }

    @Test
    void withoutObjectionsThePeriodEndsAfterTheDefaultFiveDays() {
        oneBranch();
        ProcessInstance pi = start(Map.of());
        openAll(pi);
        lock(assessmentInstances().get(0));
        complete(task("publication", pi));

        assertThat(job("publicityEnded", pi).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(5))));
        execute(job("publicityEnded", pi));
        assertThat(pi).hasPassed("final").isEnded();
        verify(cycles).finalised(CYCLE);
    }

    /** Engine behaviour the API must know: objections stay correlatable after the timer while an answer is open. */
    @Test
    void whileAnAnswerIsOpenTheEngineStillAcceptsObjectionsAfterThePeriod() {
        oneBranch();
        ProcessInstance pi = start(Map.of());
        openAll(pi);
        lock(assessmentInstances().get(0));
        complete(task("publication", pi));
        objection(1L);
        execute(job("publicityEnded", pi));

        objection(2L);
        assertThat(taskQuery().taskDefinitionKey("objectionAnswer").count()).isEqualTo(2);
    }

    @Test
    void aBatchSkipsBranchesWhoseAssessmentWasStartedAlready() {
        ProcessInstance pi = start(Map.of());
        execute(job(pi));
        // e.g. started by an earlier run of this batch that committed before its job could be completed
        Map<String, Object> variables = dueDates();
        variables.put("branchCode", "B02");
        runtimeService().startProcessInstanceByKey("assessment", "7-B02", variables);
        assessments.calls.clear();

        jobQuery().processInstanceId(pi.getId()).list().forEach(j -> execute(j));

        assertThat(assessmentInstances())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactly("7-B01", "7-B02", "7-B03");
        assertThat(assessments.calls).containsExactlyInAnyOrder("B01", "B03");
        assertThat(pi).isWaitingAt("allLocked");
    }

    @Test
    void anAssessmentLockingWhileOthersAreOpenLeavesTheCycleWaiting() {
        ProcessInstance pi = start(Map.of());
        openAll(pi);
        when(cycles.assessmentLocked(CYCLE)).thenReturn(false);
        lock(assessmentInstances().get(1));
        assertThat(pi).isWaitingAt("allLocked");
        assertThat(taskQuery().taskDefinitionKey("publication").count()).isZero();
    }

    // ---- helpers

    void oneBranch() {
        when(cycleRouting.branchCodes(CYCLE)).thenReturn(List.of("B01"));
        when(cycleRouting.branchBatches(CYCLE)).thenReturn(List.of(0));
        when(cycleRouting.branchCodes(CYCLE, 0)).thenReturn(List.of("B01"));
        when(cycles.assessmentLocked(CYCLE)).thenReturn(true);
    }

    ProcessInstance start(Map<String, Object> extra) {
        Map<String, Object> variables = dueDates();
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey("cycle", String.valueOf(CYCLE), variables);
    }

    static Map<String, Object> dueDates() {
        return withVariables(
                "cycleId",
                CYCLE,
                "selfAssessmentDue",
                Date.from(NOW.plus(Duration.ofDays(10))),
                "reviewDue",
                Date.from(NOW.plus(Duration.ofDays(20))),
                "bonusDue",
                Date.from(NOW.plus(Duration.ofDays(30))),
                "confirmationDue",
                Date.from(NOW.plus(Duration.ofDays(40))));
    }

    void openAll(ProcessInstance pi) {
        execute(job(pi));
        jobQuery().processInstanceId(pi.getId()).list().forEach(j -> execute(j));
    }

    static void objection(long objectionId) {
        runtimeService()
                .createMessageCorrelation("objection")
                .processInstanceBusinessKey(String.valueOf(CYCLE))
                .setVariableLocal("objectionId", objectionId)
                .correlateWithResult();
    }

    static Integer batchOf(Job job) {
        return (Integer) runtimeService().getVariableLocal(job.getExecutionId(), "batch");
    }

    static List<ProcessInstance> assessmentInstances() {
        return runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("assessment")
                .orderByBusinessKey()
                .asc()
                .list();
    }

    /** Drives one assessment to its end: with no departments and no bonuses three tasks remain. */
    static void lock(ProcessInstance assessment) {
        for (String key : List.of("selfAssessment", "bonusDeclaration", "leadershipConfirmation")) {
            complete(task(key, assessment));
        }
        // the approval locks the result (and may move the cycle on), leaving the instance at its asynchronous end
        assertThat(assessment).isWaitingAt("locked");
        execute(job(assessment));
        assertThat(assessment).hasPassed("locked").isEnded();
    }

    /** Like the real implementation: one assessment per (cycle, branch), a repeated call returns the same id. */
    static final class IdempotentAssessments implements AssessmentLifecycle {

        final Map<String, Long> ids = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<Long> locked = new ArrayList<>();

        @Override
        public long register(long cycleId, String branchCode, String processInstanceId) {
            calls.add(branchCode);
            return ids.computeIfAbsent(cycleId + "-" + branchCode, key -> 100L + ids.size());
        }

        @Override
        public void lock(long assessmentId) {
            locked.add(assessmentId);
        }
    }
}
