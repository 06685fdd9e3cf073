package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.PublishedTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing a standard from its Excel table: dry run, warnings, bad input, import, export and diff, on MariaDB. */
class StandardImportApiTest extends MariaDbIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The standards this test imported, removed afterwards so the shared database is left as found. */
    private final java.util.List<String> imported = new java.util.ArrayList<>();

    @AfterEach
    void removeImportedStandards() {
        imported.forEach(code -> jdbc.update("DELETE FROM kp_standard WHERE code = ?", code));
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theShippedStandardExportsAsThePublishedTable() throws Exception {
        HttpResponse<byte[]> r = download("/api/standards/DZZ-2021/1.xlsx", "branch01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(XLSX_TYPE);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("DZZ-2021-v1.xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(r.body()))) {
            Row first = wb.getSheetAt(0).getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("党的领导\n(10分)");
            assertThat(first.getCell(4).getStringCellValue()).startsWith("1.未按照计划组织专题学习研讨的,每少1次扣0.2分。\n2.");
        }
        assertThat(download("/api/standards/DZZ-2021/99.xlsx", "branch01").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDryRunAnswersTheParsedTreeWithWarningsAndStoresNothing() throws Exception {
        String code = "DRY-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        byte[] table = edited(cell -> cell.replace("扣0.5分/人次。", "扣0.5分/人次;情节严重的酌情扣分。"));
        ApiClient.Response r = Multipart.post(
                as("admin"),
                "/api/standards/import?dryRun=true",
                "标准.xlsx",
                table,
                "code",
                code,
                "name",
                "试行标准",
                "year",
                "2026");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("primaries")).hasSize(8);
        JsonNode rule3 = body.at("/primaries/0/secondaries/0/items/0/rules/2");
        assertThat(rule3.get("number").asInt()).isEqualTo(3);
        assertThat(rule3.at("/clauses/0/kind").asText()).isEqualTo("PER_UNIT");
        assertThat(rule3.at("/clauses/0/unit").asText()).isEqualTo("人次");
        assertThat(body.get("validation").get("valid").asBoolean()).isTrue();
        // the unreadable 酌情扣分 is reported with its row and rule, not guessed
        java.util.List<JsonNode> rule3Warnings = new java.util.ArrayList<>();
        body.get("warnings").forEach(w -> {
            if (w.get("rule").asInt() == 3) {
                rule3Warnings.add(w);
            }
        });
        assertThat(rule3Warnings).isNotEmpty().allSatisfy(w -> {
            assertThat(w.get("row").asInt()).isEqualTo(3);
            assertThat(w.get("text").asText()).contains("酌情扣分");
        });
        assertThat(rule3Warnings)
                .anySatisfy(w -> assertThat(w.get("code").asText()).isEqualTo("standard.warning.notUnderstood"));
        assertThat(body.get("source").get(0).get("cells").get("评分说明").asText()).startsWith("1.未按照计划");
        assertThat(as("admin").get("/api/standards/" + code).status()).isEqualTo(404);
    }

    /**
     * The dry run's warnings keep {@code row}, {@code rule}, {@code text} and {@code message}, with the message's
     * {@code code} and {@code args} beside it, and the message in the request's language (docs/i18n.md); the upload's
     * 400s too. Expected texts written by hand from the message files: the 2021 table prints rule 77 as "7.", and the
     * edited rule 3 says 酌情扣分, which no wording explains.
     */
    @Test
    void warningsAndProblemsSpeakTheRequestsLanguage() throws Exception {
        String code = "LANG-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        byte[] table = edited(cell -> cell.replace("扣0.5分/人次。", "扣0.5分/人次;情节严重的酌情扣分。"));
        String[] fields = {"code", code, "name", "语言标准", "year", "2026"};
        JsonNode zh = Multipart.post(
                        as("admin").language("zh-CN"), "/api/standards/import?dryRun=true", "t.xlsx", table, fields)
                .json();
        JsonNode en = Multipart.post(
                        as("admin").language("en"), "/api/standards/import?dryRun=true", "t.xlsx", table, fields)
                .json();

        JsonNode misprint = warning(zh, 77);
        assertThat(misprint.get("row").isInt()).isTrue();
        assertThat(misprint.get("text").asText()).startsWith("员工查体不及时");
        assertThat(misprint.get("code").asText()).isEqualTo("standard.warning.ruleNumber");
        assertThat(misprint.at("/args/problem/code").asText()).isEqualTo("standard.warning.misprinted");
        assertThat(misprint.at("/args/problem/args/printed").asInt()).isEqualTo(7);
        assertThat(misprint.at("/args/problem/args/number").asInt()).isEqualTo(77);
        assertThat(misprint.get("message").asText()).isEqualTo("评分说明：印作“7.”，按此处应有的编号读作 77");
        assertThat(warning(en, 77).get("message").asText())
                .isEqualTo("rule (评分说明): printed as \"7.\", read as 77 (the number expected here)");

        JsonNode unread = warning(zh, 3);
        assertThat(unread.get("row").asInt()).isEqualTo(3);
        assertThat(unread.get("code").asText()).isEqualTo("standard.warning.notUnderstood");
        assertThat(unread.at("/args/word").asText()).isEqualTo("扣");
        String context = unread.at("/args/context").asText();
        assertThat(context).contains("酌情扣分");
        assertThat(unread.get("message").asText()).isEqualTo("“" + context + "”中的“扣”不是能识别的扣分写法");
        assertThat(warning(en, 3).get("message").asText())
                .isEqualTo("\"扣\" at \"" + context + "\" is not a deduction this parser understands");

        // rule 77's number, 8 departments and the grades taken from DZZ-2021, and on rules 3 and 30 (both end in
        // 扣0.5分/人次。) the 扣 not understood and the text after the last deduction: 14, every one Chinese in Chinese
        // (but for the codes it quotes, DZZ-2021, ORG …) and English in English
        assertThat(zh.get("warnings"))
                .hasSize(14)
                .allSatisfy(w -> assertThat(withoutArgs(w)).as(w.toString()).doesNotContainPattern("[A-Za-z]{2,}"));
        assertThat(en.get("warnings"))
                .hasSize(14)
                .allSatisfy(w ->
                        assertThat(w.get("message").asText()).as(w.toString()).containsPattern("[a-z]{2,} [a-z]{2,}"));
        assertThat(en.get("warnings").findValuesAsText("code"))
                .isEqualTo(zh.get("warnings").findValuesAsText("code"));

        // the upload's own 400s
        JsonNode year = Multipart.post(
                        as("admin").language("zh-CN"),
                        "/api/standards/import",
                        "t.xlsx",
                        table,
                        "code",
                        code,
                        "name",
                        "x",
                        "year",
                        "二〇二六")
                .json();
        assertThat(year.get("field").asText()).isEqualTo("year");
        assertThat(year.get("code").asText()).isEqualTo("problem.wholeNumber");
        assertThat(year.get("detail").asText()).isEqualTo("须为整数（收到“二〇二六”）");
        JsonNode name = Multipart.post(
                        as("admin").language("en"), "/api/standards/import", "t.xlsx", table, "code", code)
                .json();
        assertThat(name.get("field").asText()).isEqualTo("name");
        assertThat(name.get("code").asText()).isEqualTo("problem.standard.tableField");
        assertThat(name.get("detail").asText()).isEqualTo("is required for a table upload");
        JsonNode unreadable = Multipart.post(
                        as("admin").language("zh-CN"),
                        "/api/standards/import",
                        "t.xlsx",
                        "not a workbook".getBytes(),
                        fields)
                .json();
        assertThat(unreadable.get("field").asText()).isEqualTo("file");
        assertThat(unreadable.at("/args/detail/code").asText()).isEqualTo("problem.standard.table.unreadable");
        assertThat(unreadable.get("detail").asText()).startsWith("评分标准文件有误：t.xlsx 不是可以读取的 xlsx 工作簿：");
        assertThat(as("admin").get("/api/standards/" + code).status()).isEqualTo(404);
    }

    /** The warning's message without the values of its arguments (codes and numbers it quotes). */
    private static String withoutArgs(JsonNode warning) {
        String message = warning.get("message").asText();
        for (JsonNode value : warning.get("args")) {
            if (value.isValueNode()) {
                message = message.replace(value.asText(), "");
            }
        }
        return message;
    }

    private static JsonNode warning(JsonNode dryRun, int rule) {
        for (JsonNode w : dryRun.get("warnings")) {
            if (w.get("rule").asInt() == rule) {
                return w;
            }
        }
        throw new AssertionError("no warning on rule " + rule + " in " + dryRun.get("warnings"));
    }

    /** docs/security.md §6: each import is in the security audit log with its file and outcome; a dry run is not. */
    @Test
    void anImportIsInTheSecurityAuditLogADryRunIsNot() throws Exception {
        String code = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        String[] fields = {"code", code, "name", "审计标准", "year", "2026"};
        byte[] table = edited(UnaryOperator.identity());
        ApiClient.Response dry =
                Multipart.post(as("admin"), "/api/standards/import?dryRun=true", "试算.xlsx", table, fields);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(importEvents(code)).isEmpty();

        ApiClient.Response real = Multipart.post(as("admin"), "/api/standards/import", "审计标准.xlsx", table, fields);
        assertThat(real.status()).as(real.body()).isEqualTo(201);
        java.util.List<JsonNode> events = importEvents(code);
        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.get("actor").asText()).isEqualTo("admin");
        assertThat(event.get("target").asText()).isEqualTo(code + " v1");
        assertThat(event.get("details").get("outcome").asText()).isEqualTo("CREATED");
        assertThat(event.get("details").get("file").asText()).isEqualTo("审计标准.xlsx");
        assertThat(event.get("details").has("warnings")).isTrue();
    }

    /** The STANDARD_IMPORTED events of one standard code, newest first, as an administrator reads them. */
    private java.util.List<JsonNode> importEvents(String code) {
        ApiClient.Response r = as("admin").get("/api/audit/events?type=STANDARD_IMPORTED&actor=admin&size=200");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        r.json().get("events").forEach(e -> {
            if (e.get("target").asText().startsWith(code + " ")) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void anInvalidTableIsReportedInTheDryRunAndRefusedOnImport() throws Exception {
        String code = "INV-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        // 加强政治理论学习 claims 3 points: 党的领导 no longer adds up
        byte[] table = edited(cell -> cell.equals("2分") ? "3分" : cell);
        String[] fields = {"code", code, "name", "坏标准", "year", "2026"};
        ApiClient.Response dry =
                Multipart.post(as("admin"), "/api/standards/import?dryRun=true", "t.xlsx", table, fields);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("validation").get("valid").asBoolean()).isFalse();
        assertThat(dry.json().get("validation").get("problems").toString()).contains("党的领导");
        ApiClient.Response real = Multipart.post(as("admin"), "/api/standards/import", "t.xlsx", table, fields);
        assertThat(real.status()).isEqualTo(400);
        assertThat(real.json().get("field").asText()).isEqualTo("file");
        assertThat(as("admin").get("/api/standards/" + code).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesTheField() throws Exception {
        byte[] table = edited(UnaryOperator.identity());
        ApiClient admin = as("admin");
        assertThat(field(Multipart.post(admin, "/api/standards/import", "t.xlsx", table, "name", "x", "year", "2026")))
                .isEqualTo("code");
        assertThat(field(Multipart.post(admin, "/api/standards/import", "t.xlsx", table, "code", "X1", "year", "2026")))
                .isEqualTo("name");
        assertThat(field(Multipart.post(
                        admin, "/api/standards/import", "t.xlsx", table, "code", "X1", "name", "x", "year", "二〇二六")))
                .isEqualTo("year");
        assertThat(field(Multipart.post(
                        admin,
                        "/api/standards/import",
                        "t.xlsx",
                        table,
                        "code",
                        "X1",
                        "name",
                        "x",
                        "year",
                        "2026",
                        "version",
                        "0")))
                .isEqualTo("version");
        assertThat(field(Multipart.post(
                        admin,
                        "/api/standards/import",
                        "t.xlsx",
                        "not a workbook".getBytes(),
                        "code",
                        "X1",
                        "name",
                        "x",
                        "year",
                        "2026")))
                .isEqualTo("file");
        assertThat(field(Multipart.post(admin, "/api/standards/import", "t.yaml", "code: [".getBytes())))
                .isEqualTo("file");
        assertThat(Multipart.post(
                                as("leader"),
                                "/api/standards/import?dryRun=true",
                                "t.xlsx",
                                table,
                                "code",
                                "X1",
                                "name",
                                "x",
                                "year",
                                "2026")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void importedVersionsAreComparedClauseByClause() throws Exception {
        String code = "DIFF-" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(code);
        String[] fields = {"code", code, "name", "比较标准", "year", "2026"};
        ApiClient.Response v1 = Multipart.post(
                as("admin"), "/api/standards/import", "v1.xlsx", edited(UnaryOperator.identity()), fields);
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        assertThat(v1.json().get("outcome").asText()).isEqualTo("CREATED");
        // v2: clause 1.1 deducts 0.3, clause 4.2 goes, and 党的领导's points move: 加强政治理论学习 (F3) 2 → 3,
        // 落实党建工作责任 (F5) 3 → 2, so that 党的领导 still adds up to 10
        byte[] changed = PublishedTable.edited(
                cell -> cell.replace("每少1次扣0.2分", "每少1次扣0.3分")
                        .replace("4.未组织传达学习的,扣0.2分;传达学习不到位的,扣0.1分。", "4.未组织传达学习的,扣0.2分。"),
                Map.of("F3", "3分", "F5", "2分"));
        // no version given: the next one
        ApiClient.Response v2 = Multipart.post(as("admin"), "/api/standards/import", "v2.xlsx", changed, fields);
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);

        JsonNode diff = as("branch01")
                .get("/api/standards/" + code + "/diff?from=1&to=2")
                .json();
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("to").asInt()).isEqualTo(2);
        JsonNode c11 = find(diff, "CLAUSE", "1.1");
        assertThat(c11.get("change").asText()).isEqualTo("CHANGED");
        assertThat(c11.get("fields").toString()).contains("amount").contains("text");
        assertThat(c11.at("/from/amount").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(c11.at("/to/amount").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(find(diff, "CLAUSE", "4.2").get("change").asText()).isEqualTo("REMOVED");
        assertThat(find(diff, "RULE", "4").get("change").asText()).isEqualTo("CHANGED");
        JsonNode study = find(diff, "SECONDARY", "党的领导 / 加强政治理论学习");
        assertThat(study.get("change").asText()).isEqualTo("CHANGED");
        assertThat(study.get("fields").toString()).isEqualTo("[\"points\"]");
        assertThat(study.at("/from/points").decimalValue()).isEqualByComparingTo("2");
        assertThat(study.at("/to/points").decimalValue()).isEqualByComparingTo("3");
        JsonNode duty = find(diff, "SECONDARY", "党的领导 / 落实党建工作责任");
        assertThat(duty.at("/from/points").decimalValue()).isEqualByComparingTo("3");
        assertThat(duty.at("/to/points").decimalValue()).isEqualByComparingTo("2");
        // 党的领导 itself still has 10 points: not a change
        assertThat(diff.get("changes").findValuesAsText("level")).doesNotContain("PRIMARY");
        // rules 1 and 4, clause 1.1, the two secondary indicators
        assertThat(diff.get("counts").get("CHANGED").asInt()).isEqualTo(5);
        assertThat(diff.get("counts").get("REMOVED").asInt()).isEqualTo(1);
        assertThat(diff.get("counts").get("ADDED").asInt()).isEqualTo(0);
        assertThat(field(as("branch01").get("/api/standards/" + code + "/diff?from=x&to=2")))
                .isEqualTo("from");

        // the stored version exports and imports back to itself
        HttpResponse<byte[]> exported = download("/api/standards/" + code + "/2.xlsx", "admin");
        ApiClient.Response again = Multipart.post(
                as("admin"),
                "/api/standards/import",
                "again.xlsx",
                exported.body(),
                "code",
                code,
                "name",
                "比较标准",
                "year",
                "2026",
                "version",
                "2");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText()).isEqualTo("UNCHANGED");
    }

    private static JsonNode find(JsonNode diff, String level, String key) {
        for (JsonNode c : diff.get("changes")) {
            if (c.get("level").asText().equals(level) && c.get("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError(level + " " + key + " not in " + diff);
    }

    private static String field(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("field").asText();
    }

    private HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        as(user).request(path).setHeader("Accept", "*/*").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The published 2021 table (test fixture) with every text cell passed through {@code edit}. */
    static byte[] edited(UnaryOperator<String> edit) {
        return PublishedTable.edited(edit);
    }
}
