package com.kaoping.assessment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The append-only chain of locked results: each link's hash covers the previous link's hash and its own content,
 * so an edit in the database breaks every later link. Appends are serialised on the chain head's row lock.
 *
 * <p>Hash versions (docs/reliability.md): 1, the links written before tamper evidence, SHA-256 of the previous hash
 * and the content; 2, SHA-256 of the previous hash, who locked, when (whole seconds, as stored), the reason and
 * the content; 3, the same as HMAC-SHA256 with {@code kaoping.results.hmac-key}, which a database writer does not
 * know. A chain never steps back to a weaker version, so a rewritten link cannot pass as an old one.
 */
@Component
class ResultChain {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 500;

    private final LockedResultMapper mapper;
    private final ObjectMapper json;
    private final byte[] key;

    ResultChain(LockedResultMapper mapper, ObjectMapper json, @Value("${kaoping.results.hmac-key:}") String key) {
        this.mapper = mapper;
        this.json = json;
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    LockedResultRow append(LockedContent content, String reason, String actor) {
        String previous = mapper.lockChainHead();
        LockedResultRow row = new LockedResultRow();
        row.assessmentId = content.assessmentId();
        row.revision = content.revision();
        row.content = write(content);
        row.previousHash = previous;
        row.reason = reason;
        row.createdBy = actor;
        // the column keeps whole seconds; the hash covers what is stored
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        row.hashVersion = key == null ? 2 : 3;
        row.contentHash = hash(row);
        mapper.insert(row);
        mapper.moveChainHead(row.contentHash);
        return row;
    }

    /**
     * Whether one stored link still is what was locked: its hash matches its content, who locked it and when, and
     * the next link (or the chain head) still names this hash, so a link whose hash was recomputed is caught too.
     */
    boolean intact(LockedResultRow row) {
        if (!matches(row)) {
            return false;
        }
        LockedResultRow next = mapper.next(row.id);
        return next == null
                ? namedBy(row, mapper.chainHead(), null)
                : namedBy(row, next.previousHash, next.hashVersion);
    }

    /**
     * Whether the link's successor (or, with no {@code successorVersion}, the chain head) names the link's hash and
     * does not step back to a weaker hash version.
     */
    private static boolean namedBy(LockedResultRow row, String successorHash, Integer successorVersion) {
        return row.contentHash.equals(successorHash)
                && (successorVersion == null || successorVersion >= row.hashVersion);
    }

    /**
     * {@link #intact} for many links at once (a cycle's results for the ranking): their successors' names of them in
     * one read and the chain head once, instead of one read per link (docs/scale.md, "The ranking at scale").
     *
     * @return the ids of the links that are intact
     */
    Set<Long> intactOf(List<LockedResultRow> rows) {
        Set<Long> intact = new HashSet<>();
        if (rows.isEmpty()) {
            return intact;
        }
        Map<Long, LockedResultMapper.Successor> successors = new HashMap<>();
        for (LockedResultMapper.Successor s :
                mapper.successors(rows.stream().map(r -> r.id).toList())) {
            successors.put(s.id(), s);
        }
        String head = mapper.chainHead();
        for (LockedResultRow row : rows) {
            LockedResultMapper.Successor next = successors.get(row.id);
            boolean last = next == null || next.previousHash() == null;
            if (matches(row)
                    && (last ? namedBy(row, head, null) : namedBy(row, next.previousHash(), next.hashVersion()))) {
                intact.add(row.id);
            }
        }
        return intact;
    }

    /** Walks the whole chain; the first link whose stored hashes do not match its content is named. */
    ChainReport verify() {
        String running = GENESIS;
        int strongest = 1;
        long checked = 0;
        long after = 0;
        List<LockedResultRow> page;
        do {
            page = mapper.chainPage(after, PAGE);
            for (LockedResultRow row : page) {
                if (!row.previousHash.equals(running)) {
                    return ChainReport.broken(checked, row, "its previous hash does not match the link before it");
                }
                if (row.hashVersion < strongest) {
                    return ChainReport.broken(checked, row, "its hash is weaker than the links before it");
                }
                if (!matches(row)) {
                    return ChainReport.broken(checked, row, "its content does not match its hash");
                }
                strongest = row.hashVersion;
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

    private boolean matches(LockedResultRow row) {
        if (row.hashVersion == 3 && key == null) {
            // keyed links cannot be checked without the key: a configuration fault, not evidence of tampering
            throw new IllegalStateException("kaoping.results.hmac-key is needed to verify locked results");
        }
        return row.hashVersion >= 1 && row.hashVersion <= 3 && hash(row).equals(row.contentHash);
    }

    private String hash(LockedResultRow row) {
        return switch (row.hashVersion) {
            case 1 -> hash(row.previousHash, row.content);
            case 2 -> sha256(message(row));
            case 3 -> hmac(key, message(row));
            default -> "";
        };
    }

    /** Version 1, kept so the links written before version 2 stay verifiable. */
    static String hash(String previous, String content) {
        return sha256((previous + content).getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed fields, so no two different rows give the same message. */
    static byte[] message(LockedResultRow row) {
        StringBuilder out = new StringBuilder("kaoping-locked-result-v2");
        for (String field : new String[] {
            row.previousHash,
            Long.toString(row.assessmentId),
            Integer.toString(row.revision),
            row.createdBy,
            row.createdAt == null ? "" : Long.toString(row.createdAt.getEpochSecond()),
            row.reason == null ? "" : row.reason,
            row.content
        }) {
            String value = field == null ? "" : field;
            out.append('\n').append(value.length()).append(':').append(value);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] message) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
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
