-- 催办: a reminder sent for an open task, at most one per task and day (docs/scale.md). The primary key is the rule.
CREATE TABLE kp_task_reminder (
    task_id      VARCHAR(64)  NOT NULL,
    reminded_on  DATE         NOT NULL,
    cycle_id     BIGINT       NULL,
    task_key     VARCHAR(64)  NOT NULL,
    branch_code  VARCHAR(32)  NULL,
    groups_sent  VARCHAR(500) NOT NULL,
    reminded_by  VARCHAR(64)  NOT NULL,
    reminded_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (task_id, reminded_on)
);
CREATE INDEX ix_task_reminder_cycle ON kp_task_reminder (cycle_id, reminded_on);
