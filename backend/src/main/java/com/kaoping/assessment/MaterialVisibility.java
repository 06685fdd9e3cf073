package com.kaoping.assessment;

import com.kaoping.org.UserAccount;
import java.util.function.BiPredicate;

/**
 * Least privilege for reviewers (docs/security.md §5, V8): a reviewer sees clause-level material (findings, notes,
 * decisions, explanation lines, evidence) only of the indicators its own department owns; everyone else who may read
 * the assessment sees all of it. Callers check that the user may read the assessment first ({@link
 * AssessmentAccess}).
 */
public interface MaterialVisibility {

    /** What this user may see of this assessment's material (JSON, evidence and downloads alike). */
    MaterialScope scope(long assessmentId, UserAccount user);

    /**
     * A test of (clause id, bonus rule) for this user and assessment: true when the user may see material attached to
     * that clause, or, with a null clause, to that bonus rule; material attached to neither is visible to all readers.
     */
    BiPredicate<String, Integer> of(long assessmentId, UserAccount user);
}
