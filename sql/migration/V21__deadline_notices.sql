-- At most one reminder and one overdue notice per task deadline (docs/reliability.md): a task re-entered after a
-- return gets its timers again, and this table keeps a deadline already announced from being announced twice.
CREATE TABLE kp_deadline_notice (
    process_instance_id VARCHAR(64)  NOT NULL,
    task_key            VARCHAR(64)  NOT NULL,
    candidate_groups    VARCHAR(255) NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    due_at              DATETIME     NOT NULL,
    sent_at             TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (process_instance_id, task_key, candidate_groups, kind, due_at)
);
