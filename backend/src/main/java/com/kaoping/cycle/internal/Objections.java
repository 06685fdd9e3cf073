package com.kaoping.cycle.internal;

import com.kaoping.assessment.AssessmentRef;
import com.kaoping.cycle.CycleProcesses;
import com.kaoping.org.UserAccount;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising an objection: stored, and an answer task opened for the leadership group, in one transaction. */
@Service
@RequiredArgsConstructor
class Objections {

    static final String OPEN = "OPEN";

    private final CycleMapper mapper;
    private final CycleProcesses processes;

    @Transactional
    ObjectionRow raise(AssessmentRef assessment, String reason, UserAccount by) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "problem.objection.reasonRequired");
        }
        if (reason.length() > 2000) {
            throw new BadRequestException("reason", "problem.text.tooLong", "max", 2000, "length", reason.length());
        }
        // serialise objections on the cycle: each correlates to the cycle's process instance, and concurrent
        // correlations would fail on Camunda's optimistic locking and lose the objection (issue 8)
        mapper.lockForUpdate(assessment.cycleId());
        CycleRow cycle = mapper.find(assessment.cycleId());
        if (!CycleStatus.PUBLISHED.name().equals(cycle.status)) {
            throw new ConflictException("problem.objection.notPublicity");
        }
        ObjectionRow row = new ObjectionRow();
        row.assessmentId = assessment.id();
        row.cycleId = cycle.id;
        row.branchCode = assessment.branchCode();
        row.reason = reason.strip();
        row.raisedBy = by.username();
        row.raisedAt = Instant.now();
        row.status = OPEN;
        mapper.insertObjection(row);
        processes.raiseObjection(cycle.processInstanceId, row.id);
        return row;
    }
}
