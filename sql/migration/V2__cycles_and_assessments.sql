-- The quarterly cycle and the assessments of its branches. Camunda holds the process state; these tables hold
-- the business data, written in the same transaction as the task completion that produced it.

CREATE TABLE kp_cycle (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_year           INT          NOT NULL,
    quarter              INT          NOT NULL,
    standard_code        VARCHAR(64)  NOT NULL,
    standard_version     INT          NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    process_instance_id  VARCHAR(64)  NULL,
    self_assessment_due  TIMESTAMP    NULL,
    review_due           TIMESTAMP    NULL,
    bonus_due            TIMESTAMP    NULL,
    confirmation_due     TIMESTAMP    NULL,
    publicity_period     VARCHAR(16)  NOT NULL,
    created_at           TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by           VARCHAR(64)  NOT NULL,
    published_at         TIMESTAMP    NULL,
    finalised_at         TIMESTAMP    NULL,
    CONSTRAINT uk_cycle_quarter UNIQUE (cycle_year, quarter)
);

CREATE TABLE kp_cycle_branch (
    cycle_id     BIGINT      NOT NULL,
    branch_code  VARCHAR(32) NOT NULL,
    PRIMARY KEY (cycle_id, branch_code),
    CONSTRAINT fk_cycle_branch_cycle FOREIGN KEY (cycle_id) REFERENCES kp_cycle (id),
    CONSTRAINT fk_cycle_branch_branch FOREIGN KEY (branch_code) REFERENCES kp_branch (code)
);

-- One per (cycle, branch): with the cycle unique per quarter, one per (branch, year, quarter).
CREATE TABLE kp_assessment (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id               BIGINT       NOT NULL,
    branch_code            VARCHAR(32)  NOT NULL,
    process_instance_id    VARCHAR(64)  NULL,
    locked                 BOOLEAN      NOT NULL DEFAULT FALSE,
    self_comment           VARCHAR(2000) NULL,
    -- review routing: which departments review in the coming round (comma-separated), and round counters
    review_scope           VARCHAR(200) NULL,
    review_round           INT          NOT NULL DEFAULT 0,
    endorsement_round      INT          NOT NULL DEFAULT 0,
    confirmation_round     INT          NOT NULL DEFAULT 0,
    resume_at_confirmation BOOLEAN      NOT NULL DEFAULT FALSE,
    self_card              LONGTEXT     NULL,
    reviewed_card          LONGTEXT     NULL,
    created_at             TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    locked_at              TIMESTAMP    NULL,
    CONSTRAINT uk_assessment_cycle_branch UNIQUE (cycle_id, branch_code),
    CONSTRAINT fk_assessment_cycle FOREIGN KEY (cycle_id) REFERENCES kp_cycle (id),
    CONSTRAINT fk_assessment_branch FOREIGN KEY (branch_code) REFERENCES kp_branch (code)
);

-- A finding per clause: the branch's count, and a department's adjustment with its reason.
CREATE TABLE kp_finding (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    clause_id      VARCHAR(16)   NOT NULL,
    department     VARCHAR(32)   NOT NULL,
    self_count     INT           NULL,
    self_note      VARCHAR(2000) NULL,
    review_count   INT           NULL,
    review_note    VARCHAR(2000) NULL,
    reviewed_by    VARCHAR(64)   NULL,
    updated_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_finding_clause UNIQUE (assessment_id, clause_id),
    CONSTRAINT fk_finding_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);

CREATE TABLE kp_bonus (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id    BIGINT        NOT NULL,
    rule_number      INT           NOT NULL,
    indicator        VARCHAR(100)  NULL,
    department       VARCHAR(32)   NULL,
    declared_points  DECIMAL(7,2)  NOT NULL,
    endorsed_points  DECIMAL(7,2)  NULL,
    confirmed_points DECIMAL(7,2)  NULL,
    note             VARCHAR(2000) NULL,
    adjust_note      VARCHAR(2000) NULL,
    CONSTRAINT fk_bonus_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);

CREATE TABLE kp_veto (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    rule_number    INT           NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    applied_by     VARCHAR(64)   NOT NULL,
    applied_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_veto_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);

-- Decisions of each review, endorsement and confirmation round.
CREATE TABLE kp_decision (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    step           VARCHAR(32)   NOT NULL,
    round_number   INT           NOT NULL,
    department     VARCHAR(32)   NULL,
    decision       VARCHAR(16)   NOT NULL,
    comment_text   VARCHAR(2000) NULL,
    decided_by     VARCHAR(64)   NOT NULL,
    decided_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_decision_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);
CREATE INDEX ix_decision_round ON kp_decision (assessment_id, step, round_number);

-- Who did what, when and why, per assessment.
CREATE TABLE kp_history (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    detail         VARCHAR(4000) NULL,
    reason         VARCHAR(2000) NULL,
    at             TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_history_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);
CREATE INDEX ix_history_assessment ON kp_history (assessment_id, id);

-- Locked results, append-only: revision 1 at approval, later revisions are corrections with a reason.
-- content_hash = SHA-256(previous_hash || content), chained across all locked results in id order.
CREATE TABLE kp_locked_result (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    revision       INT           NOT NULL,
    content        LONGTEXT      NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    content_hash   CHAR(64)      NOT NULL,
    reason         VARCHAR(2000) NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_locked_revision UNIQUE (assessment_id, revision),
    CONSTRAINT fk_locked_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);

-- A single row locked while a link is appended, so concurrent locks never fork the chain.
CREATE TABLE kp_chain_head (
    id         INT       NOT NULL PRIMARY KEY,
    last_hash  CHAR(64)  NOT NULL
);
INSERT INTO kp_chain_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE kp_objection (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    cycle_id       BIGINT        NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    raised_by      VARCHAR(64)   NOT NULL,
    raised_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status         VARCHAR(16)   NOT NULL,
    answer         VARCHAR(2000) NULL,
    answered_by    VARCHAR(64)   NULL,
    answered_at    TIMESTAMP     NULL,
    CONSTRAINT fk_objection_assessment FOREIGN KEY (assessment_id) REFERENCES kp_assessment (id)
);
