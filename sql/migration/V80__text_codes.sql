-- Server texts keep their message code and named arguments (JSON) beside the Chinese text, so that every reader sees
-- them in their own language, old entries too (docs/i18n.md). Rows written before have no code and show their text.
ALTER TABLE kp_notification ADD COLUMN code VARCHAR(128) NULL;
ALTER TABLE kp_notification ADD COLUMN args TEXT NULL;
ALTER TABLE kp_history ADD COLUMN code VARCHAR(128) NULL;
ALTER TABLE kp_history ADD COLUMN args TEXT NULL;
-- 已办: what one user did, newest first (GET /api/me/done)
CREATE INDEX ix_history_actor ON kp_history (actor, id);
