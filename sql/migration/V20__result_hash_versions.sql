-- Tamper evidence for locked results (docs/reliability.md). Links written before this migration keep hash
-- version 1 (SHA-256 of the previous hash and the content) and stay verifiable as they are. Version 2 also covers
-- who locked, when and why; version 3 is the same as an HMAC with kaoping.results.hmac-key, so that someone who
-- can write the table cannot recompute it. A chain never steps back to a weaker version.
ALTER TABLE kp_locked_result ADD COLUMN hash_version INT NOT NULL DEFAULT 1;

-- One alert to the administrators per tampered link, however often the link is shown.
CREATE TABLE kp_tamper_alert (
    locked_result_id BIGINT    NOT NULL PRIMARY KEY,
    alerted_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
