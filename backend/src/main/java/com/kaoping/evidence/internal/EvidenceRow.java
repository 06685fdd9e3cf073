package com.kaoping.evidence.internal;

import java.time.Instant;

/** A row of kp_evidence; {@code content} is loaded only for a download. */
class EvidenceRow {
    Long id;
    long assessmentId;
    String clauseId;
    Integer bonusRule;
    String filename;
    String contentType;
    long sizeBytes;
    String sha256;
    byte[] content;
    String uploadedBy;
    Instant uploadedAt;

    EvidenceView toView() {
        return new EvidenceView(
                id,
                assessmentId,
                clauseId,
                bonusRule,
                filename,
                contentType,
                sizeBytes,
                sha256,
                uploadedBy,
                uploadedAt);
    }
}
