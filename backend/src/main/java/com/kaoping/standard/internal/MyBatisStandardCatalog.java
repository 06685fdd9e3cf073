package com.kaoping.standard.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.standard.StandardFileParser;
import com.kaoping.standard.StandardSummary;
import com.kaoping.standard.StandardValidator;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standards stored in kp_standard as validated JSON; engines are cached by content hash, so a replaced
 * version never serves a stale engine.
 */
@Service
@RequiredArgsConstructor
class MyBatisStandardCatalog implements StandardCatalog {

    private final StandardMapper mapper;
    private final StandardFileParser parser = new StandardFileParser();
    private final StandardValidator validator = new StandardValidator();
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final Map<String, ScoringEngine> engines = new ConcurrentHashMap<>();

    @Override
    public List<StandardSummary> list() {
        return mapper.listSummaries().stream().map(StandardRow::toSummary).toList();
    }

    @Override
    public Standard get(String code) {
        StandardRow latest = mapper.findLatest(code);
        if (latest == null) {
            throw new NotFoundException("problem.standard.notFound", "standard", code);
        }
        return engine(latest).standard();
    }

    @Override
    public Standard get(String code, int version) {
        return engine(code, version).standard();
    }

    @Override
    public Standard active() {
        StandardRow active = mapper.findActive();
        if (active == null) {
            throw new NotFoundException("problem.standard.noActive");
        }
        return engine(active).standard();
    }

    @Override
    public ScoringEngine engine(String code, int version) {
        StandardRow row = mapper.find(code, version);
        if (row == null) {
            throw new NotFoundException("problem.standard.versionNotFound", "standard", code, "version", version);
        }
        return engines.computeIfAbsent(row.contentHash, hash -> new ScoringEngine(read(row.content)));
    }

    private ScoringEngine engine(StandardRow summary) {
        ScoringEngine cached = engines.get(summary.contentHash);
        return cached != null ? cached : engine(summary.code, summary.version);
    }

    @Override
    @Transactional
    public ImportOutcome importFile(byte[] content, String sourceName, String importedBy) {
        return store(parser.parse(new ByteArrayInputStream(content), sourceName), importedBy);
    }

    @Override
    @Transactional
    public ImportOutcome importStandard(Standard standard, String importedBy) {
        validator.validate(standard);
        return store(standard, importedBy);
    }

    @Override
    public int latestVersion(String code) {
        StandardRow latest = mapper.findLatest(code);
        return latest == null ? 0 : latest.version;
    }

    private ImportOutcome store(Standard standard, String importedBy) {
        StandardRow row = new StandardRow();
        row.code = standard.code();
        row.version = standard.version();
        row.name = standard.name();
        row.stdYear = standard.year();
        row.content = write(standard);
        row.contentHash = sha256(row.content);
        row.importedAt = Instant.now();
        row.importedBy = importedBy;

        StandardRow existing = mapper.findForUpdate(standard.code(), standard.version());
        ImportOutcome outcome;
        if (existing == null) {
            row.active = mapper.countActive() == 0;
            mapper.insert(row);
            outcome = ImportOutcome.CREATED;
        } else if (existing.contentHash.equals(row.contentHash)) {
            return ImportOutcome.UNCHANGED;
        } else if (existing.inUse || mapper.replaceContent(row) == 0) {
            throw new ConflictException(
                    "problem.standard.inUse", "standard", standard.code(), "version", standard.version());
        } else {
            outcome = ImportOutcome.REPLACED;
        }
        return outcome;
    }

    @Override
    @Transactional
    public void markInUse(String code, int version) {
        if (mapper.markInUse(code, version) == 0) {
            throw new NotFoundException("problem.standard.versionNotFound", "standard", code, "version", version);
        }
    }

    private Standard read(String content) {
        try {
            return json.readValue(content, Standard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored standard cannot be read", e);
        }
    }

    private String write(Standard standard) {
        try {
            return json.writeValueAsString(standard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Standard cannot be written as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
