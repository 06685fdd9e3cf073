-- Evidence files of an assessment (自评/加分 supporting material). The bytes live in the database so that every
-- node of a cluster serves them and a backup of the database is a backup of the evidence.
CREATE TABLE kp_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    -- what it supports: a clause of the standard, a bonus rule, or (both NULL) the assessment as a whole
    clause_id      VARCHAR(16)   NULL,
    bonus_rule     INT           NULL,
    filename       VARCHAR(255)  NOT NULL,
    -- detected from the content, never taken from the client
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB      NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);
CREATE INDEX ix_evidence_assessment ON kp_evidence (assessment_id, id);
