package com.kaoping.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.evidence.EvidenceFixtures;
import com.kaoping.support.MariaDbIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** kp_evidence on the real database: a full-size file survives the round trip, and lists never carry bytes. */
class EvidenceStorageTest extends MariaDbIntegrationTest {

    @Autowired
    EvidenceMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTenMegabyteFileRoundTripsByteForByte() {
        long assessment = EvidenceFixtures.assessments(jdbc, false, "B03")[0];
        byte[] content = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(content);
        System.arraycopy(TestFiles.pdf(), 0, content, 0, 5);

        EvidenceRow row = new EvidenceRow();
        row.assessmentId = assessment;
        row.clauseId = "1.1";
        row.filename = "大文件.pdf";
        row.contentType = EvidenceType.PDF.mediaType();
        row.sizeBytes = content.length;
        row.sha256 = "0".repeat(64);
        row.content = content;
        row.uploadedBy = "branch03";
        row.uploadedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mapper.insert(row);
        assertThat(row.id).isNotNull();

        EvidenceRow listed = mapper.listByAssessment(assessment).get(0);
        assertThat(listed.content).isNull();
        assertThat(listed.filename).isEqualTo("大文件.pdf");
        assertThat(listed.uploadedAt).isEqualTo(row.uploadedAt);
        assertThat(mapper.find(row.id).content).isNull();

        EvidenceRow loaded = mapper.findWithContent(row.id);
        assertThat(loaded.content).isEqualTo(content);
        assertThat(ContentSniffer.detect(loaded.content)).contains(EvidenceType.PDF);

        assertThat(mapper.delete(row.id)).isEqualTo(1);
        assertThat(mapper.find(row.id)).isNull();
    }
}
