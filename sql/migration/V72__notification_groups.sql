-- Task assignments are grouped in the inbox: one entry per cycle and stage with a count (docs/scale.md). Each task
-- still writes its own row (no shared row to update, so concurrent completions never wait on each other); rows of
-- one group share group_key, and group_text is what the group shows.
ALTER TABLE kp_notification ADD COLUMN group_key VARCHAR(100) NULL;
ALTER TABLE kp_notification ADD COLUMN group_text VARCHAR(500) NULL;
ALTER TABLE kp_notification ADD COLUMN group_cycle_id BIGINT NULL;
ALTER TABLE kp_notification ADD COLUMN group_task_key VARCHAR(64) NULL;
CREATE INDEX ix_notification_user_group ON kp_notification (username, group_key, read_at);
