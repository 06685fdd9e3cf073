package com.kaoping.report.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.LockedFindings;
import com.kaoping.scoring.ExplanationKind;
import com.kaoping.scoring.ExplanationLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * deductions.xlsx: one row per finding that counts in the newest locked revision of every branch of a cycle (a
 * clause with its count, what it cost, the owning department, the notes and the reviewer). Fed one assessment at a
 * time through the streaming writer, so a cycle of thousands of branches never sits in memory (docs/benchmarks.md).
 */
final class DeductionsWorkbook implements AutoCloseable {

    private static final Set<ExplanationKind> FINDING_KINDS =
            Set.of(ExplanationKind.DEDUCTION, ExplanationKind.ZERO_OUT, ExplanationKind.VETO);

    private final XlsxBook book = new XlsxBook();
    private final XlsxBook.Sheet sheet;
    private final Map<String, String> names;
    private final Predicate<String> departmentVisible;
    private int rows;

    /**
     * @param departmentVisible which departments' findings the reader may see (a reviewer: its own)
     */
    DeductionsWorkbook(Map<String, String> names, Predicate<String> departmentVisible) {
        this.names = names;
        this.departmentVisible = departmentVisible;
        sheet = book.sheet("扣分明细", 24, 10, 8, 6, 8, 10, 40, 30, 30, 14, 6);
        sheet.header(true, "党总支", "编码", "条款", "次数", "扣分", "部门", "评分说明", "自评说明", "审核说明", "审核人", "修订");
    }

    Consumer<LockedFindings> sink() {
        return this::add;
    }

    private void add(LockedFindings assessment) {
        String branch = assessment.result().branchCode();
        Map<String, AssessmentRecord.Finding> findings = new HashMap<>();
        assessment.findings().forEach(f -> findings.put(f.clause(), f));
        Deductions cost = new Deductions(assessment.result().card());
        for (ExplanationLine line : assessment.result().card().explanation()) {
            if (!FINDING_KINDS.contains(line.kind())
                    || line.ref() == null
                    || !line.ref().contains(".")) {
                continue; // rule-level vetoes, bonuses and caps are no findings
            }
            AssessmentRecord.Finding f = findings.get(line.ref());
            String department = f == null ? null : f.department();
            if (!departmentVisible.test(department)) {
                continue;
            }
            sheet.row(
                    names.getOrDefault(branch, branch),
                    branch,
                    line.ref(),
                    line.count() != null ? line.count() : 1L,
                    cost.ofClause(line.ref()) == null ? BigDecimal.ZERO.setScale(2) : cost.ofClause(line.ref()),
                    department,
                    line.wording(),
                    f == null ? null : f.selfNote(),
                    f == null ? null : f.reviewNote(),
                    f == null ? null : f.reviewedBy(),
                    assessment.result().revision());
            rows++;
        }
    }

    int rows() {
        return rows;
    }

    void write(OutputStream out) throws IOException {
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
