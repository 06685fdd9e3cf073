package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.BadRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/**
 * The bonuses of one assessment: declared by the branch, endorsed (85–87) by the indicator's department, confirmed by
 * the leadership group. Adjusting an entry to 0 points refuses that bonus; every change needs its reason.
 */
@RequiredArgsConstructor
final class BonusLedger {

    private final long assessmentId;
    private final ScoringEngine engine;
    private final Ownership ownership;
    private final AssessmentMapper mapper;

    /** Replaces the declared bonuses with the complete list sent; @return a summary for the history, empty for none */
    String declare(List<BonusInput> entries) {
        List<BonusClaim> claims = FormEntries.bonuses(engine, entries, "bonuses");
        mapper.deleteBonuses(assessmentId);
        for (int i = 0; i < claims.size(); i++) {
            BonusClaim claim = claims.get(i);
            BonusRow row = new BonusRow();
            row.assessmentId = assessmentId;
            row.ruleNumber = claim.rule();
            boolean perIndicator = engine.standard().bonus().rules().stream()
                    .anyMatch(r -> r.number() == claim.rule() && r.scope() == BonusScope.INDICATOR);
            row.indicator = perIndicator ? claim.indicator() : null;
            // 85–87 are endorsed by the indicator's department; 88 by the leadership group alone
            row.department = perIndicator ? ownership.departmentOfIndicator().get(claim.indicator()) : null;
            row.declaredPoints = claim.points();
            row.note = Inputs.text(entries.get(i).note(), "bonuses[" + i + "].note");
            mapper.insertBonus(row);
        }
        return claims.isEmpty()
                ? ""
                : claims.stream()
                        .map(c -> c.rule() + (c.indicator() == null ? "" : " " + c.indicator()) + " +" + c.points())
                        .collect(Collectors.joining("; "));
    }

    /** A department's endorsement of the bonuses on its indicators; approval endorses what it did not adjust. */
    List<String> endorse(String department, boolean approve, List<BonusInput> entries) {
        List<BonusRow> own = mapper.bonuses(assessmentId).stream()
                .filter(b -> department.equals(b.department))
                .toList();
        List<String> changes =
                adjust(own, entries, (row, points) -> row.endorsedPoints = points, BonusRow::endorsedOrDeclared);
        for (BonusRow row : own) {
            if (approve) {
                row.endorsedPoints = row.endorsedOrDeclared();
            }
            mapper.updateBonus(row);
        }
        return changes;
    }

    /** The leadership group's confirmation: what it does not adjust is confirmed as endorsed. */
    List<String> confirm(List<BonusInput> entries) {
        List<BonusRow> rows = mapper.bonuses(assessmentId);
        List<String> changes =
                adjust(rows, entries, (row, points) -> row.confirmedPoints = points, BonusRow::confirmedOrEndorsed);
        for (BonusRow row : rows) {
            row.confirmedPoints = row.confirmedOrEndorsed();
            mapper.updateBonus(row);
        }
        return changes;
    }

    /** Applies adjusted entries {rule, indicator, points, note} to the declared bonuses they name. */
    private List<String> adjust(
            List<BonusRow> rows,
            List<BonusInput> entries,
            BiConsumer<BonusRow, BigDecimal> setter,
            Function<BonusRow, BigDecimal> current) {
        List<String> changes = new ArrayList<>();
        List<BonusInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = "bonuses[" + i + "]";
            BonusInput entry = list.get(i);
            if (entry == null || entry.rule() == null) {
                throw new BadRequestException(field + ".rule", "problem.required");
            }
            BonusRow row = rows.stream()
                    .filter(b -> b.ruleNumber == entry.rule() && Objects.equals(b.indicator, entry.indicator()))
                    .findFirst()
                    .orElseThrow(() -> new BadRequestException(
                            field,
                            entry.indicator() == null ? "problem.bonus.notDeclared" : "problem.bonus.notDeclaredFor",
                            "rule",
                            entry.rule(),
                            "indicator",
                            entry.indicator()));
            BigDecimal points = entry.points();
            if (points == null
                    || points.signum() < 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new BadRequestException(field + ".points", "problem.bonus.adjustedPoints");
            }
            FormEntries.withinCeiling(engine, row.ruleNumber, row.indicator, points, field + ".points");
            BigDecimal before = current.apply(row);
            if (before.compareTo(points) != 0) {
                String note = Inputs.required(entry.note(), field + ".note", "problem.bonus.changeNeedsReason");
                setter.accept(row, points);
                row.adjustNote = note;
                changes.add(row.ruleNumber + (row.indicator == null ? "" : " " + row.indicator) + ": " + before + " → "
                        + points + " (" + note + ")");
            }
        }
        return changes;
    }
}
