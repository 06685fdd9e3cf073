package com.kaoping.workflow.internal;

import java.time.Instant;

/**
 * One row of the task list's index (V96, docs/scale.md): an open task for one of its candidate groups, with what the
 * list filters and sorts by. {@code dueSort} is {@code due}, or {@link #NO_DUE} for none, so that tasks without a due
 * date come last in the index's order.
 */
record WorkItem(
        String taskId,
        String groupId,
        String taskKey,
        String processInstanceId,
        Instant due,
        Instant dueSort,
        Instant created,
        Long cycleId,
        Long assessmentId,
        String branchCode) {

    /** The latest time a DATETIME column holds, standing for "no due date". */
    static final Instant NO_DUE = Instant.parse("9999-12-31T23:59:59Z");
}
