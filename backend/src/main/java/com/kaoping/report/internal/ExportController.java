package com.kaoping.report.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.rectification.RectificationItem;
import com.kaoping.rectification.Rectifications;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The xlsx and PDF downloads of a cycle and of an assessment; authorised in {@link ReportReads}. */
@RestController
record ExportController(
        ReportReads reads,
        CjkFont font,
        ExportAudit audit,
        CurrentUser currentUser,
        @Value("${kaoping.report.zone:Asia/Shanghai}") ZoneId zone,
        Rectifications rectifications,
        BranchNames names) {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    /** 整改台账: the cycle's rectification items the caller may see, authorised like GET /api/rectifications. */
    @GetMapping("/api/rectifications.xlsx")
    void rectifications(@RequestParam(required = false) String cycle, HttpServletResponse response) throws IOException {
        UserAccount user = currentUser.get();
        Rectifications.Filter filter = Rectifications.Filter.of(cycle, null, null, null);
        if (filter.cycleId() == null) {
            throw new BadRequestException("cycle", "problem.rectification.cycleRequired");
        }
        List<RectificationItem> items = rectifications.list(filter, user);
        var summary = reads.cycle(filter.cycleId());
        String quarter = Wording.quarter(summary.year(), summary.quarter());
        String file = quarter + "整改台账.xlsx";
        var branchNames = names.of(items.stream().map(RectificationItem::branch).toList());
        send(
                response,
                XLSX,
                file,
                out -> RectificationWorkbook.write(quarter + "整改台账", items, branchNames, zone, out),
                user,
                "rectifications.xlsx",
                "cycle:" + filter.cycleId());
    }

    @GetMapping("/api/cycles/{id}/ranking.xlsx")
    void ranking(@PathVariable long id, HttpServletResponse response) throws IOException {
        UserAccount user = currentUser.get();
        RankingTable table = reads.ranking(id, user);
        String file = Wording.quarter(table.cycle().year(), table.cycle().quarter()) + "排名.xlsx";
        send(response, XLSX, file, out -> RankingWorkbook.write(table, out), user, "ranking.xlsx", "cycle:" + id);
    }

    @GetMapping("/api/cycles/{id}/deductions.xlsx")
    void deductions(@PathVariable long id, HttpServletResponse response) throws IOException {
        UserAccount user = currentUser.get();
        var cycle = reads.cycle(id);
        String file = Wording.quarter(cycle.year(), cycle.quarter()) + "扣分明细.xlsx";
        // thousands of branches: the workbook is complete in its temporary files before the first byte goes out, so
        // a refusal is still a problem response; the headers are set only once it may be sent
        reads.deductions(id, user, new DeferredStart(response, XLSX, file));
        audit.exported(user, "deductions.xlsx", "cycle:" + id, file);
    }

    @GetMapping("/api/cycles/{id}/notice.pdf")
    void notice(@PathVariable long id, HttpServletResponse response) throws IOException {
        UserAccount user = currentUser.get();
        RankingTable table = reads.ranking(id, user);
        String file = Wording.quarter(table.cycle().year(), table.cycle().quarter()) + "考核结果公示.pdf";
        send(
                response,
                PDF,
                file,
                out -> CycleNoticePdf.write(table, font.get(), zone, out),
                user,
                "notice.pdf",
                "cycle:" + id);
    }

    @GetMapping("/api/assessments/{id}/score-sheet.xlsx")
    void scoreSheet(@PathVariable long id, HttpServletResponse response) throws IOException {
        sendSheet(
                id,
                response,
                XLSX,
                "评分表.xlsx",
                "score-sheet.xlsx",
                (sheet, out) -> ScoreSheetWorkbook.write(sheet, zone, out));
    }

    @GetMapping("/api/assessments/{id}/report.pdf")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        sendSheet(
                id,
                response,
                PDF,
                "考核结果.pdf",
                "report.pdf",
                (sheet, out) -> AssessmentReportPdf.write(sheet, font.get(), zone, out));
    }

    /** Writes a file's content. */
    private interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes a file of one assessment's score sheet. */
    private interface SheetContent {
        void write(ScoreSheet sheet, java.io.OutputStream out) throws IOException;
    }

    /**
     * A file of one assessment's score sheet, read once and authorised in {@link ReportReads}, named after its quarter
     * and branch, recorded as {@code what} of {@code assessment:<id>}.
     */
    private void sendSheet(
            long id, HttpServletResponse response, String type, String suffix, String what, SheetContent content)
            throws IOException {
        UserAccount user = currentUser.get();
        ScoreSheet sheet = reads.scoreSheet(id, user);
        String file = Wording.quarter(sheet.cycle().year(), sheet.cycle().quarter()) + sheet.branchName() + suffix;
        send(response, type, file, out -> content.write(sheet, out), user, what, "assessment:" + id);
    }

    /**
     * One file of one cycle or assessment (small: a ranking, one score sheet, a PDF) rendered whole before the first
     * byte goes out, so that a failure is still a problem response; then sent and recorded (docs/reports.md).
     */
    private void send(
            HttpServletResponse response,
            String type,
            String file,
            Content content,
            UserAccount user,
            String what,
            String target)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        start(response, type, file);
        buffer.writeTo(response.getOutputStream());
        audit.exported(user, what, target, file);
    }

    static void start(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The response's body, whose headers are set at the first write. */
    private static final class DeferredStart extends java.io.OutputStream {
        private final HttpServletResponse response;
        private final String type;
        private final String file;
        private java.io.OutputStream out;

        DeferredStart(HttpServletResponse response, String type, String file) {
            this.response = response;
            this.type = type;
            this.file = file;
        }

        private java.io.OutputStream out() throws IOException {
            if (out == null) {
                start(response, type, file);
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out().flush();
        }
    }
}
