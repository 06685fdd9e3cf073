-- Argon2 hashes with their {argon2} prefix are longer than BCrypt's 60 characters.
ALTER TABLE kp_user MODIFY password_hash VARCHAR(255) NOT NULL;
-- set when an administrator creates the account or sets its password: the user picks a new one at first sign-in
ALTER TABLE kp_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Failed sign-ins per account (kind ACCOUNT, the username) and per client address (kind ADDRESS); in the database so
-- that every node counts the same failures. docs/security.md, V6.
CREATE TABLE kp_sign_in_throttle (
    kind          VARCHAR(16)  NOT NULL,
    subject       VARCHAR(100) NOT NULL,
    failures      INT          NOT NULL,
    window_start  TIMESTAMP    NOT NULL,
    locked_until  TIMESTAMP    NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (kind, subject)
);
