package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentAccess;
import com.kaoping.assessment.AssessmentRef;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.web.ConflictException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import com.kaoping.web.Text;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Opens assessments exactly once per (cycle, branch) and answers who may reach them. */
@Service
record AssessmentRegistry(AssessmentMapper mapper, History history) implements AssessmentAccess {
    /** Idempotent: a retried job finds the row its first attempt committed (the unique key forbids a second). */
    long register(long cycleId, String branchCode, String processInstanceId) {
        AssessmentRow existing = mapper.findByCycleAndBranch(cycleId, branchCode);
        if (existing != null) {
            return existing.id;
        }
        AssessmentRow row = new AssessmentRow();
        row.cycleId = cycleId;
        row.branchCode = branchCode;
        row.processInstanceId = processInstanceId;
        row.createdAt = Instant.now();
        mapper.insert(row);
        history.record(row.id, "system", "OPENED", Text.of("history.opened", "branch", branchCode), null);
        return row.id;
    }

    AssessmentRow get(long id) {
        AssessmentRow row = mapper.find(id);
        if (row == null) {
            throw new NotFoundException("problem.assessment.notFound", "assessment", id);
        }
        return row;
    }

    @Override
    public AssessmentRef checkReadable(long assessmentId, UserAccount user) {
        AssessmentRow row = get(assessmentId);
        if (user.role() == Role.BRANCH && !row.branchCode.equals(user.branchCode())) {
            // a branch never learns whether another branch's assessment exists
            throw new NotFoundException("problem.assessment.notFound", "assessment", assessmentId);
        }
        return row.ref();
    }

    @Override
    public AssessmentRef checkWritableByBranch(long assessmentId, UserAccount user) {
        AssessmentRef ref = checkReadable(assessmentId, user);
        if (user.role() != Role.BRANCH) {
            throw new ForbiddenException("problem.assessment.branchOnly");
        }
        if (ref.locked()) {
            throw new ConflictException("problem.assessment.locked", "assessment", assessmentId);
        }
        return ref;
    }
}
