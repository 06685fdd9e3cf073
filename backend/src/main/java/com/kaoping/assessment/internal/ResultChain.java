package com.kaoping.assessment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The append-only chain of locked results: each link's hash covers the previous link's hash and its own content,
 * so an edit in the database breaks every later link. Appends are serialised on the chain head's row lock.
 */
@Component
class ResultChain {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 500;

    private final LockedResultMapper mapper;
    private final ObjectMapper json;

    ResultChain(LockedResultMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    LockedResultRow append(LockedContent content, String reason, String actor) {
        String previous = mapper.lockChainHead();
        LockedResultRow row = new LockedResultRow();
        row.assessmentId = content.assessmentId();
        row.revision = content.revision();
        row.content = write(content);
        row.previousHash = previous;
        row.contentHash = hash(previous, row.content);
        row.reason = reason;
        row.createdBy = actor;
        row.createdAt = Instant.now();
        mapper.insert(row);
        mapper.moveChainHead(row.contentHash);
        return row;
    }

    /** Walks the whole chain; the first link whose stored hashes do not match its content is named. */
    ChainReport verify() {
        String running = GENESIS;
        long checked = 0;
        long after = 0;
        List<LockedResultRow> page;
        do {
            page = mapper.chainPage(after, PAGE);
            for (LockedResultRow row : page) {
                if (!row.previousHash.equals(running)) {
                    return ChainReport.broken(checked, row, "its previous hash does not match the link before it");
                }
                if (!hash(row.previousHash, row.content).equals(row.contentHash)) {
                    return ChainReport.broken(checked, row, "its content does not match its hash");
                }
                running = row.contentHash;
                checked++;
                after = row.id;
            }
        } while (page.size() == PAGE);
        if (!running.equals(mapper.chainHead())) {
            return new ChainReport(false, checked, null, null, null, "the chain head does not match the last link");
        }
        return new ChainReport(true, checked, null, null, null, null);
    }

    static String hash(String previous, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(LockedContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of a verification; for a broken chain, the first broken link. */
    record ChainReport(
            boolean intact,
            long linksChecked,
            Long brokenLinkId,
            Long brokenAssessmentId,
            Integer brokenRevision,
            String problem) {

        static ChainReport broken(long checked, LockedResultRow row, String problem) {
            return new ChainReport(
                    false,
                    checked,
                    row.id,
                    row.assessmentId,
                    row.revision,
                    "link " + row.id + " (assessment " + row.assessmentId + ", revision " + row.revision + "): "
                            + problem);
        }
    }
}
