package com.kaoping.standard.internal;

import com.kaoping.scoring.Rule;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.standard.StandardFileParser;
import com.kaoping.standard.StandardValidator;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import com.kaoping.web.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded standard (an Excel table, YAML or JSON) into a {@link ParsedStandard} without storing it; a
 * table takes what it does not say (code, name, year, version) from the form. Problems and warnings are message codes
 * with their arguments, rendered in the reader's language (docs/i18n.md).
 */
@Component
@RequiredArgsConstructor
class StandardUploads {

    private final StandardCatalog catalog;
    private final StandardFileParser files = new StandardFileParser();
    private final XlsxStandardReader tables = new XlsxStandardReader();
    private final ClauseParser clauses = new ClauseParser();
    private final StandardValidator validator = new StandardValidator();

    /** The form fields of a table upload, as sent; null when absent. */
    record TableFields(String code, String name, String year, String version) {}

    /**
     * @throws BadRequestException naming the form field that is missing or malformed
     * @throws com.kaoping.standard.InvalidStandardException the file cannot be read at all
     */
    ParsedStandard parse(byte[] content, String filename, TableFields fields) {
        if (content == null || content.length == 0) {
            throw new BadRequestException("file", "problem.file.empty");
        }
        String source = filename == null || filename.isBlank() ? "upload" : filename;
        if (isWorkbook(content, source)) {
            String code = required("code", fields.code());
            if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
                throw new BadRequestException("code", "problem.standard.code", "value", code);
            }
            String name = required("name", fields.name());
            int year = number("year", required("year", fields.year()), "problem.wholeNumber");
            int latest = catalog.latestVersion(code);
            int version = fields.version() == null || fields.version().isBlank()
                    ? latest + 1
                    : number("version", fields.version(), "problem.version.number");
            if (year < 1 || year > 9999) {
                throw new BadRequestException("year", "problem.standard.year", "value", year);
            }
            if (version < 1) {
                throw new BadRequestException("version", "problem.version.number", "value", version);
            }
            return tables.read(
                    content, source, new XlsxStandardReader.Header(code, name, year, version), fallback(code, latest));
        }
        Standard standard = files.read(new ByteArrayInputStream(content), source);
        List<ImportWarning> warnings = new ArrayList<>();
        // a hand-written file may say other clauses than its wording: worth a look before it counts
        standard.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(s -> s.items().stream())
                .flatMap(i -> i.rules().stream())
                .forEach(rule -> compare(rule, warnings));
        return new ParsedStandard(
                standard, warnings, validator.problems(standard), new String(content, StandardCharsets.UTF_8));
    }

    private void compare(Rule rule, List<ImportWarning> warnings) {
        ClauseParser.Result read = clauses.parse(rule.number(), rule.text());
        if (!read.problems().isEmpty() || !read.clauses().equals(rule.clauses())) {
            warnings.add(new ImportWarning(
                    null,
                    rule.number(),
                    rule.text(),
                    read.problems().isEmpty()
                            ? Text.of(
                                    "standard.warning.clausesDiffer",
                                    "count",
                                    read.clauses().size())
                            : Text.of(
                                    "standard.warning.clausesDifferProblems",
                                    "count",
                                    read.clauses().size(),
                                    "problems",
                                    read.problems())));
        }
    }

    private Standard fallback(String code, int latest) {
        try {
            return latest > 0 ? catalog.get(code, latest) : catalog.active();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static boolean isWorkbook(byte[] content, String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        // xlsx is a zip archive: PK\3\4
        return lower.endsWith(".xlsx") || (content.length > 3 && content[0] == 'P' && content[1] == 'K');
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "problem.standard.tableField");
        }
        return value.strip();
    }

    private static int number(String field, String value, String code) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, code, "value", value);
        }
    }
}
