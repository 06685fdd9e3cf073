package com.kaoping.cycle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.notification.Notifications;
import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.org.CandidateGroups;
import com.kaoping.web.ConflictException;
import com.kaoping.web.JsonBodies;
import com.kaoping.web.Text;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The leadership group answers an objection: rejected with an answer, or accepted with a correction that becomes
 * a new revision of the locked result (with its reason), never an edit of the old one. The branch is told the
 * answer (in the application, and by mail where it gave an address: docs/operations.md).
 */
@Component
record ObjectionAnswerStep(
        CycleMapper mapper, Assessments assessments, JsonBodies bodies, Notifications notifications, Branches branches)
        implements TaskStep {
    @Override
    public String taskKey() {
        return "objectionAnswer";
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        ObjectionAnswerForm form = bodies.read(body, ObjectionAnswerForm.class);
        boolean accept = form.accepted();
        Object id = task.variables().get("objectionId");
        ObjectionRow objection = id == null ? null : mapper.findObjection(((Number) id).longValue());
        if (objection == null || !Objections.OPEN.equals(objection.status)) {
            throw new ConflictException("problem.objection.answered");
        }
        if (accept) {
            assessments.correct(objection.assessmentId, form.asCorrection(), task.user());
        }
        objection.status = accept ? "ACCEPTED" : "REJECTED";
        objection.answer = form.answer().strip();
        objection.answeredBy = task.user().username();
        objection.answeredAt = Instant.now();
        mapper.answerObjection(objection);
        // the branch learns the answer in the same transaction (issue 10)
        String branch = objection.branchCode;
        notifications.toGroup(
                CandidateGroups.branch(branch),
                Notifications.Kind.OBJECTION,
                Text.of(
                        "notification.objectionAnswered",
                        "decision",
                        Text.of(accept ? "notification.objection.accepted" : "notification.objection.rejected"),
                        "branch",
                        branch,
                        "branchName",
                        branches.find(branch).map(Branch::name).orElse(branch)),
                objection.assessmentId,
                null);
    }
}
