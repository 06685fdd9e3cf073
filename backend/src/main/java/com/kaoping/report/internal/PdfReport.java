package com.kaoping.report.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * An A4 PDF document in the CJK font with "第 n 页 / 共 m 页" at the foot of every page; the building blocks the
 * assessment report and the 公示 notice are made of.
 */
final class PdfReport implements AutoCloseable {

    private final Document document = new Document(PageSize.A4, 42, 42, 48, 54);
    private final BaseFont base;
    private final Font body;
    private final Font bold;
    private final Font heading;

    PdfReport(BaseFont base, OutputStream out, String title) {
        this.base = base;
        body = new Font(base, 10);
        bold = new Font(base, 10, Font.BOLD);
        heading = new Font(base, 16, Font.BOLD);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        document.addTitle(title);
        document.addCreator("Kaoping");
        document.open();
    }

    void title(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(12);
        document.add(p);
    }

    void section(String text) {
        Paragraph p = new Paragraph(text, bold);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(4);
        p.setLeading(16);
        document.add(p);
    }

    void signature(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(16);
        document.add(p);
    }

    /** A table with a shaded header row repeated on every page; numbers right-aligned with two decimals. */
    void table(float[] widths, List<String> headers, List<List<Object>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setBackgroundColor(new Color(230, 230, 230));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (List<Object> row : rows) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text(value), body));
                if (value instanceof BigDecimal || value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        table.setSpacingAfter(6);
        document.add(table);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return value.toString();
    }

    @Override
    public void close() {
        document.close();
    }

    /** Writes the page number on each page and the page count, known only at the end, into a shared template. */
    private final class PageNumbers extends PdfPageEventHelper {
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document doc) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document doc) {
            PdfContentByte cb = writer.getDirectContent();
            String text = "第 " + writer.getPageNumber() + " 页 / 共 ";
            float width = base.getWidthPoint(text, 8);
            float x = (doc.left() + doc.right()) / 2 - width / 2 - 10;
            float y = doc.bottom() - 24;
            cb.beginText();
            cb.setFontAndSize(base, 8);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document doc) {
            total.beginText();
            total.setFontAndSize(base, 8);
            total.setTextMatrix(0, 0);
            total.showText((writer.getPageNumber() - 1) + " 页");
            total.endText();
        }
    }
}
