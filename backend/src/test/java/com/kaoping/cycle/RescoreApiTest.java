package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.QuarterDriver;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A locked cycle scored again under another standard version: read only, dropped clauses listed. On MariaDB. */
class RescoreApiTest extends MariaDbIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The standards this test imported, removed afterwards so the shared database is left as found. */
    private final java.util.List<String> imported = new java.util.ArrayList<>();

    @AfterEach
    void removeImportedStandards() {
        imported.forEach(code -> jdbc.update("DELETE FROM kp_standard WHERE code = ?", code));
    }

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Test
    void aLockedCycleIsRescoredUnderAnotherVersion() throws Exception {
        // the other version: 1.1 deducts 0.3 instead of 0.2, and rule 4 loses its clause 4.2
        String code = "RS-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        ApiClient.Response imported = Multipart.post(
                as("admin"), "/api/standards/import", "v.xlsx", table(), "code", code, "name", "改版标准", "year", "2026");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);

        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2042, "quarter": 3, "branches": ["B04", "B05"]}
                """, 2);
        String rescore = "/api/cycles/" + q.cycleId() + "/rescore?standard=" + code + "&version=1";
        assertThat(as("leader").get(rescore).status()).isEqualTo(409); // not locked yet

        // B04: 4.1 (0.2) + 4.2 (0.1) → 99.7; B05: 1.1 ×1 (0.2) → 99.8
        q.complete("branch04", "selfAssessment", "B04", """
                {"findings": [{"clause": "4.1", "count": 1}, {"clause": "4.2", "count": 1}]}""");
        q.complete("branch05", "selfAssessment", "B05", """
                {"findings": [{"clause": "1.1", "count": 1}]}""");
        for (String branch : List.of("B04", "B05")) {
            for (String dept : DEPARTMENTS) {
                q.complete("reviewer-" + dept, "departmentReview", branch, "{\"decision\": \"approve\"}");
            }
        }
        q.complete("branch04", "bonusDeclaration", "B04", "{\"bonuses\": []}");
        q.complete("branch05", "bonusDeclaration", "B05", "{\"bonuses\": []}");
        q.complete("leader", "leadershipConfirmation", "B04", "{\"decision\": \"approve\"}");
        q.complete("leader", "leadershipConfirmation", "B05", "{\"decision\": \"approve\"}");
        q.await("both locked", () -> q.cycle().get("locked").asInt() == 2);
        String rankingBefore =
                as("leader").get("/api/cycles/" + q.cycleId() + "/ranking").body();

        assertThat(as("branch04").get(rescore).status()).isEqualTo(403);
        assertThat(as("reviewer-org").get(rescore).status()).isEqualTo(403);
        ApiClient.Response r = as("leader").get(rescore);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("standard").asText()).isEqualTo(code);
        assertThat(body.get("fromStandard").asText()).isEqualTo("DZZ-2021");
        JsonNode b04 = body.get("branches").get(0);
        JsonNode b05 = body.get("branches").get(1);
        assertThat(b04.get("branch").asText()).isEqualTo("B04");
        // before: B05 99.8 first, B04 99.7 second
        assertThat(b04.at("/before/total").decimalValue()).isEqualByComparingTo("99.7");
        assertThat(b04.at("/before/rank").asInt()).isEqualTo(2);
        assertThat(b05.at("/before/total").decimalValue()).isEqualByComparingTo("99.8");
        assertThat(b05.at("/before/rank").asInt()).isEqualTo(1);
        // after: 4.2 no longer exists → B04 99.8 first; 1.1 at 0.3 → B05 99.7 second
        assertThat(b04.at("/after/total").decimalValue()).isEqualByComparingTo("99.8");
        assertThat(b04.at("/after/rank").asInt()).isEqualTo(1);
        assertThat(b04.at("/after/grade").asText()).isEqualTo("好");
        assertThat(b04.get("delta").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(b05.at("/after/total").decimalValue()).isEqualByComparingTo("99.7");
        assertThat(b05.at("/after/rank").asInt()).isEqualTo(2);
        assertThat(b04.get("dropped")).singleElement().satisfies(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("CLAUSE");
            assertThat(d.get("ref").asText()).isEqualTo("4.2");
            assertThat(d.get("count").asInt()).isEqualTo(1);
        });
        assertThat(b05.get("dropped")).isEmpty();
        assertThat(body.get("clausesNoLongerExisting").toString()).isEqualTo("[\"4.2\"]");

        // read only: the locked results and the ranking are as they were
        assertThat(as("leader").get("/api/cycles/" + q.cycleId() + "/ranking").body())
                .isEqualTo(rankingBefore);
        // default version: the newest of the cycle's own standard scores as locked
        JsonNode same =
                as("admin").get("/api/cycles/" + q.cycleId() + "/rescore").json();
        assertThat(same.at("/branches/0/delta").decimalValue()).isEqualByComparingTo("0");
        assertThat(as("leader")
                        .get(rescore.replace("version=1", "version=x"))
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("version");
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/rescore?standard=NOPE-1&version=1")
                        .status())
                .isEqualTo(400);
    }

    private static byte[] table() throws Exception {
        try (InputStream in = RescoreApiTest.class.getResourceAsStream("/standards/dzz-2021-published.xlsx");
                Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cell.setCellValue(cell.getStringCellValue()
                                .replace("每少1次扣0.2分", "每少1次扣0.3分")
                                .replace("4.未组织传达学习的,扣0.2分;传达学习不到位的,扣0.1分。", "4.未组织传达学习的,扣0.2分。"));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
