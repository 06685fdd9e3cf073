package com.kaoping.evidence.internal;

import java.time.Instant;

/** An evidence file's description, without its bytes. */
record EvidenceView(
        Long id,
        long assessmentId,
        String clause,
        Integer bonusRule,
        String filename,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
