package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * GET /api/cycles/{id}/ranking at scale (docs/scale.md, "The ranking at scale"): names, search, sort and paging with
 * the number of matches in X-Total-Count, ranks always those of the whole cycle, bad parameters a 400 naming them,
 * and the same readers as before. On MariaDB, through a quarter of 2095 run with the demo users.
 *
 * <p>Hand-worked from the seed standard (1.1 每少1次扣0.2分; 2.1 扣0.1分/篇; 7.1 扣0.5分/项 in 贯彻上级决策部署, 5分;
 * 31.4 每少研究1次扣0.5分 in 落实意识形态工作责任制, 5分; a secondary indicator scores max(0, points − deductions);
 * 好 ≥ 90, 较好 ≥ 80; a veto ranks last, graded 差):
 *
 * <pre>
 * B02 第二党总支 nothing                           100.00 好          rank 1
 * B04 第四党总支 1.1 ×1 = 0.2                       99.80 好          rank 2
 * B05 第五党总支 2.1 ×2 = 0.2                       99.80 好          rank 2 (tie)
 * B03 第三党总支 1.1 ×3 = 0.6                       99.40 好          rank 4
 * B06 第六党总支 7.1 ×10 = 5, 31.4 ×10 = 5, 1.1 ×1  89.80 较好        rank 5
 * B07 第七党总支 nothing, vetoed (rule 89)         100.00 差 (vetoed) rank 6
 * </pre>
 *
 * By name in 拼音 order: 二 (er), 六 (liu), 七 (qi), 三 (san), 四 (si), 五 (wu).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RankingPageApiTest extends MariaDbIntegrationTest {

    private static final List<String> BY_RANK = List.of("B02", "B04", "B05", "B03", "B06", "B07");

    private QuarterDriver q;
    private String ranking;

    @BeforeAll
    void quarter() {
        q = QuarterDriver.locked(
                this,
                2095,
                1,
                Map.of(
                        "B02", "[]",
                        "B03", "[{\"clause\": \"1.1\", \"count\": 3}]",
                        "B04", "[{\"clause\": \"1.1\", \"count\": 1}]",
                        "B05", "[{\"clause\": \"2.1\", \"count\": 2}]",
                        "B06",
                                "[{\"clause\": \"7.1\", \"count\": 10}, {\"clause\": \"31.4\", \"count\": 10},"
                                        + " {\"clause\": \"1.1\", \"count\": 1}]",
                        "B07", "[]"),
                Map.of(),
                Map.of("B07", "[{\"rule\": 89, \"reason\": \"国有资产流失\"}]"));
        q.await("all six locked", () -> q.cycle().get("locked").asInt() == 6);
        ranking = "/api/cycles/" + q.cycleId() + "/ranking";
    }

    /**
     * Before publication: the leadership group and administrators only, with or without parameters; then everyone.
     * First, so that the cycle is still running; the other tests read as the leadership group, before or after.
     */
    @Test
    @Order(1)
    void theReadersAreThoseOfTheRankingWithoutParameters() {
        assertThat(q.cycle().get("status").asText()).isEqualTo("RUNNING");
        assertReaders(List.of(403, 403, 200, 200));
        assertThat(anonymous().get(ranking + "?q=党总支").status()).isEqualTo(401);
        publish();
        assertThat(q.cycle().get("status").asText()).isEqualTo("PUBLISHED");
        assertReaders(List.of(200, 200, 200, 200));
        assertThat(anonymous().get(ranking + "?q=党总支").status()).isEqualTo(401);
    }

    private void assertReaders(List<Integer> expected) {
        List<String> readers = List.of("branch02", "reviewer-org", "leader", "admin");
        for (String path : List.of(ranking, ranking + "?page=0&size=2", ranking + "?q=" + enc("第三") + "&sort=-grade")) {
            List<Integer> statuses = new ArrayList<>();
            for (String reader : readers) {
                statuses.add(as(reader).get(path).status());
            }
            assertThat(statuses).as(path).isEqualTo(expected);
        }
        // a branch's 403 is the ranking's own, whatever the parameters
        if (expected.get(0) == 403) {
            JsonNode problem = as("branch02").get(ranking + "?page=0&size=2").json();
            assertThat(problem.get("code").asText()).isEqualTo("problem.cycle.notPublished");
        }
    }

    private void publish() {
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");
    }

    @Test
    void withoutParametersEveryEntryInRankOrderWithItsName() {
        ApiClient.Response response = as("leader").get(ranking);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(total(response)).isEqualTo(6);
        JsonNode all = response.json();
        assertThat(codes(all)).isEqualTo(BY_RANK);
        assertThat(ranks(all)).containsExactly(1, 2, 2, 4, 5, 6);
        assertThat(field(all, "name")).containsExactly("第二党总支", "第四党总支", "第五党总支", "第三党总支", "第六党总支", "第七党总支");
        assertThat(totals(all)).containsExactly("100.00", "99.80", "99.80", "99.40", "89.80", "100.00");
        assertThat(field(all, "grade")).containsExactly("好", "好", "好", "好", "较好", "差");
        assertThat(all.get(5).get("vetoed").asBoolean()).isTrue();
        assertThat(all.get(4).get("vetoed").asBoolean()).isFalse();
        // the contract's fields are all still there
        assertThat(all.get(0).has("assessmentId")).isTrue();
        assertThat(all.get(0).has("gradeLevel")).isTrue();
    }

    @Test
    void pagesCarryTheCyclesRanksAndTheTotal() {
        List<String> seen = new ArrayList<>();
        List<Integer> seenRanks = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ApiClient.Response response = as("leader").get(ranking + "?page=" + page + "&size=2");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(total(response)).isEqualTo(6);
            assertThat(response.json()).hasSize(2);
            seen.addAll(codes(response.json()));
            seenRanks.addAll(ranks(response.json()));
        }
        assertThat(seen).isEqualTo(BY_RANK);
        // the second page starts at B05, which shares rank 2 with B04 on the first: ranks are the cycle's
        assertThat(seenRanks).containsExactly(1, 2, 2, 4, 5, 6);
        ApiClient.Response after = as("leader").get(ranking + "?page=3&size=2");
        assertThat(after.json()).isEmpty();
        assertThat(total(after)).isEqualTo(6);
        // size alone is the first page; page alone pages by 50
        assertThat(codes(as("leader").get(ranking + "?size=4").json())).isEqualTo(BY_RANK.subList(0, 4));
        assertThat(codes(as("leader").get(ranking + "?page=0").json())).isEqualTo(BY_RANK);
        assertThat(as("leader").get(ranking + "?page=1").json()).isEmpty();
        assertThat(codes(as("leader").get(ranking + "?page=1&size=4").json())).containsExactly("B06", "B07");
    }

    @Test
    void searchFindsPartsOfNamesAndCodesInAnyCase() {
        ApiClient.Response third = as("leader").get(ranking + "?q=" + enc("第三"));
        assertThat(total(third)).isEqualTo(1);
        assertThat(codes(third.json())).containsExactly("B03");
        assertThat(third.json().get(0).get("rank").asInt()).isEqualTo(4);
        assertThat(third.json().get(0).get("name").asText()).isEqualTo("第三党总支");
        assertThat(codes(as("leader").get(ranking + "?q=" + enc("六")).json())).containsExactly("B06");
        // every name contains 党总支: all six match, the page shows two
        ApiClient.Response all = as("leader").get(ranking + "?q=" + enc("党总支") + "&size=2");
        assertThat(total(all)).isEqualTo(6);
        assertThat(codes(all.json())).containsExactly("B02", "B04");
        // codes, case-insensitive
        assertThat(codes(as("leader").get(ranking + "?q=b05").json())).containsExactly("B05");
        assertThat(total(as("leader").get(ranking + "?q=b0"))).isEqualTo(6);
        // surrounding spaces do not count; what matches nothing is an empty page
        assertThat(codes(as("leader").get(ranking + "?q=" + enc("  第七 ")).json()))
                .containsExactly("B07");
        ApiClient.Response none = as("leader").get(ranking + "?q=" + enc("第九"));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json()).isEmpty();
        assertThat(total(none)).isZero();
        // % and _ are plain characters
        assertThat(total(as("leader").get(ranking + "?q=" + enc("%")))).isZero();
    }

    @Test
    void sortsByEveryColumnBothWays() {
        assertThat(sorted("rank")).isEqualTo(BY_RANK);
        assertThat(sorted("-rank")).containsExactly("B07", "B06", "B03", "B05", "B04", "B02");
        // equal totals in rank order: B02 (1) before the vetoed B07 (6); B04 before B05 (both 2, by code)
        assertThat(sorted("-totalScore")).containsExactly("B02", "B07", "B04", "B05", "B03", "B06");
        assertThat(sorted("totalScore")).containsExactly("B06", "B03", "B04", "B05", "B02", "B07");
        assertThat(sorted("name")).containsExactly("B02", "B06", "B07", "B03", "B04", "B05");
        assertThat(sorted("-name")).containsExactly("B05", "B04", "B03", "B07", "B06", "B02");
        // grade: the best band first (好 0, 较好 1, 差 3), equal bands in rank order
        assertThat(sorted("grade")).containsExactly("B02", "B04", "B05", "B03", "B06", "B07");
        assertThat(sorted("-grade")).containsExactly("B07", "B06", "B02", "B04", "B05", "B03");
        assertThat(sorted("branch")).containsExactly("B02", "B03", "B04", "B05", "B06", "B07");
        // search, sort and page together: the second page of four by total, high to low
        ApiClient.Response page = as("leader").get(ranking + "?q=" + enc("党总支") + "&sort=-totalScore&page=1&size=4");
        assertThat(codes(page.json())).containsExactly("B03", "B06");
        assertThat(ranks(page.json())).containsExactly(4, 5);
        assertThat(total(page)).isEqualTo(6);
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        assertProblem("?sort=bogus", "sort", "problem.ranking.sort");
        assertProblem("?sort=-", "sort", "problem.ranking.sort");
        assertProblem("?sort=--rank", "sort", "problem.ranking.sort");
        assertProblem("?page=-1", "page", "problem.range");
        assertProblem("?page=abc&size=10", "page", "problem.wholeNumber");
        assertProblem("?page=", "page", "problem.wholeNumber");
        assertProblem("?size=0", "size", "problem.range");
        assertProblem("?size=501", "size", "problem.range");
        assertProblem("?size=1.5", "size", "problem.wholeNumber");
        assertProblem("?q=" + "党".repeat(101), "q", "problem.ranking.search");
        // the largest page there is, and a search of the longest length, are fine
        assertThat(as("leader").get(ranking + "?size=500").status()).isEqualTo(200);
        assertThat(as("leader").get(ranking + "?q=" + enc("党".repeat(100))).status())
                .isEqualTo(200);
        // the problem names the sorts there are, in the reader's language
        JsonNode english =
                as("leader").language("en").get(ranking + "?sort=score").json();
        assertThat(english.get("detail").asText())
                .contains("branch, grade, name, rank, totalScore")
                .contains("descending");
        // an unknown cycle is still 404
        assertThat(as("leader").get("/api/cycles/999999999/ranking?size=10").status())
                .isEqualTo(404);
    }

    private void assertProblem(String query, String field, String code) {
        ApiClient.Response response = as("leader").get(ranking + query.replace("党", enc("党")));
        assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
        assertThat(response.json().get("field").asText()).as(query).isEqualTo(field);
        assertThat(response.json().get("code").asText()).as(query).isEqualTo(code);
    }

    private List<String> sorted(String sort) {
        ApiClient.Response response = as("leader").get(ranking + "?sort=" + enc(sort));
        assertThat(response.status()).as(sort + ": " + response).isEqualTo(200);
        assertThat(total(response)).isEqualTo(6);
        return codes(response.json());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long total(ApiClient.Response response) {
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static List<String> codes(JsonNode entries) {
        return field(entries, "branch");
    }

    private static List<String> field(JsonNode entries, String name) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get(name).asText()));
        return out;
    }

    /** Totals with two places, however the JSON number was read. */
    private static List<String> totals(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("totalScore")
                .decimalValue()
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString()));
        return out;
    }

    private static List<Integer> ranks(JsonNode entries) {
        List<Integer> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("rank").asInt()));
        return out;
    }
}
