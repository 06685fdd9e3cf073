package com.kaoping.standard.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.audit.AuditEvent;
import com.kaoping.scoring.Standard;
import com.kaoping.security.CurrentUser;
import com.kaoping.standard.InvalidStandardException;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.standard.StandardSummary;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/standards")
@RequiredArgsConstructor
class StandardController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StandardCatalog catalog;
    private final CurrentUser currentUser;
    private final StandardUploads uploads;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Texts texts;
    private final XlsxStandardWriter writer = new XlsxStandardWriter();

    @GetMapping
    List<StandardSummary> list() {
        return catalog.list();
    }

    /** The whole tree of the newest version, or of {@code ?version=}. */
    @GetMapping("/{code}")
    Standard get(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return version == null ? catalog.get(code) : catalog.get(code, version);
    }

    /** Imports a standard file (YAML or JSON) as a version; validation errors name the place. */
    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        StandardCatalog.ImportOutcome outcome;
        try {
            outcome = catalog.importFile(
                    file.getBytes(),
                    file.getOriginalFilename(),
                    currentUser.get().username());
        } catch (InvalidStandardException e) {
            throw invalid(e);
        }
        HttpStatus status = outcome == StandardCatalog.ImportOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(Map.of("outcome", outcome.name()));
    }

    /**
     * Reads an uploaded standard (an Excel table in the published layout, YAML or JSON) and answers it in the shape
     * of {@code GET /api/standards/{code}} plus {@code warnings} and {@code validation}; with {@code dryRun} nothing
     * is stored, without it a valid standard is imported as a version (201).
     */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> importUpload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String version)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "problem.standard.fileRequired");
        }
        ParsedStandard parsed;
        try {
            parsed = uploads.parse(
                    file.getBytes(),
                    file.getOriginalFilename(),
                    new StandardUploads.TableFields(code, name, year, version));
        } catch (InvalidStandardException e) {
            throw invalid(e);
        }
        Map<String, Object> body = body(parsed);
        if (dryRun) {
            return ResponseEntity.ok(body);
        }
        if (!parsed.valid()) {
            throw new BadRequestException(
                    "file",
                    "problem.standard.problems",
                    "count",
                    parsed.problems().size(),
                    "detail",
                    String.join("; ", parsed.problems()));
        }
        String user = currentUser.get().username();
        StandardCatalog.ImportOutcome outcome;
        try {
            outcome = catalog.importStandard(parsed.standard(), user);
        } catch (InvalidStandardException e) {
            throw invalid(e);
        }
        Standard s = parsed.standard();
        events.publishEvent(new AuditEvent(
                "STANDARD_IMPORTED",
                user,
                s.code() + " v" + s.version(),
                Map.of(
                        "file", String.valueOf(file.getOriginalFilename()),
                        "outcome", outcome.name(),
                        "warnings", Integer.toString(parsed.warnings().size()))));
        body.put("outcome", outcome.name());
        HttpStatus status = outcome == StandardCatalog.ImportOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(body);
    }

    /** The version as an Excel table in the published layout, which imports back to the same standard. */
    @GetMapping("/{code}/{version}.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable String code, @PathVariable int version) {
        Standard standard = catalog.get(code, version);
        String filename = standard.code() + "-v" + standard.version() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(writer.write(standard));
    }

    /** Added, removed and changed indicators, items, rules, clauses, bonus and veto rules and grades. */
    @GetMapping("/{code}/diff")
    StandardDiff.Result diff(@PathVariable String code, @RequestParam String from, @RequestParam String to) {
        return StandardDiff.of(catalog.get(code, version("from", from)), catalog.get(code, version("to", to)));
    }

    private static int version(String field, String value) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException(field, "problem.version.number", "value", value);
    }

    /** 400 naming {@code file}; a table that cannot be read says why in the reader's language. */
    private static BadRequestException invalid(InvalidStandardException e) {
        Object detail = e instanceof UnreadableTable table ? table.problem() : e.getMessage();
        return new BadRequestException("file", "problem.standard.invalid", "detail", detail);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(ParsedStandard parsed) {
        Map<String, Object> body = new LinkedHashMap<>(json.convertValue(parsed.standard(), Map.class));
        body.put("warnings", parsed.warnings().stream().map(this::warning).toList());
        body.put("validation", Map.of("valid", parsed.valid(), "problems", parsed.problems()));
        body.put("source", parsed.source());
        return body;
    }

    /** {@code row}, {@code rule}, {@code text}, {@code message} (DESIGN.md §4) and the message's code and args. */
    private Map<String, Object> warning(ImportWarning w) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", w.row());
        view.put("rule", w.rule());
        view.put("text", w.text());
        view.put("message", texts.render(w.message()));
        view.put("code", w.message().code());
        view.put("args", w.message().args());
        return view;
    }
}
