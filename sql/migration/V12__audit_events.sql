-- The security audit log (com.kaoping.audit): written in the transaction of what it records, never updated.
CREATE TABLE kp_audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(3) NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    actor       VARCHAR(64)  NULL,
    target      VARCHAR(200) NULL,
    details     TEXT         NULL
);
CREATE INDEX ix_audit_event_type ON kp_audit_event (type, id);
CREATE INDEX ix_audit_event_actor ON kp_audit_event (actor, id);
