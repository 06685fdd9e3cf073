package com.kaoping.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One xlsx workbook written with POI's streaming writer: only the last {@value #WINDOW} rows of a sheet stay in
 * memory, the rest go to a temporary file, so a workbook of any size costs the same heap. Every export uses the
 * same looks: a bold, shaded, frozen header row, numbers stored as numbers shown with two decimals, wrapped text.
 */
final class XlsxBook implements AutoCloseable {

    static final int WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle title;

    XlsxBook() {
        // temporary files stay uncompressed: gzip costs more CPU than the few megabytes of disk it saves
        workbook.setCompressTempFiles(false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = bordered();
        text.setWrapText(true);
        number = bordered();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A sheet whose columns have these widths, in characters (a CJK character counts as two). */
    Sheet sheet(String name, int... widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        return new Sheet(sheet);
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files
    }

    /** A sheet filled top to bottom. */
    final class Sheet {
        private final SXSSFSheet sheet;
        private int next;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** A line of bold text above a table. */
        void title(String value) {
            Row row = sheet.createRow(next++);
            Cell cell = row.createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(title);
        }

        /** A plain line of text (a note, a heading of a section). */
        void line(String... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        }

        void blank() {
            next++;
        }

        /** A header row; the first one of a sheet is frozen so it stays in view while scrolling. */
        void header(boolean freeze, String... names) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < names.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(header);
            }
            if (freeze) {
                sheet.createFreezePane(0, next);
            }
        }

        /**
         * A row of values: a {@link BigDecimal} or other number becomes a numeric cell with two decimals, a boolean
         * 是/否, null an empty bordered cell, anything else its text.
         */
        int row(Object... values) {
            int index = next++;
            Row row = sheet.createRow(index);
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                Object value = values[i];
                if (value instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(number);
                } else if (value instanceof Integer || value instanceof Long) {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(text);
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b ? "是" : "否");
                    cell.setCellStyle(text);
                } else {
                    if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                    cell.setCellStyle(text);
                }
            }
            return index;
        }

        /** Merges rows {@code first..last} of one column (nothing to merge for a single row). */
        void mergeDown(int first, int last, int column) {
            if (last > first) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(first, last, column, column));
            }
        }

        int nextRow() {
            return next;
        }
    }
}
