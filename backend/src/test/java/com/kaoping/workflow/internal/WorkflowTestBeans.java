package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.assessment.AssessmentRouting;
import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.cycle.CycleResults;
import com.kaoping.cycle.CycleRouting;
import com.kaoping.notification.Notifications;
import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.web.Text;
import java.time.Duration;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the beans the BPMN models name, built around the given (mocked) contract implementations. */
public final class WorkflowTestBeans {

    public static final Duration REMINDER_BEFORE = Duration.ofDays(1);
    public static final Duration REWORK_PERIOD = Duration.ofDays(3);

    /** Every branch code is a branch named 党总支 + its code. */
    public static final Branches BRANCHES = new Branches() {
        @Override
        public java.util.List<Branch> listActive() {
            return java.util.List.of();
        }

        @Override
        public java.util.Optional<Branch> find(String code) {
            return java.util.Optional.of(new Branch(code, "党总支" + code, true));
        }
    };

    private WorkflowTestBeans() {}

    /** The text a notification about {@code taskKey} (null: none) of branch B01 carries (docs/i18n.md). */
    public static Text notice(String code, String taskKey) {
        return Text.of(
                code,
                "task",
                Text.of("task." + (taskKey == null ? "unknown" : taskKey)),
                "branch",
                "B01",
                "branchName",
                "党总支B01");
    }

    public static void register(
            AssessmentRouting assessmentRouting,
            AssessmentLifecycle assessments,
            CycleRouting cycleRouting,
            CycleLifecycle cycles,
            Notifications notifications) {
        Mocks.register("assessmentRouting", assessmentRouting);
        Mocks.register("cycleRouting", cycleRouting);
        Mocks.register("candidateGroups", new CandidateGroupExpressions());
        Mocks.register("deadlines", new Deadlines(REMINDER_BEFORE, "P5D", REWORK_PERIOD));
        Mocks.register("registerAssessmentDelegate", new RegisterAssessmentDelegate(assessments));
        NotificationMessages messages = new NotificationMessages(BRANCHES);
        Mocks.register(
                "lockAssessmentDelegate", new LockAssessmentDelegate(assessments, notifications, cycles, messages));
        Mocks.register("openBranchBatchDelegate", new OpenBranchBatchDelegate(cycleRouting));
        Mocks.register("publishCycleDelegate", new PublishCycleDelegate(cycles, cycleRouting, notifications));
        Mocks.register("finaliseCycleDelegate", new FinaliseCycleDelegate(cycles));
        Mocks.register(
                "taskNotificationListener",
                new TaskNotificationListener(notifications, messages, org.mockito.Mockito.mock(CycleResults.class)));
        Mocks.register("deadlineNotifier", new DeadlineNotifier(notifications, inMemoryNotices(), messages));
        Mocks.register(
                "returnNotifier",
                new ReturnNotifier(
                        notifications,
                        assessmentRouting,
                        new Deadlines(REMINDER_BEFORE, "P5D", REWORK_PERIOD),
                        messages));
    }

    /** The rectification model's routing bean, around the given (mocked) port; call after {@link #register}. */
    public static void registerRectification(com.kaoping.rectification.RectificationRouting routing) {
        Mocks.register("rectificationRouting", new RectificationGateways(routing));
    }

    /** kp_deadline_notice for process tests, which run without Kaoping's tables. */
    static DeadlineNoticeMapper inMemoryNotices() {
        java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return (process, taskKey, groups, kind, due) ->
                sent.add(process + "|" + taskKey + "|" + groups + "|" + kind + "|" + due) ? 1 : 0;
    }
}
