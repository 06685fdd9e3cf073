package com.kaoping.assessment;

import com.kaoping.org.UserAccount;
import java.util.function.BiPredicate;

/**
 * Least privilege for reviewers (docs/security.md, V8): a reviewer sees clause-level material (findings, notes,
 * decisions, explanation lines, evidence) only of the indicators its own department owns; everyone else who may read
 * the assessment sees all of it.
 */
public interface MaterialVisibility {

    /**
     * A test of (clause id, bonus rule) for this user and assessment: true when the user may see material attached to
     * that clause, or, with a null clause, to that bonus rule; material attached to neither is visible to all readers.
     */
    BiPredicate<String, Integer> of(long assessmentId, UserAccount user);
}
