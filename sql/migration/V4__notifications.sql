-- In-app notifications, written in the same transaction as the task completion or timer that caused them.
-- No foreign key to kp_assessment: a notification is a message, and may outlive or predate what it points at.
CREATE TABLE kp_notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)   NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    message        VARCHAR(2000) NOT NULL,
    assessment_id  BIGINT        NULL,
    task_id        VARCHAR(64)   NULL,
    created_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    read_at        TIMESTAMP     NULL
);
-- the inbox query: one user's notifications, unread ones first of interest
CREATE INDEX ix_notification_user_read ON kp_notification (username, read_at);
