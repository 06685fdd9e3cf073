package com.kaoping.assessment;

import java.util.List;

/**
 * Answers the assessment process's routing questions from Kaoping's own rows (the decisions that the task API
 * stored in the same transaction as the task completion), asked by the workflow feature's gateway bean
 * {@code assessmentRouting}, e.g. {@code ${assessmentRouting.reviewDepartments(assessmentId)}}.
 */
public interface AssessmentRouting {

    /**
     * Departments that must review in the coming round: at first every department owning indicators of the
     * standard; after a return, only those that returned or whose indicators' findings changed; after the
     * leadership group returned to a department, only that department.
     */
    List<String> reviewDepartments(long assessmentId);

    /** Did any department return the assessment to the branch in the review round just finished? */
    boolean reviewReturned(long assessmentId);

    /** Was the review round just finished one that the leadership group asked for (so go back to confirmation)? */
    boolean resumeAtConfirmation(long assessmentId);

    /** Departments owning the indicators named by the declared bonuses of rules 85–87 (possibly none). */
    List<String> endorsementDepartments(long assessmentId);

    /** Did any department return the bonus declaration in the endorsement round just finished? */
    boolean endorsementReturned(long assessmentId);

    /** Did the leadership group return the assessment to a department instead of approving it? */
    boolean confirmationReturned(long assessmentId);
}
