package com.kaoping.assessment;

import com.kaoping.org.UserAccount;

/** Per-object authorisation of assessments (docs/domain.md, "Roles"), for this feature and its neighbours (evidence, …). */
public interface AssessmentAccess {

    /**
     * A branch reads only its own assessments; reviewers, the leadership group and administrators read all.
     *
     * @throws com.kaoping.web.NotFoundException  no such assessment
     * @throws com.kaoping.web.ForbiddenException the user may not read it
     */
    AssessmentRef checkReadable(long assessmentId, UserAccount user);

    /**
     * Only the assessment's own branch writes its material (findings, bonuses, evidence), and only until it is locked.
     *
     * @throws com.kaoping.web.ConflictException locked
     */
    AssessmentRef checkWritableByBranch(long assessmentId, UserAccount user);
}
