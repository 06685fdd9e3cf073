package com.kaoping.standard.internal;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.BonusSection;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoRule;
import com.kaoping.scoring.VetoSection;
import com.kaoping.standard.InvalidStandardException;
import com.kaoping.standard.StandardValidator;
import com.kaoping.web.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a standard from an Excel table in the layout organisations publish (docs/standards.md): 考核分类 | 一级指标 |
 * 二级指标 | 评分项 | 评分说明 | 考核分值, one or more rows per scoring item, merged cells (or blank ones) for what
 * spans rows, the 激励约束项 rows for bonus (加分) and veto (否决). What the table does not say (code, name, year,
 * version) comes from the caller; departments and grades from optional columns and sheets, else from a fallback
 * standard, with a warning. Warnings and errors are message codes ({@code standard.warning.*},
 * {@code problem.standard.table.*}) with their arguments, rendered in the reader's language (docs/i18n.md).
 * <p>
 * Stateless; thread-safe.
 */
final class XlsxStandardReader {

    /** The optional sheet of grade bands the exporter writes. */
    static final String GRADES_SHEET = "等级";

    static final String BONUS = "加分";
    static final String VETO = "否决";

    private static final int HEADER_SEARCH_ROWS = 20;
    private static final Pattern PRIMARY = Pattern.compile("^(.*?)[(（](\\d+(?:\\.\\d+)?)分[)）]$");
    private static final Pattern POINTS = Pattern.compile("^(\\d+(?:\\.\\d+)?)分?$");

    private final ClauseParser clauses = new ClauseParser();
    private final StandardValidator validator = new StandardValidator();

    /** What the table itself does not say. */
    record Header(String code, String name, int year, int version) {}

    /**
     * @param fallback the standard departments (by primary name) and grades are taken from when the table has none,
     *                 e.g. the previous version; null for none
     * @throws InvalidStandardException the file is no workbook or has no header row ({@link UnreadableTable})
     */
    ParsedStandard read(byte[] content, String sourceName, Header header, Standard fallback) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return new Reading(workbook, sourceName, header, fallback).run();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidStandardException ise) {
                throw ise;
            }
            throw new UnreadableTable(
                    sourceName,
                    Text.of("problem.standard.table.unreadable", "source", sourceName, "reason", e.getMessage()),
                    e);
        }
    }

    /** One pass over one workbook. */
    private final class Reading {
        final Workbook workbook;
        final String source;
        final Header header;
        final Standard fallback;
        final DataFormatter formatter = new DataFormatter();
        final List<ImportWarning> warnings = new ArrayList<>();
        final List<ParsedStandard.SourceRow> rows = new ArrayList<>();
        Sheet sheet;
        Map<TableColumn, Integer> columns;
        Map<Long, CellRangeAddress> merged;

        final List<PrimaryDraft> primaries = new ArrayList<>();
        SectionDraft bonus;
        SectionDraft veto;
        String category;
        PrimaryDraft primary;
        SecondaryDraft secondary;
        SectionDraft section;
        ItemDraft item;
        int nextItem = 1;
        int nextRule = 1;

        Reading(Workbook workbook, String source, Header header, Standard fallback) {
            this.workbook = workbook;
            this.source = source;
            this.header = header;
            this.fallback = fallback;
        }

        ParsedStandard run() {
            int headerRow = findHeader();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                row(r);
            }
            List<GradeBand> grades = grades();
            List<PrimaryIndicator> built = primaries.stream().map(this::build).toList();
            Standard standard = new Standard(
                    header.code(),
                    header.version(),
                    header.name(),
                    header.year(),
                    grades,
                    built,
                    bonus == null ? null : buildBonus(),
                    veto == null ? null : buildVeto());
            return new ParsedStandard(standard, warnings, validator.problems(standard), rows);
        }

        private int findHeader() {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet candidate = workbook.getSheetAt(s);
                for (int r = 0; r <= Math.min(candidate.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                    Row row = candidate.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    Map<TableColumn, Integer> found = new EnumMap<>(TableColumn.class);
                    for (Cell cell : row) {
                        TableColumn column = TableColumn.named(text(cell));
                        if (column != null) {
                            found.putIfAbsent(column, cell.getColumnIndex());
                        }
                    }
                    if (found.keySet().stream().filter(c -> c.required).count()
                            == java.util.Arrays.stream(TableColumn.values())
                                    .filter(c -> c.required)
                                    .count()) {
                        sheet = candidate;
                        columns = found;
                        merged = new java.util.HashMap<>();
                        for (CellRangeAddress range : sheet.getMergedRegions()) {
                            for (int rr = range.getFirstRow(); rr <= range.getLastRow(); rr++) {
                                for (int cc = range.getFirstColumn(); cc <= range.getLastColumn(); cc++) {
                                    merged.put(key(rr, cc), range);
                                }
                            }
                        }
                        return r;
                    }
                }
            }
            throw new UnreadableTable(
                    source,
                    Text.of("problem.standard.table.noHeader", "source", source, "rows", HEADER_SEARCH_ROWS),
                    null);
        }

        private void row(int r) {
            int excelRow = r + 1;
            Map<String, String> cells = new LinkedHashMap<>();
            for (TableColumn c : columns.keySet()) {
                String value = spanned(r, c);
                cells.put(c.header(), value);
            }
            if (cells.values().stream().allMatch(String::isEmpty)) {
                return;
            }
            rows.add(new ParsedStandard.SourceRow(excelRow, cells));

            String cat = name(spanned(r, TableColumn.CATEGORY));
            if (!cat.isEmpty() && !cat.equals(category)) {
                category = cat;
            }
            String primaryCell = name(spanned(r, TableColumn.PRIMARY));
            if (!primaryCell.isEmpty() && !primaryCell.equals(currentPrimaryCell())) {
                startPrimary(primaryCell, excelRow);
            }
            String secondaryCell = name(spanned(r, TableColumn.SECONDARY));
            if (!secondaryCell.isEmpty() && !secondaryCell.equals(currentSecondaryCell())) {
                startSecondary(secondaryCell, excelRow);
            }
            if (section == null && primary == null) {
                warnings.add(new ImportWarning(
                        excelRow, null, cells.toString(), Text.of("standard.warning.rowBeforePrimary")));
                return;
            }
            String points = spanned(r, TableColumn.POINTS).replaceAll("\\s+", "");
            if (!points.isEmpty() && secondary != null && section == null) {
                BigDecimal p = points(points, excelRow);
                if (secondary.points == null) {
                    secondary.points = p;
                } else if (p != null && p.compareTo(secondary.points) != 0) {
                    warnings.add(new ImportWarning(
                            excelRow,
                            null,
                            points,
                            Text.of(
                                    "standard.warning.secondaryPointsTwice",
                                    "secondary",
                                    secondary.name,
                                    "points",
                                    secondary.points.toPlainString(),
                                    "ignored",
                                    points)));
                }
            }
            String department = spanned(r, TableColumn.DEPARTMENT).strip();
            if (!department.isEmpty() && primary != null && section == null && primary.department == null) {
                primary.department = department;
            }
            items(r, excelRow);
            rules(r, excelRow);
        }

        private String currentPrimaryCell() {
            return section != null ? section.primaryCell : primary == null ? null : primary.cell;
        }

        private String currentSecondaryCell() {
            return section != null ? section.secondary : secondary == null ? null : secondary.name;
        }

        private void startPrimary(String cell, int excelRow) {
            secondary = null;
            item = null;
            if (cell.startsWith(BONUS) || cell.startsWith(VETO)) {
                boolean isBonus = cell.startsWith(BONUS);
                SectionDraft s = new SectionDraft(cell, category, isBonus ? BONUS : VETO);
                if ((isBonus ? bonus : veto) != null) {
                    warnings.add(new ImportWarning(
                            excelRow, null, cell, Text.of("standard.warning.secondSection", "section", s.name)));
                    s = isBonus ? bonus : veto;
                } else if (isBonus) {
                    bonus = s;
                } else {
                    veto = s;
                }
                section = s;
                primary = null;
                return;
            }
            section = null;
            Matcher m = PRIMARY.matcher(ClauseParser.normalise(cell));
            PrimaryDraft p = new PrimaryDraft(cell, category);
            if (m.matches()) {
                p.name = cell.substring(0, m.end(1));
                p.points = new BigDecimal(m.group(2));
            } else {
                p.name = cell;
                warnings.add(new ImportWarning(excelRow, null, cell, Text.of("standard.warning.primaryWithoutPoints")));
            }
            primaries.add(p);
            primary = p;
        }

        private void startSecondary(String cell, int excelRow) {
            item = null;
            if (section != null) {
                section.secondary = cell;
                return;
            }
            if (primary == null) {
                warnings.add(
                        new ImportWarning(excelRow, null, cell, Text.of("standard.warning.secondaryBeforePrimary")));
                return;
            }
            secondary = new SecondaryDraft(cell);
            primary.secondaries.add(secondary);
        }

        private BigDecimal points(String cell, int excelRow) {
            Matcher m = POINTS.matcher(ClauseParser.normalise(cell));
            if (m.matches()) {
                return new BigDecimal(m.group(1));
            }
            warnings.add(new ImportWarning(excelRow, null, cell, Text.of("standard.warning.pointsNotANumber")));
            return null;
        }

        private void items(int r, int excelRow) {
            String cell = own(r, TableColumn.ITEM);
            List<NumberedEntries.Entry> entries = NumberedEntries.split(cell, nextItem);
            if (entries.size() > 1) {
                warnings.add(new ImportWarning(
                        excelRow,
                        null,
                        cell,
                        Text.of(
                                "standard.warning.itemsInOneRow",
                                "count",
                                entries.size(),
                                "item",
                                entries.get(entries.size() - 1).number())));
            }
            for (NumberedEntries.Entry e : entries) {
                if (e.problem() != null) {
                    warnings.add(new ImportWarning(
                            excelRow, null, e.text(), Text.of("standard.warning.itemNumber", "problem", e.problem())));
                }
                ItemDraft it = new ItemDraft(e.number(), e.text());
                if (section != null) {
                    section.items.add(it);
                } else if (secondary != null) {
                    secondary.items.add(it);
                } else {
                    warnings.add(new ImportWarning(
                            excelRow, null, e.text(), Text.of("standard.warning.itemOutsideSecondary")));
                }
                item = it;
                nextItem = e.number() + 1;
            }
        }

        private void rules(int r, int excelRow) {
            String cell = own(r, TableColumn.RULES);
            for (NumberedEntries.Entry e : NumberedEntries.split(cell, nextRule)) {
                nextRule = e.number() + 1;
                if (e.problem() != null) {
                    warnings.add(new ImportWarning(
                            excelRow,
                            e.number(),
                            e.text(),
                            Text.of("standard.warning.ruleNumber", "problem", e.problem())));
                }
                if (item == null) {
                    warnings.add(new ImportWarning(
                            excelRow, e.number(), e.text(), Text.of("standard.warning.ruleWithoutItem")));
                    continue;
                }
                String text = e.text().strip();
                if (section == null) {
                    ClauseParser.Result result = clauses.parse(e.number(), text);
                    for (Text problem : result.problems()) {
                        warnings.add(new ImportWarning(excelRow, e.number(), text, problem));
                    }
                    item.rules.add(new Rule(e.number(), text, result.clauses()));
                } else {
                    item.sectionRules.add(new SectionRule(e.number(), text, excelRow));
                }
            }
        }

        private List<GradeBand> grades() {
            Sheet g = workbook.getSheet(GRADES_SHEET);
            if (g != null) {
                List<GradeBand> bands = new ArrayList<>();
                for (int r = 1; r <= g.getLastRowNum(); r++) {
                    Row row = g.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    String min = text(row.getCell(0)).strip();
                    String grade = text(row.getCell(1)).strip();
                    if (min.isEmpty() && grade.isEmpty()) {
                        continue;
                    }
                    try {
                        bands.add(new GradeBand(new BigDecimal(ClauseParser.normalise(min)), grade));
                    } catch (NumberFormatException e) {
                        warnings.add(new ImportWarning(
                                r + 1, null, min, Text.of("standard.warning.gradeMin", "sheet", GRADES_SHEET)));
                    }
                }
                return bands;
            }
            if (fallback == null) {
                warnings.add(new ImportWarning(
                        null, null, null, Text.of("standard.warning.noGrades", "sheet", GRADES_SHEET)));
                return List.of();
            }
            warnings.add(new ImportWarning(
                    null,
                    null,
                    null,
                    Text.of(
                            "standard.warning.gradesFromFallback",
                            "sheet",
                            GRADES_SHEET,
                            "standard",
                            fallback.code(),
                            "version",
                            fallback.version(),
                            "grades",
                            describe(fallback.grades()))));
            return fallback.grades();
        }

        private PrimaryIndicator build(PrimaryDraft p) {
            String department = p.department;
            if (department == null && fallback != null) {
                department = fallback.primaries().stream()
                        .filter(f -> f.name().equals(p.name))
                        .map(PrimaryIndicator::department)
                        .findFirst()
                        .orElse(null);
                if (department != null && !columns.containsKey(TableColumn.DEPARTMENT)) {
                    // the published table has no such column; the usual case, reported once per indicator
                    warnings.add(new ImportWarning(
                            null,
                            null,
                            p.name,
                            Text.of(
                                    "standard.warning.departmentFromFallback",
                                    "department",
                                    department,
                                    "standard",
                                    fallback.code(),
                                    "version",
                                    fallback.version())));
                }
            }
            if (department == null) {
                warnings.add(new ImportWarning(null, null, p.name, Text.of("standard.warning.noDepartment")));
            }
            List<SecondaryIndicator> secondaries = p.secondaries.stream()
                    .map(s -> new SecondaryIndicator(
                            s.name,
                            s.points,
                            s.items.stream()
                                    .map(i -> new ScoringItem(i.number, i.text, i.rules))
                                    .toList()))
                    .toList();
            return new PrimaryIndicator(p.name, p.category, p.points, department, secondaries);
        }

        private BonusSection buildBonus() {
            List<BonusRule> rules = new ArrayList<>();
            for (ItemDraft i : bonus.items) {
                for (SectionRule r : i.sectionRules) {
                    List<Text> problems = new ArrayList<>();
                    ClauseParser.BonusCap cap = clauses.bonusCap(r.text, problems);
                    problems.forEach(p -> warnings.add(new ImportWarning(r.row, r.number, r.text, p)));
                    rules.add(new BonusRule(
                            r.number,
                            i.number,
                            i.text,
                            r.text,
                            cap == null ? null : cap.scope(),
                            cap == null ? null : cap.capPercent(),
                            cap == null ? null : cap.cap()));
                }
            }
            return new BonusSection(bonus.category, BONUS, bonus.secondary, rules);
        }

        private VetoSection buildVeto() {
            List<VetoRule> rules = new ArrayList<>();
            for (ItemDraft i : veto.items) {
                for (SectionRule r : i.sectionRules) {
                    rules.add(new VetoRule(r.number, i.number, i.text, r.text));
                }
            }
            return new VetoSection(VETO, veto.secondary, rules);
        }

        /** The cell's text, or the text of the merged region it lies in. */
        private String spanned(int r, TableColumn column) {
            Integer c = columns.get(column);
            if (c == null) {
                return "";
            }
            CellRangeAddress range = merged.get(key(r, c));
            int rr = range == null ? r : range.getFirstRow();
            int cc = range == null ? c : range.getFirstColumn();
            Row row = sheet.getRow(rr);
            return row == null ? "" : text(row.getCell(cc));
        }

        /** The cell's own text; blank for the lower parts of a merged region, which repeat nothing new. */
        private String own(int r, TableColumn column) {
            Integer c = columns.get(column);
            if (c == null) {
                return "";
            }
            CellRangeAddress range = merged.get(key(r, c));
            if (range != null && range.getFirstRow() != r) {
                return "";
            }
            return spanned(r, column);
        }

        private String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC
                    || (cell.getCellType() == CellType.FORMULA
                            && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
                return BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            }
            if (cell.getCellType() == CellType.FORMULA) {
                return cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue() : "";
            }
            return formatter.formatCellValue(cell);
        }
    }

    /** A name cell as Word and Excel lay it out (党\n的领\n导\n(10分)) read as one line. */
    private static String name(String cell) {
        return cell.replaceAll("\\s+", "");
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /** {@code 90 好}, {@code 80 较好}, …: joined in the reader's language ({@code text.separator}). */
    private static List<String> describe(List<GradeBand> grades) {
        return grades.stream()
                .map(g -> g.min().toPlainString() + " " + g.grade())
                .toList();
    }

    private static final class PrimaryDraft {
        final String cell;
        final String category;
        final List<SecondaryDraft> secondaries = new ArrayList<>();
        String name;
        BigDecimal points;
        String department;

        PrimaryDraft(String cell, String category) {
            this.cell = cell;
            this.category = category;
        }
    }

    private static final class SecondaryDraft {
        final String name;
        final List<ItemDraft> items = new ArrayList<>();
        BigDecimal points;

        SecondaryDraft(String name) {
            this.name = name;
        }
    }

    private static final class SectionDraft {
        final String primaryCell;
        final String category;
        final String name;
        final List<ItemDraft> items = new ArrayList<>();
        String secondary;

        SectionDraft(String primaryCell, String category, String name) {
            this.primaryCell = primaryCell;
            this.category = category;
            this.name = name;
        }
    }

    private static final class ItemDraft {
        final int number;
        final String text;
        final List<Rule> rules = new ArrayList<>();
        final List<SectionRule> sectionRules = new ArrayList<>();

        ItemDraft(int number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    private record SectionRule(int number, String text, int row) {}
}
