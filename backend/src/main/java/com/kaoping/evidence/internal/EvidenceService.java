package com.kaoping.evidence.internal;

import com.kaoping.assessment.AssessmentAccess;
import com.kaoping.assessment.AssessmentRef;
import com.kaoping.assessment.MaterialScope;
import com.kaoping.assessment.MaterialVisibility;
import com.kaoping.org.UserAccount;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence rules: who may upload, read and delete, what a file may be, and how it is stored. */
@Service
@RequiredArgsConstructor
class EvidenceService {

    /** Clause ids of the standard, e.g. "1.1" or "3.2.4". */
    private static final Pattern CLAUSE = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+){0,7}");

    private static final int MAX_CLAUSE = 16;

    private final EvidenceMapper mapper;
    private final AssessmentAccess access;
    private final MaterialVisibility visibility;
    private final long maxBytes;
    private final Clock clock;

    /** {@code @Lazy}: the assessment feature provides the access rules; resolve them on first use, not at start-up. */
    @Autowired
    EvidenceService(
            EvidenceMapper mapper,
            @Lazy AssessmentAccess access,
            @Lazy MaterialVisibility visibility,
            EvidenceProperties properties) {
        this(mapper, access, visibility, properties.maxBytes().toBytes(), Clock.systemUTC());
    }

    EvidenceService(EvidenceMapper mapper, AssessmentAccess access, long maxBytes, Clock clock) {
        this(mapper, access, EVERYTHING_VISIBLE, maxBytes, clock);
    }

    /** Every reader sees every file (no reviewer limits), for a service on its own. */
    private static final MaterialVisibility EVERYTHING_VISIBLE = new MaterialVisibility() {
        @Override
        public MaterialScope scope(long assessmentId, UserAccount user) {
            throw new UnsupportedOperationException("the evidence service asks of() only");
        }

        @Override
        public BiPredicate<String, Integer> of(long assessmentId, UserAccount user) {
            return (clause, rule) -> true;
        }
    };

    /** Access is checked before the input, so that a stranger learns nothing from validation messages. */
    @Transactional
    EvidenceView upload(
            long assessmentId, UserAccount user, String originalName, byte[] content, String clause, String bonusRule) {
        AssessmentRef assessment = access.checkWritableByBranch(assessmentId, user);
        String clauseId = blankToNull(clause);
        Integer rule = parseRule(blankToNull(bonusRule));
        if (clauseId != null && rule != null) {
            throw new BadRequestException("bonusRule", "problem.evidence.clauseOrRule");
        }
        if (clauseId != null
                && (clauseId.length() > MAX_CLAUSE || !CLAUSE.matcher(clauseId).matches())) {
            throw new BadRequestException("clause", "problem.evidence.clause", "value", clauseId);
        }
        if (content == null || content.length == 0) {
            throw new BadRequestException("file", "problem.file.empty");
        }
        if (content.length > maxBytes) {
            throw new BadRequestException("file", "problem.file.tooLarge", "limit", maxBytes);
        }
        EvidenceType type = ContentSniffer.detect(content)
                .orElseThrow(() -> new BadRequestException("file", "problem.evidence.type"));

        EvidenceRow row = new EvidenceRow();
        row.assessmentId = assessment.id();
        row.clauseId = clauseId;
        row.bonusRule = rule;
        row.filename = EvidenceFilenames.sanitize(originalName, type);
        row.contentType = type.mediaType();
        row.sizeBytes = content.length;
        row.sha256 = sha256(content);
        row.content = content;
        row.uploadedBy = user.username();
        // whole seconds: what MySQL and MariaDB keep of a TIMESTAMP alike
        row.uploadedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        mapper.insert(row);
        return row.toView();
    }

    List<EvidenceView> list(long assessmentId, UserAccount user) {
        access.checkReadable(assessmentId, user);
        // a reviewer sees the evidence of its own department's clauses and bonuses only
        BiPredicate<String, Integer> visible = visibility.of(assessmentId, user);
        return mapper.listByAssessment(assessmentId).stream()
                .filter(row -> visible.test(row.clauseId, row.bonusRule))
                .map(EvidenceRow::toView)
                .toList();
    }

    /** The row with its bytes, once the caller may read its assessment. */
    EvidenceRow download(long evidenceId, UserAccount user) {
        EvidenceRow summary = existing(evidenceId);
        access.checkReadable(summary.assessmentId, user);
        if (!visibility.of(summary.assessmentId, user).test(summary.clauseId, summary.bonusRule)) {
            throw new NotFoundException("problem.evidence.notFound", "evidence", evidenceId);
        }
        EvidenceRow full = mapper.findWithContent(evidenceId);
        if (full == null) {
            throw new NotFoundException("problem.evidence.notFound", "evidence", evidenceId);
        }
        return full;
    }

    @Transactional
    void delete(long evidenceId, UserAccount user) {
        EvidenceRow summary = existing(evidenceId);
        access.checkWritableByBranch(summary.assessmentId, user);
        mapper.delete(evidenceId);
    }

    private EvidenceRow existing(long evidenceId) {
        EvidenceRow row = mapper.find(evidenceId);
        if (row == null) {
            throw new NotFoundException("problem.evidence.notFound", "evidence", evidenceId);
        }
        return row;
    }

    private static Integer parseRule(String value) {
        if (value == null) {
            return null;
        }
        try {
            int rule = Integer.parseInt(value);
            if (rule > 0) {
                return rule;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException("bonusRule", "problem.evidence.rule", "value", value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
