-- A grouped inbox entry (V72) says what it stands for in the reader's language, like every notification (V80): the
-- grouping's message code and named arguments beside its Chinese text (docs/scale.md, docs/i18n.md).
ALTER TABLE kp_notification ADD COLUMN group_code VARCHAR(128) NULL;
ALTER TABLE kp_notification ADD COLUMN group_args TEXT NULL;
