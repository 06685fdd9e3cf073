-- 整改 (rectification, docs/rectification.md): every clause that cost points in a locked result opens an item, which
-- the branch plans and the owning department checks. The locked result itself is never touched.

-- Days from the lock to an item's due date, per cycle (POST /api/cycles "rectificationDays").
ALTER TABLE kp_cycle ADD COLUMN rectification_days INT NOT NULL DEFAULT 30;

CREATE TABLE kp_rectification_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    cycle_id       BIGINT        NOT NULL,
    branch_code    VARCHAR(32)   NOT NULL,
    -- a clause id (1.1) or, for a veto rule of 89-97, the rule number (89)
    clause_id      VARCHAR(16)   NOT NULL,
    -- DEDUCTION, ZERO_OUT or VETO
    kind           VARCHAR(16)   NOT NULL,
    wording        VARCHAR(2000) NULL,
    deduction      DECIMAL(7,2)  NOT NULL,
    review_note    VARCHAR(2000) NULL,
    department     VARCHAR(32)   NOT NULL,
    due_at         TIMESTAMP     NULL,
    -- OPEN, PLANNED, RETURNED, CLOSED
    state          VARCHAR(16)   NOT NULL,
    measures       VARCHAR(2000) NULL,
    responsible    VARCHAR(100)  NULL,
    planned_date   DATE          NULL,
    evidence       VARCHAR(2000) NULL,
    planned_by     VARCHAR(64)   NULL,
    planned_at     TIMESTAMP     NULL,
    check_reason   VARCHAR(2000) NULL,
    checked_by     VARCHAR(64)   NULL,
    checked_at     TIMESTAMP     NULL,
    opened_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    closed_at      TIMESTAMP     NULL,
    CONSTRAINT uk_rectification_clause UNIQUE (assessment_id, clause_id),
    CONSTRAINT fk_rectification_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);
CREATE INDEX ix_rectification_cycle ON kp_rectification_item (cycle_id, branch_code);
CREATE INDEX ix_rectification_branch_clause ON kp_rectification_item (branch_code, clause_id);

-- Every check of an item, for the ledger (整改台账): who accepted or returned it, when and why.
CREATE TABLE kp_rectification_check (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id      BIGINT        NOT NULL,
    decision     VARCHAR(16)   NOT NULL,
    reason       VARCHAR(2000) NULL,
    checked_by   VARCHAR(64)   NOT NULL,
    checked_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_rectification_check_item FOREIGN KEY (item_id) REFERENCES kp_rectification_item (id)
);
CREATE INDEX ix_rectification_check_item ON kp_rectification_check (item_id, id);
