package com.kaoping.assessment.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.web.ForbiddenException;

/** The department a reviewer works for; review and endorsement steps are for departments' reviewers only. */
final class Reviewers {

    private Reviewers() {}

    static String departmentOf(UserAccount user, String what) {
        if (user.orgUnitCode() == null) {
            throw new ForbiddenException("problem.reviewerOnly." + what);
        }
        return user.orgUnitCode();
    }
}
