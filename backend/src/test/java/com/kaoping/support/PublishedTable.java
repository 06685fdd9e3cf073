package com.kaoping.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** The 2021 standard's table as the organisation published it (test fixture standards/dzz-2021-published.xlsx). */
public final class PublishedTable {

    public static final String RESOURCE = "/standards/dzz-2021-published.xlsx";

    private PublishedTable() {}

    /** The table with every text cell passed through {@code edit}. */
    public static byte[] edited(UnaryOperator<String> edit) {
        return edited(edit, Map.of());
    }

    /**
     * The table with every text cell passed through {@code edit}, then the cells named in {@code cells} (Excel
     * references of the first sheet, {@code "F3"}) set to the given text: for a change in one place of a value that
     * recurs, such as one secondary indicator's {@code 2分}.
     */
    public static byte[] edited(UnaryOperator<String> edit, Map<String, String> cells) {
        try (InputStream in = PublishedTable.class.getResourceAsStream(RESOURCE);
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cell.setCellValue(edit.apply(cell.getStringCellValue()));
                    }
                }
            }
            cells.forEach((ref, value) -> {
                CellReference at = new CellReference(ref);
                Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
                if (cell == null || cell.getCellType() != CellType.STRING) {
                    throw new IllegalArgumentException(ref + " is no text cell of the published table");
                }
                cell.setCellValue(value);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
