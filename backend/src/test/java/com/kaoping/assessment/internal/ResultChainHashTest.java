package com.kaoping.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hash versions of the result chain: what each covers, and that version 1 is computed as before. */
class ResultChainHashTest {

    @Test
    void versionOneIsTheOriginalSha256OfPreviousAndContent() {
        // SHA-256("0"*64 + "{}"), as the chain computed it before hash versions existed
        assertThat(ResultChain.hash(ResultChain.GENESIS, "{}")).isEqualTo(sha256Hex(ResultChain.GENESIS + "{}"));
    }

    @Test
    void versionTwoCoversWhoLockedWhenAndWhy() {
        LockedResultRow row = row();
        byte[] base = ResultChain.message(row);
        row.createdBy = "admin";
        assertThat(ResultChain.message(row)).isNotEqualTo(base);
        row = row();
        row.createdAt = row.createdAt.plusSeconds(1);
        assertThat(ResultChain.message(row)).isNotEqualTo(base);
        row = row();
        row.reason = "x";
        assertThat(ResultChain.message(row)).isNotEqualTo(base);
        // length prefixes: moving a character from one field to the next is a different message
        row = row();
        row.createdBy = "leade";
        row.reason = "r";
        LockedResultRow other = row();
        other.createdBy = "leader";
        other.reason = "";
        assertThat(ResultChain.message(row)).isNotEqualTo(ResultChain.message(other));
    }

    @Test
    void versionThreeNeedsTheKey() {
        byte[] message = ResultChain.message(row());
        assertThat(ResultChain.hmac("k1".getBytes(StandardCharsets.UTF_8), message))
                .isNotEqualTo(ResultChain.hmac("k2".getBytes(StandardCharsets.UTF_8), message))
                .hasSize(64);
    }

    private static LockedResultRow row() {
        LockedResultRow row = new LockedResultRow();
        row.previousHash = ResultChain.GENESIS;
        row.assessmentId = 7;
        row.revision = 1;
        row.createdBy = "leader";
        row.createdAt = Instant.parse("2026-12-02T10:00:00Z");
        row.content = "{\"card\":{}}";
        return row;
    }

    private static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
