package com.kaoping.workflow;

import static com.kaoping.workflow.AssessmentProcessTest.completeAll;
import static com.kaoping.workflow.AssessmentProcessTest.groupsOf;
import static com.kaoping.workflow.AssessmentProcessTest.timesPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.assessment.AssessmentRouting;
import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.cycle.CycleRouting;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.rectification.RectificationRouting;
import com.kaoping.web.Text;
import com.kaoping.workflow.internal.WorkflowTestBeans;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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

/**
 * The rectification model (docs/rectification.md), path by path: plan, partial return, overdue, all accepted. The
 * routing port and notifications are mocks; the delegates, listeners and timers are the application's.
 */
@Deployment(resources = "processes/rectification.bpmn")
@Tag("own-engine")
class RectificationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final long CYCLE = 9L;
    static final long ASSESSMENT = 77L;
    static final String BRANCH = "B02";
    static final Instant NOW = Instant.parse("2026-01-05T00:00:00Z");
    static final Date DUE = Date.from(NOW.plus(Duration.ofDays(30)));

    final RectificationRouting routing = mock(RectificationRouting.class);
    final Notifications notifications = mock(Notifications.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        WorkflowTestBeans.register(
                mock(AssessmentRouting.class),
                mock(AssessmentLifecycle.class),
                mock(CycleRouting.class),
                mock(CycleLifecycle.class),
                notifications);
        WorkflowTestBeans.registerRectification(routing);
        when(routing.checkDepartments(ASSESSMENT)).thenReturn(List.of("ORG", "PUB"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void planThenOneCheckPerDepartmentThenEndsWhenAllAreAccepted() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt("rectificationPlan");
        assertThat(task(pi)).hasCandidateGroup("branchB02").hasDueDate(DUE);
        verify(notifications)
                .toGroup(
                        eq("branchB02"),
                        eq(Kind.ASSIGNED),
                        argThat(says("notification.assigned", "rectificationPlan")),
                        eq(ASSESSMENT),
                        eq(task(pi).getId()),
                        any());
        complete(task(pi));

        assertThat(pi).isWaitingAt("rectificationCheck");
        assertThat(groupsOf("rectificationCheck")).containsExactly("deptORG", "deptPUB");
        assertThat(taskQuery().taskDefinitionKey("rectificationCheck").list())
                .allMatch(t -> DUE.equals(t.getDueDate()));
        assertThat(runtimeService()
                        .getVariable(
                                taskQuery()
                                        .taskDefinitionKey("rectificationCheck")
                                        .taskCandidateGroup("deptPUB")
                                        .singleResult()
                                        .getExecutionId(),
                                "department"))
                .isEqualTo("PUB");
        completeAll("rectificationCheck");

        assertThat(pi)
                .hasPassedInOrder("rectificationPlan", "rectificationCheck", "rectified")
                .isEnded();
        verify(notifications, never()).toGroup(anyString(), eq(Kind.RETURNED), any(), any(), any());
    }

    @Test
    void aPartialReturnSendsThePlanBackAndOnlyTheReturningDepartmentChecksAgain() {
        ProcessInstance pi = start();
        complete(task(pi));

        when(routing.anyAwaitingPlan(ASSESSMENT)).thenReturn(true);
        completeAll("rectificationCheck");

        assertThat(pi).isWaitingAt("rectificationPlan");
        verify(notifications)
                .toGroup(
                        eq("branchB02"),
                        eq(Kind.RETURNED),
                        argThat(says("notification.returned.branch", "rectificationPlan")),
                        eq(ASSESSMENT),
                        eq(null));

        // the routing now names the department whose items were re-planned (the others are closed)
        when(routing.anyAwaitingPlan(ASSESSMENT)).thenReturn(false);
        when(routing.checkDepartments(ASSESSMENT)).thenReturn(List.of("PUB"));
        complete(task(pi));

        assertThat(groupsOf("rectificationCheck")).containsExactly("deptPUB");
        completeAll("rectificationCheck");
        assertThat(pi).isEnded();
        assertThat(timesPassed("rectificationPlan")).isEqualTo(2);
        assertThat(timesPassed("rectificationCheck")).isEqualTo(3);
    }

    @Test
    void theReminderAndTheOverdueEscalationNotifyWithoutEndingThePlan() {
        ProcessInstance pi = start();
        String taskId = task(pi).getId();

        Job reminder = job("rectificationPlanReminder", pi);
        assertThat(reminder.getDuedate())
                .isEqualTo(new Date(DUE.getTime() - WorkflowTestBeans.REMINDER_BEFORE.toMillis()));
        execute(reminder);
        verify(notifications)
                .toGroup(
                        eq("branchB02"),
                        eq(Kind.REMINDER),
                        argThat(says("notification.reminder", "rectificationPlan")),
                        eq(ASSESSMENT),
                        eq(taskId));

        ClockUtil.setCurrentTime(new Date(DUE.getTime() + 1000));
        Job overdue = job("rectificationPlanOverdue", pi);
        assertThat(overdue.getDuedate()).isEqualTo(DUE);
        execute(overdue);
        for (String group : List.of("branchB02", "leaders")) {
            verify(notifications)
                    .toGroup(
                            eq(group),
                            eq(Kind.OVERDUE),
                            argThat(says("notification.overdue", "rectificationPlan")),
                            eq(ASSESSMENT),
                            eq(taskId));
        }

        assertThat(pi).isWaitingAt("rectificationPlan");
        assertThat(task(pi).getId()).isEqualTo(taskId);
    }

    @Test
    void anOverdueCheckEscalatesForTheDepartmentsStillChecking() {
        ProcessInstance pi = start();
        complete(task(pi));
        Task org = taskQuery()
                .taskDefinitionKey("rectificationCheck")
                .taskCandidateGroup("deptORG")
                .singleResult();
        complete(org);

        execute(job("rectificationCheckOverdue", pi));

        verify(notifications).toGroup(eq("deptPUB"), eq(Kind.OVERDUE), any(Text.class), eq(ASSESSMENT), anyString());
        verify(notifications).toGroup(eq("leaders"), eq(Kind.OVERDUE), any(Text.class), eq(ASSESSMENT), anyString());
        verify(notifications, never()).toGroup(eq("deptORG"), eq(Kind.OVERDUE), any(), any(), any());
        assertThat(pi).isWaitingAt("rectificationCheck");
    }

    private static ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(
                        "rectification",
                        Long.toString(ASSESSMENT),
                        withVariables(
                                "assessmentId",
                                ASSESSMENT,
                                "cycleId",
                                CYCLE,
                                "branchCode",
                                BRANCH,
                                "rectificationDue",
                                DUE));
    }

    /** A notification's text by its code and the task it names (docs/i18n.md). */
    private static org.mockito.ArgumentMatcher<Text> says(String code, String taskKey) {
        return text -> text != null
                && text.code().startsWith(code)
                && String.valueOf(text.args().get("task")).contains("task." + taskKey);
    }
}
