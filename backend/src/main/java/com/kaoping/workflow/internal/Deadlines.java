package com.kaoping.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Timer dates for the BPMN deadline events, as the bean {@code deadlines}. A missing due date yields
 * {@link #NEVER}: the timer exists but does not fire while the task is open, which keeps the models free of
 * "is there a deadline?" gateways. Uses Camunda's clock so that tests can move time.
 * Public because JUEL only calls methods of public classes.
 */
@Component("deadlines")
public class Deadlines {

    /** A date no cycle reaches; far enough in the future, near enough for every database's date type. */
    public static final Date NEVER = Date.from(Instant.parse("2999-12-31T00:00:00Z"));

    /** The due-date variables of an assessment in the order of its steps. */
    static final List<String> DUE_VARIABLES = List.of("selfAssessmentDue", "reviewDue", "bonusDue", "confirmationDue");

    private static final Map<String, String> DUE_OF_STEP = Map.of(
            "selfAssessment", "selfAssessmentDue",
            "departmentReview", "reviewDue",
            "bonusDeclaration", "bonusDue",
            "bonusEndorsement", "bonusDue",
            "leadershipConfirmation", "confirmationDue");

    private final Duration reminderBefore;
    private final String defaultPublicityPeriod;
    private final Duration reworkPeriod;

    @Autowired
    Deadlines(DeadlineProperties properties) {
        this(properties.reminderBefore(), properties.publicityPeriod(), properties.reworkPeriod());
    }

    Deadlines(Duration reminderBefore, String defaultPublicityPeriod, Duration reworkPeriod) {
        this.reminderBefore = reminderBefore;
        this.defaultPublicityPeriod = checkedPeriod(defaultPublicityPeriod);
        if (reworkPeriod.isNegative() || reworkPeriod.isZero()) {
            throw new IllegalArgumentException("kaoping.deadlines.rework-period must be positive");
        }
        this.reworkPeriod = reworkPeriod;
    }

    /**
     * A return gives the reworked step a fresh deadline: the later of its original due date and
     * {@code rework-period} after the return; each later step keeps at least {@code rework-period} after the one
     * before it. Called on the return flows (by {@link ReturnNotifier}) before the step is entered again, so its
     * task's due date and its reminder and overdue timers all use the fresh date.
     */
    void renewAfterReturn(DelegateExecution execution, String reworkedStep) {
        String first = DUE_OF_STEP.get(reworkedStep);
        if (first == null) {
            return;
        }
        Date floor = ClockUtil.getCurrentTime();
        for (String name : DUE_VARIABLES.subList(DUE_VARIABLES.indexOf(first), DUE_VARIABLES.size())) {
            if (!(execution.getVariable(name) instanceof Date due)) {
                return;
            }
            Date fresh = new Date(floor.getTime() + reworkPeriod.toMillis());
            Date renewed = due.after(fresh) ? due : fresh;
            if (!renewed.equals(due)) {
                execution.setVariable(name, renewed);
            }
            floor = renewed;
        }
    }

    /**
     * When to remind of a due date: {@code reminder-before} ahead of it; now if that moment has passed; never if
     * the due date itself has passed (the overdue timer speaks then) or there is none.
     */
    public Date reminder(Date due) {
        if (due == null) {
            return NEVER;
        }
        Date now = ClockUtil.getCurrentTime();
        if (!due.after(now)) {
            return NEVER;
        }
        Date reminder = new Date(due.getTime() - reminderBefore.toMillis());
        return reminder.before(now) ? now : reminder;
    }

    /** When a task becomes overdue: at its due date, never without one. */
    public Date overdue(Date due) {
        return due == null ? NEVER : due;
    }

    /** The publicity period (ISO-8601 duration) given to the cycle, or the configured default. */
    public String publicityPeriod(Object given) {
        return given == null || given.toString().isBlank() ? defaultPublicityPeriod : checkedPeriod(given.toString());
    }

    private static String checkedPeriod(String iso) {
        try {
            if (iso.contains("T")) {
                Duration.parse(iso);
            } else {
                Period.parse(iso);
            }
            return iso;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration: " + iso, e);
        }
    }
}
