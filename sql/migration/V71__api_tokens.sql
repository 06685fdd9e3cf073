-- Personal API tokens for scripts (docs/security.md, "API tokens"): only the SHA-256 of the secret is kept.
CREATE TABLE kp_api_token (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    token_prefix  VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at  TIMESTAMP     NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON kp_api_token (username);
