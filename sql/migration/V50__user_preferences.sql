-- A user's own settings for mail notifications (PUT /api/me/preferences). No row: no address, no mail.
CREATE TABLE kp_user_preference (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NULL,
    language       VARCHAR(8)   NOT NULL DEFAULT 'zh-CN',
    mail_enabled   BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_user_preference_user FOREIGN KEY (username) REFERENCES kp_user (username)
);
