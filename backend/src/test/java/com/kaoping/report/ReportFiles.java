package com.kaoping.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Downloads an export and opens it again with the libraries a reader would use: POI for xlsx, PDFBox for PDF. */
public final class ReportFiles {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ReportFiles() {}

    public record Download(int status, String contentType, String disposition, byte[] body) {}

    public static Download get(ApiClient client, String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    client.request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                keep(path, r.body());
            }
            return new Download(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""),
                    r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps each file under target/exports/ for a person to open, as the browser tests keep screenshots. */
    private static void keep(String path, byte[] body) throws IOException {
        Path dir = Path.of("target", "exports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(path.replaceFirst("^/api/", "").replace('/', '-')), body);
    }

    public static XSSFWorkbook xlsx(Download d) {
        assertThat(d.status()).as(new String(d.body())).isEqualTo(200);
        assertThat(d.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(d.disposition()).startsWith("attachment");
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(d.body()));
        } catch (IOException e) {
            throw new AssertionError("not an xlsx file", e);
        }
    }

    /** The rows of a sheet as the cells' values: numbers as numbers, everything else as text, null when empty. */
    public static List<List<Object>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<Object> values = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        values.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(cell.getNumericCellValue());
                    } else {
                        values.add(format.formatCellValue(cell));
                    }
                }
            }
            rows.add(values);
        }
        return rows;
    }

    /** The text of every page, and checks that each font is embedded. */
    static String pdfText(Download d) {
        assertThat(d.status()).as(new String(d.body())).isEqualTo(200);
        assertThat(d.contentType()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(d.body())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
            }
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("not a PDF file", e);
        }
    }

    static int pdfPages(Download d) {
        try (PDDocument doc = Loader.loadPDF(d.body())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError("not a PDF file", e);
        }
    }
}
