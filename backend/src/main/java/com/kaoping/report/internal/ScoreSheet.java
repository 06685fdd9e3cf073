package com.kaoping.report.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.MaterialScope;
import com.kaoping.cycle.CycleSummary;
import com.kaoping.scoring.ExplanationKind;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.PrimaryScore;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.SecondaryScore;
import com.kaoping.scoring.Standard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One branch's score sheet in the standard's own table layout, one row per scoring rule (评分说明), with the
 * self-assessment's and the final deduction of each rule; the score card it prints is the newest locked revision
 * (else the reviewed, else the self-assessed one). Shared by the xlsx score sheet and the PDF report.
 *
 * <p>Built from the record as the reader may see it ({@link MaterialScope#limit(AssessmentRecord)}, the rule of GET
 * /api/assessments/{id}): for a reviewer the rules of indicators it does not own have no deductions and no 得分
 * (their indicator's total stays in {@link ScoreCard#indicators()}), and the 扣分明细, bonuses and revisions are
 * those it may see.
 */
record ScoreSheet(
        CycleSummary cycle,
        String branchCode,
        String branchName,
        Standard standard,
        AssessmentRecord record,
        ScoreCard card,
        List<RuleRow> rows,
        List<Detail> details) {

    /** A rule of the standard with its place in the table and what it cost. */
    record RuleRow(
            String category,
            String primary,
            BigDecimal primaryPoints,
            String secondary,
            BigDecimal secondaryPoints,
            BigDecimal secondaryScore,
            int item,
            String itemText,
            int rule,
            String ruleText,
            BigDecimal selfDeduction,
            BigDecimal deduction) {}

    /** One line of the 扣分明细, with the branch's and the department's notes on its finding. */
    record Detail(ExplanationLine line, AssessmentRecord.Finding finding) {}

    static ScoreSheet of(
            CycleSummary cycle, String branchName, Standard standard, AssessmentRecord record, MaterialScope scope) {
        ScoreCard card = record.latestCard();
        Deductions self = new Deductions(record.selfCard());
        Deductions latest = new Deductions(card);
        Map<String, SecondaryScore> scores = new HashMap<>();
        if (card != null) {
            for (PrimaryScore p : card.indicators()) {
                p.secondaries().forEach(s -> scores.put(p.name() + "/" + s.name(), s));
            }
        }
        List<RuleRow> rows = new ArrayList<>();
        for (PrimaryIndicator p : standard.primaries()) {
            boolean visible = scope.seesIndicator(p.name());
            for (SecondaryIndicator s : p.secondaries()) {
                SecondaryScore score = visible ? scores.get(p.name() + "/" + s.name()) : null;
                for (ScoringItem item : s.items()) {
                    for (Rule rule : item.rules()) {
                        rows.add(new RuleRow(
                                p.category(),
                                p.name(),
                                p.points(),
                                s.name(),
                                s.points(),
                                score == null ? null : score.score(),
                                item.number(),
                                item.text(),
                                rule.number(),
                                rule.text(),
                                visible ? self.ofRule(rule.number()) : null,
                                visible ? latest.ofRule(rule.number()) : null));
                    }
                }
            }
        }
        Map<String, AssessmentRecord.Finding> findings = new HashMap<>();
        record.findings().forEach(f -> findings.put(f.clause(), f));
        List<Detail> details = card == null
                ? List.of()
                : card.explanation().stream()
                        .filter(scope::seesLine)
                        .map(l -> new Detail(l, l.kind() == ExplanationKind.CAP ? null : findings.get(l.ref())))
                        .toList();
        return new ScoreSheet(
                cycle, record.ref().branchCode(), branchName, standard, record, card, List.copyOf(rows), details);
    }

    String title() {
        return cycle.year() + "年第" + cycle.quarter() + "季度 " + branchName + "(" + branchCode + ")量化考核评分表";
    }
}
