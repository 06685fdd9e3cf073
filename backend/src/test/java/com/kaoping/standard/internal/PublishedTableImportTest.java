package com.kaoping.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardFileParser;
import com.kaoping.web.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2021 table laid out as the organisation published it (standards/dzz-2021-published.xlsx: vertical category
 * text, 党\n的领\n导\n(10分), rule 77 printed as "7.", a secondary repeated instead of merged, full-width points,
 * no department column, no grade sheet) imports to the shipped YAML standard and scores like it.
 */
class PublishedTableImportTest {

    static final Standard YAML = StandardFileParser.loadBundled();
    static byte[] xlsx;
    static ParsedStandard parsed;

    @BeforeAll
    static void read() throws IOException {
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

    /**
     * Headers are found by name, not position (docs/standards.md): the same table with its columns in another order
     * and a 附注 column the reader does not know — whose cells read like deductions, so that reading by position would
     * show — is the same standard, with the same warnings.
     */
    @Test
    void columnsInAnotherOrderAndAnUnknownColumnGiveTheSameStandard() throws IOException {
        // published A..F = 考核分类, 一级指标, 二级指标, 评分项, 评分说明, 考核分值; moved to these columns, 附注 in column C
        int[] to = {6, 4, 5, 1, 0, 3};
        int remarks = 2;
        byte[] reordered;
        try (Workbook published = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                Workbook out = new XSSFWorkbook()) {
            Sheet from = published.getSheetAt(0);
            Sheet sheet = out.createSheet(from.getSheetName());
            CellStyle wrap = out.createCellStyle();
            wrap.setWrapText(true);
            for (Row row : from) {
                Row copy = sheet.createRow(row.getRowNum());
                for (Cell cell : row) {
                    // the title row (附件1 …) stays where it is; every other cell moves with its column
                    int column = row.getRowNum() == 0 ? cell.getColumnIndex() : to[cell.getColumnIndex()];
                    Cell c = copy.createCell(column);
                    c.setCellStyle(wrap);
                    switch (cell.getCellType()) {
                        case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
                        case STRING -> c.setCellValue(cell.getStringCellValue());
                        default -> c.setBlank();
                    }
                }
                if (row.getRowNum() > 0) {
                    copy.createCell(remarks)
                            .setCellValue(row.getRowNum() == 1 ? "附注" : "附注:未经认定的,扣9.5分;" + row.getRowNum());
                }
            }
            for (CellRangeAddress range : from.getMergedRegions()) {
                if (range.getFirstColumn() == range.getLastColumn()) {
                    int column = to[range.getFirstColumn()];
                    sheet.addMergedRegion(
                            new CellRangeAddress(range.getFirstRow(), range.getLastRow(), column, column));
                } else {
                    sheet.addMergedRegion(range.copy()); // the title across the table
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            reordered = bytes.toByteArray();
        }
        try (Workbook check = WorkbookFactory.create(new ByteArrayInputStream(reordered))) {
            // the test moved the columns indeed: 评分说明 is now the first column, 一级指标 the fifth
            Row header = check.getSheetAt(0).getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("评分说明");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("附注");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("一级指标");
        }

        ParsedStandard read =
                new XlsxStandardReader().read(reordered, "dzz-2021-reordered.xlsx", XlsxStandardTest.HEADER, YAML);

        assertThat(read.problems()).isEmpty();
        assertThat(read.standard().primaries()).hasSameSizeAs(YAML.primaries());
        for (int p = 0; p < YAML.primaries().size(); p++) {
            // indicator by indicator first, so that a failure names the place
            assertThat(read.standard().primaries().get(p))
                    .as(YAML.primaries().get(p).name())
                    .isEqualTo(YAML.primaries().get(p));
        }
        assertThat(read.standard()).isEqualTo(YAML);
        assertThat(read.warnings()).isEqualTo(parsed.warnings());
        // the unknown column is not read, not even into the source shown beside the tree
        assertThat(read.source().toString()).doesNotContain("附注").doesNotContain("扣9.5分");
    }

    @Test
    void whatWasReadDifferentlyFromThePrintIsReported() {
        assertThat(parsed.warnings())
                .filteredOn(w -> w.rule() != null)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.rule()).isEqualTo(77);
                    assertThat(w.text()).startsWith("员工查体不及时");
                    assertThat(w.message())
                            .isEqualTo(Text.of(
                                    "standard.warning.ruleNumber",
                                    "problem",
                                    Text.of("standard.warning.misprinted", "printed", 7, "number", 77)));
                    assertThat(w.row()).isNotNull();
                });
        // departments and grades are not in the published table: taken from the fallback, each said
        assertThat(parsed.warnings())
                .filteredOn(w -> w.message().code().equals("standard.warning.departmentFromFallback"))
                .hasSize(8)
                .first()
                .satisfies(w -> assertThat(w.message())
                        .isEqualTo(Text.of(
                                "standard.warning.departmentFromFallback",
                                "department",
                                "ORG",
                                "standard",
                                "DZZ-2021",
                                "version",
                                1)));
        assertThat(parsed.warnings())
                .filteredOn(w -> w.message().code().equals("standard.warning.gradesFromFallback"))
                .singleElement()
                .satisfies(w -> assertThat(w.message().args())
                        .containsEntry("grades", List.of("90 好", "80 较好", "70 一般", "0 差")));
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
