package com.kaoping.workflow.internal;

import java.time.Instant;

/** One row of the task list query (kp_work_item, V96): an open task with the business keys it belongs to. */
class TaskListRow {
    String id;
    String taskKey;
    String processInstanceId;
    Instant due;
    Instant created;
    Long assessmentId;
    Long cycleId;
    String branch;
    String branchName;
    boolean returned;
}
