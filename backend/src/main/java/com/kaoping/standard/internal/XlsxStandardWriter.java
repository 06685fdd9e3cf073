package com.kaoping.standard.internal;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a standard as the table organisations publish (docs/standards.md), which {@link XlsxStandardReader} reads
 * back to the same standard: one row per scoring item, merged cells for category, indicators and points, plus a
 * 归口部门 column and a 等级 sheet for what the published table leaves out.
 */
final class XlsxStandardWriter {

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.CATEGORY,
            TableColumn.PRIMARY,
            TableColumn.SECONDARY,
            TableColumn.ITEM,
            TableColumn.RULES,
            TableColumn.POINTS,
            TableColumn.DEPARTMENT);
    private static final int[] WIDTHS = {8, 14, 18, 50, 70, 8, 10};

    byte[] write(Standard standard) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(standard.name() == null ? "评分标准" : safeSheetName(standard.name()));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.cloneStyleFrom(wrap);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            Font bold = wb.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);

            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(standard.name() + " (" + standard.code() + " v" + standard.version() + ")");
            title.getCell(0).setCellStyle(headerStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(COLUMNS.get(c).header());
                head.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, WIDTHS[c] * 256 * 2);
            }
            Writer w = new Writer(sheet, wrap, 2);
            for (PrimaryIndicator p : standard.primaries()) {
                int primaryStart = w.row;
                for (SecondaryIndicator s : p.secondaries()) {
                    int secondaryStart = w.row;
                    for (ScoringItem item : s.items()) {
                        Row row = w.next();
                        w.set(row, TableColumn.ITEM, item.number() + "." + item.text());
                        w.set(
                                row,
                                TableColumn.RULES,
                                item.rules().stream()
                                        .map(r -> r.number() + "." + r.text())
                                        .collect(Collectors.joining("\n")));
                    }
                    w.span(secondaryStart, TableColumn.SECONDARY, s.name());
                    w.span(secondaryStart, TableColumn.POINTS, plain(s.points()) + "分");
                }
                w.span(primaryStart, TableColumn.PRIMARY, p.name() + "\n(" + plain(p.points()) + "分)");
                w.span(primaryStart, TableColumn.DEPARTMENT, p.department());
                w.category(p.category(), primaryStart);
            }
            if (standard.bonus() != null) {
                int start = w.row;
                section(w, bonusItems(standard.bonus().rules()));
                w.span(start, TableColumn.PRIMARY, XlsxStandardReader.BONUS);
                w.span(start, TableColumn.SECONDARY, standard.bonus().secondary());
                w.category(standard.bonus().category(), start);
            }
            if (standard.veto() != null) {
                int start = w.row;
                section(w, vetoItems(standard.veto().rules()));
                w.span(start, TableColumn.PRIMARY, XlsxStandardReader.VETO);
                w.span(start, TableColumn.SECONDARY, standard.veto().secondary());
                w.category(w.category, start);
            }
            w.closeCategory();

            Sheet grades = wb.createSheet(XlsxStandardReader.GRADES_SHEET);
            Row gh = grades.createRow(0);
            gh.createCell(0).setCellValue("最低分");
            gh.createCell(1).setCellValue("等级");
            int r = 1;
            for (GradeBand g : standard.grades()) {
                Row row = grades.createRow(r++);
                row.createCell(0).setCellValue(plain(g.min()));
                row.createCell(1).setCellValue(g.grade());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Item number → (item text, "n.text" rule lines), in order. */
    private static Map<Integer, String[]> bonusItems(List<BonusRule> rules) {
        Map<Integer, String[]> items = new LinkedHashMap<>();
        for (BonusRule r : rules) {
            add(items, r.item(), r.itemText(), r.number() + "." + r.text());
        }
        return items;
    }

    private static Map<Integer, String[]> vetoItems(List<VetoRule> rules) {
        Map<Integer, String[]> items = new LinkedHashMap<>();
        for (VetoRule r : rules) {
            add(items, r.item(), r.itemText(), r.number() + "." + r.text());
        }
        return items;
    }

    private static void add(Map<Integer, String[]> items, int number, String text, String rule) {
        String[] entry = items.computeIfAbsent(number, n -> new String[] {text, null});
        entry[1] = entry[1] == null ? rule : entry[1] + "\n" + rule;
    }

    private static void section(Writer w, Map<Integer, String[]> items) {
        items.forEach((number, entry) -> {
            Row row = w.next();
            w.set(row, TableColumn.ITEM, number + "." + entry[0]);
            w.set(row, TableColumn.RULES, entry[1]);
        });
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** Rows written so far and the category whose rows are still open. */
    private static final class Writer {
        final Sheet sheet;
        final CellStyle style;
        final List<CellRangeAddress> pending = new ArrayList<>();
        int row;
        String category;
        int categoryStart;

        Writer(Sheet sheet, CellStyle style, int row) {
            this.sheet = sheet;
            this.style = style;
            this.row = row;
            this.categoryStart = row;
        }

        Row next() {
            Row r = sheet.createRow(row++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                r.createCell(c).setCellStyle(style);
            }
            return r;
        }

        void set(Row r, TableColumn column, String value) {
            r.getCell(COLUMNS.indexOf(column)).setCellValue(value == null ? "" : value);
        }

        /** Writes {@code value} in the column from {@code start} to the last row written, merged when it spans rows. */
        void span(int start, TableColumn column, String value) {
            if (row <= start) {
                return;
            }
            int c = COLUMNS.indexOf(column);
            sheet.getRow(start).getCell(c).setCellValue(value == null ? "" : value);
            if (row - 1 > start) {
                sheet.addMergedRegion(new CellRangeAddress(start, row - 1, c, c));
            }
        }

        /** The category cell spans every consecutive indicator of the same category. */
        void category(String name, int indicatorStart) {
            if (category != null && !category.equals(name)) {
                closeCategory(indicatorStart);
                categoryStart = indicatorStart;
            }
            category = name;
        }

        void closeCategory() {
            closeCategory(row);
        }

        private void closeCategory(int end) {
            if (category == null || end <= categoryStart) {
                return;
            }
            int c = COLUMNS.indexOf(TableColumn.CATEGORY);
            sheet.getRow(categoryStart).getCell(c).setCellValue(category);
            if (end - 1 > categoryStart) {
                sheet.addMergedRegion(new CellRangeAddress(categoryStart, end - 1, c, c));
            }
        }
    }
}
