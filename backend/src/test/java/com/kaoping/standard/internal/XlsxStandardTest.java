package com.kaoping.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardFileParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** Export to and import from the published table layout. */
class XlsxStandardTest {

    static final Standard YAML = StandardFileParser.loadBundled();
    static final XlsxStandardReader.Header HEADER =
            new XlsxStandardReader.Header(YAML.code(), YAML.name(), YAML.year(), YAML.version());

    private final XlsxStandardReader reader = new XlsxStandardReader();
    private final XlsxStandardWriter writer = new XlsxStandardWriter();

    @Test
    void exportThenImportGivesTheSameStandard() {
        byte[] xlsx = writer.write(YAML);
        ParsedStandard parsed = reader.read(xlsx, "dzz-2021.xlsx", HEADER, null);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.standard()).isEqualTo(YAML);
    }

    @Test
    void theExportIsThePublishedLayout() throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(writer.write(YAML)))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(1);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("考核分类", "一级指标", "二级指标", "评分项", "评分说明", "考核分值", "归口部门");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("基本考核项");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("党的领导\n(10分)");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("加强政治理论学习");
            assertThat(first.getCell(3).getStringCellValue()).startsWith("1.深入学习贯彻");
            assertThat(first.getCell(4).getStringCellValue().split("\n"))
                    .containsExactly(
                            "1.未按照计划组织专题学习研讨的,每少1次扣0.2分。",
                            "2.要求学习篇目缺失的,扣0.1分/篇。",
                            "3.总支委员未到联系单位开展专题宣讲或讲授专题党课的,扣0.5分/人次。");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("2分");
            // 党的领导 spans items 1-5, 落实党建工作责任 items 3-5
            assertThat(sheet.getMergedRegions())
                    .contains(new CellRangeAddress(2, 6, 1, 1), new CellRangeAddress(4, 6, 2, 2));
            assertThat(wb.getSheet("等级").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("好");
        }
    }
}
