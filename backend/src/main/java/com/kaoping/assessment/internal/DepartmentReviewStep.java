package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 部门审核: a department confirms or adjusts the branch's findings on its own indicators (each change with a
 * reason) and approves or returns the assessment. Findings omitted: confirmed as they are.
 */
@Component
class DepartmentReviewStep extends AssessmentStep<DepartmentReviewStep.Form> {

    record Form(String decision, List<FindingInput> findings, String comment) {}

    DepartmentReviewStep(Support support) {
        super(Routing.REVIEW, Form.class, support);
    }

    @Override
    void complete(TaskContext task, Form form, Loader assessment) {
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the branch");
        String department = Reviewers.departmentOf(task.user(), "review");
        assessment
                .load()
                .review(department, verdict, form.findings(), task.user().username());
    }
}
