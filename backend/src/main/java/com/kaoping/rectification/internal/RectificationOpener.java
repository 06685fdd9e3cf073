package com.kaoping.rectification.internal;

import com.kaoping.assessment.AssessmentCorrected;
import com.kaoping.assessment.AssessmentLocked;
import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.Assessments;
import com.kaoping.cycle.CycleResults;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.rectification.RectificationOpened;
import com.kaoping.standard.StandardCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the items of a freshly locked result, in the lock's own transaction (a synchronous listener: the lock, the
 * items and the process start commit together), then asks for the process. A retried lock finds the items there and
 * opens nothing twice. A correction of the result reconciles the items with the corrected card.
 */
@Component
record RectificationOpener(
        Assessments assessments,
        StandardCatalog standards,
        IndicatorOwnership owners,
        CycleResults cycles,
        RectificationMapper mapper,
        RectificationProperties properties,
        ApplicationEventPublisher events) {
    @EventListener
    void locked(AssessmentLocked locked) {
        if (mapper.countOfAssessment(locked.assessmentId()) > 0) {
            return;
        }
        List<ItemDerivation.Derived> items = derive(locked.assessmentId());
        if (items.isEmpty()) {
            return;
        }
        Instant opened = locked.lockedAt() == null ? Instant.now() : locked.lockedAt();
        Instant due = due(locked.cycleId(), opened);
        for (ItemDerivation.Derived item : items) {
            mapper.insert(row(locked.assessmentId(), locked.cycleId(), locked.branchCode(), item, due, opened));
        }
        events.publishEvent(new RectificationOpened(locked.assessmentId(), locked.cycleId(), locked.branchCode(), due));
    }

    /**
     * An accepted objection corrected the result: the items of clauses that no longer cost points close (withdrawn,
     * with the revision as reason), clauses that cost points now open items of their own, due with the others, and
     * the deductions follow the new card. The process is asked for again while anything awaits a plan; workflow
     * starts one only if none is running (docs/rectification.md, "Corrections").
     */
    @EventListener
    void corrected(AssessmentCorrected corrected) {
        List<ItemDerivation.Derived> items = derive(corrected.assessmentId());
        Map<String, ItemRow> existing = ItemForms.byClause(mapper.ofAssessmentForUpdate(corrected.assessmentId()));
        Instant now = Instant.now();
        Set<String> costing = new HashSet<>();
        items.forEach(i -> costing.add(i.clause()));
        String reason = "异议更正(第" + corrected.revision() + "版)后不再扣分";
        for (ItemRow old : existing.values()) {
            if (!costing.contains(old.clauseId) && !ItemState.CLOSED.name().equals(old.state)) {
                old.state = ItemState.CLOSED.name();
                old.checkReason = reason;
                old.checkedBy = corrected.by();
                old.checkedAt = now;
                old.closedAt = now;
                mapper.updateCheck(old);
                mapper.insertCheck(old.id, RectificationCheckStep.WITHDRAW, reason, corrected.by(), now);
            }
        }
        Instant due = existing.values().stream()
                .map(r -> r.dueAt)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElseGet(() -> due(corrected.cycleId(), now));
        for (ItemDerivation.Derived item : items) {
            ItemRow old = existing.get(item.clause());
            if (old == null) {
                mapper.insert(
                        row(corrected.assessmentId(), corrected.cycleId(), corrected.branchCode(), item, due, now));
            } else if (old.deduction.compareTo(item.deduction()) != 0) {
                mapper.updateDeduction(old.id, item.deduction());
            }
        }
        boolean awaitingPlan = mapper.ofAssessment(corrected.assessmentId()).stream()
                .anyMatch(r -> ItemState.valueOf(r.state).awaitsPlan());
        if (awaitingPlan) {
            events.publishEvent(new RectificationOpened(
                    corrected.assessmentId(), corrected.cycleId(), corrected.branchCode(), due));
        }
    }

    /** The items the newest locked revision of an assessment calls for. */
    private List<ItemDerivation.Derived> derive(long assessmentId) {
        AssessmentRecord record = assessments.record(assessmentId);
        if (record.result() == null) {
            throw new IllegalStateException("Assessment " + assessmentId + " has no locked result");
        }
        var standard = standards
                .engine(record.standardCode(), record.standardVersion())
                .standard();
        return ItemDerivation.derive(
                record.result().card(), owners.of(standard), notes(record), properties.vetoDepartment());
    }

    private Instant due(long cycleId, Instant from) {
        return from.plus(Duration.ofDays(cycles.cycle(cycleId).rectificationDays()));
    }

    private static ItemRow row(
            long assessmentId,
            long cycleId,
            String branchCode,
            ItemDerivation.Derived item,
            Instant due,
            Instant opened) {
        ItemRow row = new ItemRow();
        row.assessmentId = assessmentId;
        row.cycleId = cycleId;
        row.branchCode = branchCode;
        row.clauseId = item.clause();
        row.kind = item.kind();
        row.wording = Texts.clip(item.wording());
        row.deduction = item.deduction();
        row.reviewNote = Texts.clip(item.note());
        row.department = item.department();
        row.dueAt = due;
        row.state = ItemState.OPEN.name();
        row.openedAt = opened;
        return row;
    }

    /** The reviewer's note where the department adjusted the finding, else the branch's; a veto's reason. */
    private static Map<String, String> notes(AssessmentRecord record) {
        Map<String, String> notes = new HashMap<>();
        for (AssessmentRecord.Finding f : record.findings()) {
            String note = f.reviewNote() != null && !f.reviewNote().isBlank() ? f.reviewNote() : f.selfNote();
            if (note != null) {
                notes.put(f.clause(), note);
            }
        }
        for (AssessmentRecord.Veto v : record.vetoes()) {
            notes.put(Integer.toString(v.rule()), v.reason());
        }
        return notes;
    }
}
