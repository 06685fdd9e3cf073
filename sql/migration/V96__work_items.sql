-- The task list's own index of Camunda's open tasks (docs/scale.md, "The task list"): one row per open task and
-- candidate group, written in the transaction that creates, changes or ends the task (WorklistPlugin). Camunda keeps
-- a task's due date in ACT_RU_TASK and its groups in ACT_RU_IDENTITYLINK, so no index of its own answers "this
-- group's tasks by due date"; this one does, with the cycle, assessment and branch beside it. due_sort is the due
-- date with none as the latest possible, so that the default order (by due date, tasks without one last) is the
-- index's. Rows for tasks opened before this version are filled in when the engine starts (WorkItemReconciler).
CREATE TABLE kp_work_item (
    task_id             VARCHAR(64)  NOT NULL,
    group_id            VARCHAR(255) NOT NULL,
    task_key            VARCHAR(255) NOT NULL,
    process_instance_id VARCHAR(64)  NULL,
    due                 DATETIME(3)  NULL,
    due_sort            DATETIME(3)  NOT NULL,
    created             DATETIME(3)  NOT NULL,
    cycle_id            BIGINT       NULL,
    assessment_id       BIGINT       NULL,
    branch_code         VARCHAR(32)  NULL,
    CONSTRAINT pk_work_item PRIMARY KEY (task_id, group_id)
);
CREATE INDEX ix_work_item_group_due ON kp_work_item (group_id, due_sort, created, task_id);
CREATE INDEX ix_work_item_cycle ON kp_work_item (cycle_id, assessment_id, task_key, group_id, due);
