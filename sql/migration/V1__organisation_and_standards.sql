-- Kaoping's own tables (prefix kp_). Camunda creates and upgrades its ACT_* tables itself,
-- after these migrations have run (see workflow's start-order detector).
-- The SQL is the common subset of MySQL/MariaDB and H2 in MySQL mode.

CREATE TABLE kp_org_unit (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    -- DEPARTMENT: a functional department that reviews indicators; LEADERSHIP: the leadership group
    kind        VARCHAR(16)  NOT NULL
);

CREATE TABLE kp_branch (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE kp_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    branch_code     VARCHAR(32)  NULL,
    org_unit_code   VARCHAR(32)  NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_branch FOREIGN KEY (branch_code) REFERENCES kp_branch (code),
    CONSTRAINT fk_user_org_unit FOREIGN KEY (org_unit_code) REFERENCES kp_org_unit (code)
);

-- One row per imported standard version; content is the validated standard as JSON.
CREATE TABLE kp_standard (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL,
    name          VARCHAR(200) NOT NULL,
    std_year      INT          NOT NULL,
    content       LONGTEXT     NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- set once a cycle uses this version: from then on it never changes
    in_use        BOOLEAN      NOT NULL DEFAULT FALSE,
    imported_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    imported_by   VARCHAR(64)  NULL,
    CONSTRAINT uk_standard_code_version UNIQUE (code, version)
);

-- The functional departments and the leadership group of DESIGN §2; branches and users are data.
INSERT INTO kp_org_unit (code, name, kind) VALUES
    ('ORG',   '党委组织部',       'DEPARTMENT'),
    ('PUB',   '党委宣传部',       'DEPARTMENT'),
    ('DISC',  '纪委办公室',       'DEPARTMENT'),
    ('PROD',  '生产经营部',       'DEPARTMENT'),
    ('SEC',   '维稳保卫部',       'DEPARTMENT'),
    ('UNION', '工会',             'DEPARTMENT'),
    ('LEAD',  '考评管理领导小组', 'LEADERSHIP');
