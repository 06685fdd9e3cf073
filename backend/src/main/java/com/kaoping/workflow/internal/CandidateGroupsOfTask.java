package com.kaoping.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The candidate groups of a task as its listeners see it: each group once, in the order the links have. */
final class CandidateGroupsOfTask {

    private CandidateGroupsOfTask() {}

    static List<String> of(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .distinct()
                .toList();
    }
}
