package com.kaoping.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import com.kaoping.workflow.internal.Deadlines;
import com.kaoping.workflow.internal.WorkflowTestBeans;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assessment model, path by path; the contract beans are mocks, the delegates and listeners real. */
@Deployment(resources = "processes/assessment.bpmn")
@Tag("own-engine")
class AssessmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final long CYCLE = 7L;
    static final String BRANCH = "B01";
    static final long ASSESSMENT = 42L;
    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    static final Date SELF_DUE = at(Duration.ofDays(10));
    static final Date REVIEW_DUE = at(Duration.ofDays(20));
    static final Date BONUS_DUE = at(Duration.ofDays(30));
    static final Date CONFIRMATION_DUE = at(Duration.ofDays(40));

    final AssessmentRouting routing = mock(AssessmentRouting.class);
    final AssessmentLifecycle assessments = mock(AssessmentLifecycle.class);
    final Notifications notifications = mock(Notifications.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        WorkflowTestBeans.register(
                routing, assessments, mock(CycleRouting.class), mock(CycleLifecycle.class), notifications);
        when(assessments.register(eq(CYCLE), eq(BRANCH), anyString())).thenReturn(ASSESSMENT);
        when(routing.reviewDepartments(ASSESSMENT)).thenReturn(List.of("ORG", "PUB"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void happyPathEndsLocked() {
        ProcessInstance pi = start();

        verify(assessments).register(CYCLE, BRANCH, pi.getId());
        assertThat(pi).isWaitingAt("selfAssessment").variables().containsEntry("assessmentId", ASSESSMENT);
        assertThat(task(pi)).hasCandidateGroup("branchB01").hasDueDate(SELF_DUE);
        verify(notifications)
                .toGroup(
                        eq("branchB01"),
                        eq(Kind.ASSIGNED),
                        any(Text.class),
                        eq(ASSESSMENT),
                        eq(task(pi).getId()),
                        any());
        complete(task(pi));

        assertThat(pi).isWaitingAt("departmentReview");
        assertThat(groupsOf("departmentReview")).containsExactly("deptORG", "deptPUB");
        assertThat(taskQuery().taskDefinitionKey("departmentReview").list())
                .allMatch(t -> REVIEW_DUE.equals(t.getDueDate()));
        verify(notifications)
                .toGroup(eq("deptORG"), eq(Kind.ASSIGNED), any(Text.class), eq(ASSESSMENT), anyString(), any());
        completeAll("departmentReview");

        assertThat(pi).isWaitingAt("bonusDeclaration");
        assertThat(task(pi)).hasCandidateGroup("branchB01").hasDueDate(BONUS_DUE);
        complete(task(pi));

        assertThat(pi).isWaitingAt("leadershipConfirmation");
        assertThat(task(pi)).hasCandidateGroup("leaders").hasDueDate(CONFIRMATION_DUE);
        complete(task(pi));

        // locked with the approval; the instance ends in a job of its own (see the end event's documentation)
        verify(assessments).lock(ASSESSMENT);
        verify(notifications)
                .toGroup(
                        "branchB01",
                        Kind.LOCKED,
                        WorkflowTestBeans.notice("notification.locked", null),
                        ASSESSMENT,
                        null);
        assertThat(pi).isWaitingAt("locked");
        execute(job(pi));
        assertThat(pi)
                .hasPassedInOrder(
                        "registerAssessment",
                        "selfAssessment",
                        "departmentReview",
                        "bonusDeclaration",
                        "leadershipConfirmation",
                        "lockAssessment",
                        "locked")
                .isEnded();
        verify(notifications, never()).toGroup(anyString(), eq(Kind.RETURNED), any(), any(), any());
    }

    /**
     * Which departments review again is the aggregate's rule (AssessmentModuleTest); here the routing bean supplies
     * it, and the model must open exactly the review tasks it names.
     */
    @Test
    void reviewReturnSendsTheAssessmentBackAndTheNextRoundOpensTheDepartmentsTheRoutingNames() {
        when(routing.reviewDepartments(ASSESSMENT)).thenReturn(List.of("ORG", "PUB", "DISC"));
        ProcessInstance pi = start();
        complete(task(pi));
        assertThat(groupsOf("departmentReview")).containsExactly("deptDISC", "deptORG", "deptPUB");

        when(routing.reviewReturned(ASSESSMENT)).thenReturn(true);
        completeAll("departmentReview");

        assertThat(pi).isWaitingAt("selfAssessment");
        verify(notifications)
                .toGroup(
                        "branchB01",
                        Kind.RETURNED,
                        WorkflowTestBeans.notice("notification.returned.branch", "selfAssessment"),
                        ASSESSMENT,
                        null);

        when(routing.reviewReturned(ASSESSMENT)).thenReturn(false);
        when(routing.reviewDepartments(ASSESSMENT)).thenReturn(List.of("PUB"));
        complete(task(pi));

        assertThat(pi).isWaitingAt("departmentReview");
        assertThat(groupsOf("departmentReview")).containsExactly("deptPUB");
        completeAll("departmentReview");
        assertThat(pi).isWaitingAt("bonusDeclaration");
    }

    @Test
    void leadershipReturnToOneDepartmentResumesAtConfirmationWithoutNewBonusDeclaration() {
        ProcessInstance pi = start();
        complete(task(pi));
        completeAll("departmentReview");
        complete(task(pi));
        assertThat(pi).isWaitingAt("leadershipConfirmation");

        when(routing.confirmationReturned(ASSESSMENT)).thenReturn(true);
        when(routing.reviewDepartments(ASSESSMENT)).thenReturn(List.of("PUB"));
        complete(task(pi));

        assertThat(pi).isWaitingAt("departmentReview");
        assertThat(groupsOf("departmentReview")).containsExactly("deptPUB");
        verify(notifications)
                .toGroup(
                        "deptPUB",
                        Kind.RETURNED,
                        WorkflowTestBeans.notice("notification.returned.department", "departmentReview"),
                        ASSESSMENT,
                        null);

        when(routing.confirmationReturned(ASSESSMENT)).thenReturn(false);
        when(routing.resumeAtConfirmation(ASSESSMENT)).thenReturn(true);
        completeAll("departmentReview");

        assertThat(pi).isWaitingAt("leadershipConfirmation");
        assertThat(timesPassed("bonusDeclaration")).isEqualTo(1);
        complete(task(pi));
        verify(assessments).lock(ASSESSMENT);
        execute(job(pi));
        assertThat(pi).hasPassed("locked").isEnded();
    }

    @Test
    void aReturnDuringARoundTheLeadershipGroupAskedForGoesToTheBranchFirst() {
        ProcessInstance pi = start();
        complete(task(pi));
        when(routing.reviewReturned(ASSESSMENT)).thenReturn(true);
        when(routing.resumeAtConfirmation(ASSESSMENT)).thenReturn(true);
        completeAll("departmentReview");
        assertThat(pi).isWaitingAt("selfAssessment");
    }

    @Test
    void withoutBonusesToEndorseTheDeclarationGoesStraightToConfirmation() {
        when(routing.endorsementDepartments(ASSESSMENT)).thenReturn(List.of());
        ProcessInstance pi = start();
        complete(task(pi));
        completeAll("departmentReview");
        complete(task(pi));

        assertThat(pi).isWaitingAt("leadershipConfirmation");
        assertThat(timesPassed("bonusEndorsement")).isZero();
    }

    @Test
    void twoDepartmentsEndorseAndAReturnGoesBackToTheDeclaration() {
        when(routing.endorsementDepartments(ASSESSMENT)).thenReturn(List.of("ORG", "SEC"));
        ProcessInstance pi = start();
        complete(task(pi));
        completeAll("departmentReview");
        complete(task(pi));

        assertThat(pi).isWaitingAt("bonusEndorsement");
        assertThat(groupsOf("bonusEndorsement")).containsExactly("deptORG", "deptSEC");
        assertThat(taskQuery().taskDefinitionKey("bonusEndorsement").list())
                .allMatch(t -> BONUS_DUE.equals(t.getDueDate()));

        when(routing.endorsementReturned(ASSESSMENT)).thenReturn(true);
        completeAll("bonusEndorsement");
        assertThat(pi).isWaitingAt("bonusDeclaration");
        verify(notifications)
                .toGroup(
                        "branchB01",
                        Kind.RETURNED,
                        WorkflowTestBeans.notice("notification.returned.branch", "bonusDeclaration"),
                        ASSESSMENT,
                        null);

        when(routing.endorsementReturned(ASSESSMENT)).thenReturn(false);
        complete(task(pi));
        assertThat(groupsOf("bonusEndorsement")).containsExactly("deptORG", "deptSEC");
        completeAll("bonusEndorsement");
        assertThat(pi).isWaitingAt("leadershipConfirmation");
    }

    @Test
    void reminderAndOverdueTimersNotifyWithoutEndingTheTask() {
        ProcessInstance pi = start();
        String taskId = task(pi).getId();

        Job reminder = job("selfAssessmentReminder", pi);
        assertThat(reminder.getDuedate())
                .isEqualTo(new Date(SELF_DUE.getTime() - Duration.ofDays(1).toMillis()));
        execute(reminder);
        verify(notifications)
                .toGroup(
                        "branchB01",
                        Kind.REMINDER,
                        WorkflowTestBeans.notice("notification.reminder", "selfAssessment"),
                        ASSESSMENT,
                        taskId);

        Job overdue = job("selfAssessmentOverdue", pi);
        assertThat(overdue.getDuedate()).isEqualTo(SELF_DUE);
        execute(overdue);
        verify(notifications)
                .toGroup(
                        "branchB01",
                        Kind.OVERDUE,
                        WorkflowTestBeans.notice("notification.overdue", "selfAssessment"),
                        ASSESSMENT,
                        taskId);
        verify(notifications)
                .toGroup(
                        "leaders",
                        Kind.OVERDUE,
                        WorkflowTestBeans.notice("notification.overdue", "selfAssessment"),
                        ASSESSMENT,
                        taskId);

        assertThat(pi).isWaitingAt("selfAssessment");
        assertThat(task(pi).getId()).isEqualTo(taskId);
    }

    @Test
    void deadlineOfAMultiInstanceReviewNotifiesEveryOpenDepartment() {
        ProcessInstance pi = start();
        complete(task(pi));
        Task org = taskQuery()
                .taskDefinitionKey("departmentReview")
                .taskCandidateGroup("deptORG")
                .singleResult();
        complete(org);

        execute(job("departmentReviewOverdue", pi));

        verify(notifications).toGroup(eq("deptPUB"), eq(Kind.OVERDUE), any(Text.class), eq(ASSESSMENT), anyString());
        verify(notifications, never()).toGroup(eq("deptORG"), eq(Kind.OVERDUE), any(), any(), any());
        verify(notifications, times(1))
                .toGroup(eq("leaders"), eq(Kind.OVERDUE), any(Text.class), eq(ASSESSMENT), anyString());
        assertThat(pi).isWaitingAt("departmentReview");
    }

    @Test
    void reminderFiresAtOnceWhenTheDueDateIsCloserThanTheReminderPeriod() {
        ProcessInstance pi = start(Map.of("selfAssessmentDue", at(Duration.ofHours(6))));
        assertThat(job("selfAssessmentReminder", pi).getDuedate()).isEqualTo(Date.from(NOW));
    }

    @Test
    void missingDueDatesGiveTasksWithoutDueDateAndTimersThatNeverFire() {
        ProcessInstance pi = start(null, null, null, null);

        assertThat(pi).isWaitingAt("selfAssessment");
        assertThat(task(pi).getDueDate()).isNull();
        assertThat(job("selfAssessmentReminder", pi).getDuedate()).isEqualTo(Deadlines.NEVER);
        assertThat(job("selfAssessmentOverdue", pi).getDuedate()).isEqualTo(Deadlines.NEVER);
    }

    @Test
    void aTimerOfACompletedTaskIsGone() {
        ProcessInstance pi = start();
        complete(task(pi));
        assertThat(jobQuery().activityId("selfAssessmentReminder").count()).isZero();
        assertThat(jobQuery().activityId("departmentReviewReminder").count()).isOne();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "selfAssessment",
                "departmentReview",
                "bonusDeclaration",
                "bonusEndorsement",
                "leadershipConfirmation"
            })
    void everyUserTaskHasNonInterruptingReminderAndOverdueTimers(String taskKey) {
        BpmnModelInstance model = repositoryService()
                .getBpmnModelInstance(repositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("assessment")
                        .singleResult()
                        .getId());
        UserTask userTask = model.getModelElementById(taskKey);
        assertThat(userTask.getCamundaDueDate()).startsWith("${").endsWith("Due}");
        for (String suffix : List.of("Reminder", "Overdue")) {
            BoundaryEvent timer = model.getModelElementById(taskKey + suffix);
            assertThat(timer.getAttachedTo()).isSameAs(userTask);
            assertThat(timer.cancelActivity()).isFalse();
        }
    }

    // ---- helpers

    static Date at(Duration fromNow) {
        return Date.from(NOW.plus(fromNow));
    }

    ProcessInstance start() {
        return start(Map.of());
    }

    ProcessInstance start(Map<String, Object> overrides) {
        Map<String, Object> variables = withVariables(
                "cycleId",
                CYCLE,
                "branchCode",
                BRANCH,
                "selfAssessmentDue",
                SELF_DUE,
                "reviewDue",
                REVIEW_DUE,
                "bonusDue",
                BONUS_DUE,
                "confirmationDue",
                CONFIRMATION_DUE);
        variables.putAll(overrides);
        return runtimeService().startProcessInstanceByKey("assessment", CYCLE + "-" + BRANCH, variables);
    }

    ProcessInstance start(Date self, Date review, Date bonus, Date confirmation) {
        Map<String, Object> variables = withVariables("cycleId", CYCLE, "branchCode", BRANCH);
        variables.put("selfAssessmentDue", self);
        variables.put("reviewDue", review);
        variables.put("bonusDue", bonus);
        variables.put("confirmationDue", confirmation);
        return runtimeService().startProcessInstanceByKey("assessment", CYCLE + "-" + BRANCH, variables);
    }

    /** Candidate groups of the open tasks of one key, sorted. */
    static Set<String> groupsOf(String taskKey) {
        Set<String> groups = new TreeSet<>();
        for (Task task : taskQuery().taskDefinitionKey(taskKey).list()) {
            taskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .forEach(link -> groups.add(link.getGroupId()));
        }
        return groups;
    }

    static void completeAll(String taskKey) {
        List<Task> tasks = taskQuery().taskDefinitionKey(taskKey).list();
        assertThat(tasks).isNotEmpty();
        tasks.forEach(t -> complete(t));
    }

    static long timesPassed(String activityId) {
        return historyService()
                .createHistoricActivityInstanceQuery()
                .activityId(activityId)
                .finished()
                .count();
    }
}
