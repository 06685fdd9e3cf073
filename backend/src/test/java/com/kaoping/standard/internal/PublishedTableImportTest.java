package com.kaoping.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardFileParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2021 table laid out as the organisation published it (standards/dzz-2021-published.xlsx: vertical category
 * text, 党\n的领\n导\n(10分), rule 77 printed as "7.", a secondary repeated instead of merged, full-width points,
 * no department column, no grade sheet) imports to the shipped YAML standard and scores like it.
 */
class PublishedTableImportTest {

    static final Standard YAML = StandardFileParser.loadBundled();
    static ParsedStandard parsed;

    @BeforeAll
    static void read() throws IOException {
        byte[] xlsx;
        try (InputStream in =
                PublishedTableImportTest.class.getResourceAsStream("/standards/dzz-2021-published.xlsx")) {
            xlsx = in.readAllBytes();
        }
        parsed = new XlsxStandardReader().read(xlsx, "dzz-2021-published.xlsx", XlsxStandardTest.HEADER, YAML);
    }

    @Test
    void theTableIsTheShippedStandardClauseForClause() {
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.standard()).isEqualTo(YAML);
    }

    @Test
    void whatWasReadDifferentlyFromThePrintIsReported() {
        assertThat(parsed.warnings())
                .filteredOn(w -> w.rule() != null)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.rule()).isEqualTo(77);
                    assertThat(w.text()).startsWith("员工查体不及时");
                    assertThat(w.message()).contains("\"7.\"");
                    assertThat(w.row()).isNotNull();
                });
        // departments and grades are not in the published table: taken from the fallback, each said
        assertThat(parsed.warnings())
                .filteredOn(w -> w.message().contains("归口部门"))
                .hasSize(8);
        assertThat(parsed.warnings())
                .filteredOn(w -> w.message().contains("grade bands"))
                .hasSize(1);
        assertThat(parsed.warnings()).hasSize(10);
    }

    @Test
    void scoresExactlyLikeTheYamlStandard() {
        // worked by hand from the seed:
        //  1.1 ×3 at 0.2 = 0.6; 4.1 flat 0.2; 69.1 ×5 at 0.2 = 1.0, capped at 0.6; 79.2 ×3 at 0.5 = 1.5, capped at 1;
        //  39.5 zeroes 落实保密工作责任 (2) → deductions 4.4, base 95.6;
        //  bonus 88: 2 (cap 3); 85 for 党的领导: 1.5, capped at 10% of 10 = 1 → bonus 3, total 98.6, 好
        ScoringInput input = new ScoringInput(
                List.of(
                        new Finding("1.1", 3),
                        new Finding("4.1", 1),
                        new Finding("69.1", 5),
                        new Finding("79.2", 3),
                        new Finding("39.5", 1)),
                List.of(
                        new BonusClaim(88, null, new BigDecimal("2")),
                        new BonusClaim(85, "党的领导", new BigDecimal("1.5"))),
                List.of());
        ScoreCard fromTable = new ScoringEngine(parsed.standard()).score(input);
        ScoreCard fromYaml = new ScoringEngine(YAML).score(input);
        assertThat(fromTable.baseScore()).isEqualByComparingTo("95.6");
        assertThat(fromTable.bonusScore()).isEqualByComparingTo("3");
        assertThat(fromTable.totalScore()).isEqualByComparingTo("98.6");
        assertThat(fromTable.grade()).isEqualTo("好");
        assertThat(fromTable).isEqualTo(fromYaml);
    }
}
