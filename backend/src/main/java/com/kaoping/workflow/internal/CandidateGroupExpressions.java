package com.kaoping.workflow.internal;

import com.kaoping.org.CandidateGroups;
import org.springframework.stereotype.Component;

/** {@link CandidateGroups} as the bean {@code candidateGroups} for BPMN expressions (JUEL cannot call static methods). */
@Component("candidateGroups")
public class CandidateGroupExpressions {

    public String branch(String branchCode) {
        return CandidateGroups.branch(branchCode);
    }

    public String department(String departmentCode) {
        return CandidateGroups.department(departmentCode);
    }

    public String leaders() {
        return CandidateGroups.LEADERS;
    }
}
