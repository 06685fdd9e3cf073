package com.kaoping.rectification.internal;

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
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the items of a freshly locked result, in the lock's own transaction (a synchronous listener: the lock, the
 * items and the process start commit together), then asks for the process. A retried lock finds the items there and
 * opens nothing twice.
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
        AssessmentRecord record = assessments.record(locked.assessmentId());
        if (record.result() == null) {
            throw new IllegalStateException("Assessment " + locked.assessmentId() + " has no locked result");
        }
        var standard = standards
                .engine(record.standardCode(), record.standardVersion())
                .standard();
        List<ItemDerivation.Derived> items = ItemDerivation.derive(
                record.result().card(), owners.of(standard), notes(record), properties.vetoDepartment());
        if (items.isEmpty()) {
            return;
        }
        Instant opened = locked.lockedAt() == null ? Instant.now() : locked.lockedAt();
        Instant due = opened.plus(Duration.ofDays(cycles.cycle(locked.cycleId()).rectificationDays()));
        for (ItemDerivation.Derived item : items) {
            ItemRow row = new ItemRow();
            row.assessmentId = locked.assessmentId();
            row.cycleId = locked.cycleId();
            row.branchCode = locked.branchCode();
            row.clauseId = item.clause();
            row.kind = item.kind();
            row.wording = Texts.clip(item.wording());
            row.deduction = item.deduction();
            row.reviewNote = Texts.clip(item.note());
            row.department = item.department();
            row.dueAt = due;
            row.state = ItemState.OPEN.name();
            row.openedAt = opened;
            mapper.insert(row);
        }
        events.publishEvent(new RectificationOpened(locked.assessmentId(), locked.cycleId(), locked.branchCode(), due));
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
