-- Which functional department owns (reviews) which primary indicator (一级指标), configured by an administrator.
-- The effective owner of an indicator is its row here if there is one, else the department its standard names.
-- Seeded with the default owners of DESIGN §2, so the assignment is visible and editable from the start.
CREATE TABLE kp_indicator_owner (
    primary_name  VARCHAR(100) NOT NULL PRIMARY KEY,
    department    VARCHAR(32)  NOT NULL,
    updated_by    VARCHAR(64)  NULL,
    updated_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_indicator_owner_org_unit FOREIGN KEY (department) REFERENCES kp_org_unit (code)
);

INSERT INTO kp_indicator_owner (primary_name, department) VALUES
    ('党的领导',               'ORG'),
    ('组织工作',               'ORG'),
    ('开展主题教育和专题活动', 'ORG'),
    ('思想政治工作',           'PUB'),
    ('党风廉政建设',           'DISC'),
    ('生产经营工作',           'PROD'),
    ('维稳安保工作',           'SEC'),
    ('工团工作',               'UNION');
