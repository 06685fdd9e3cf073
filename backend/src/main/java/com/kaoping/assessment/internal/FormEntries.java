package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.InputProblem;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.standard.ScoringProblems;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Counts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the findings, bonuses and vetoes of a form into the engine's claims and has the engine validate them in one
 * call, so that a 400 names the entry as the client sent it ({@code correction.findings[3].count}) before anything
 * is written (docs/architecture.md, "Validation").
 */
final class FormEntries {

    private FormEntries() {}

    static List<Finding> findings(ScoringEngine engine, List<FindingInput> entries, String prefix) {
        List<Finding> findings = convert(entries, prefix, "clause", FindingInput::clause, (entry, field) -> {
            Inputs.text(entry.note(), field + ".note");
            return new Finding(entry.clause(), Counts.toLong(entry.count(), field + ".count"));
        });
        check(engine, new ScoringInput(findings, List.of(), List.of()), "findings", prefix);
        return findings;
    }

    static List<BonusClaim> bonuses(ScoringEngine engine, List<BonusInput> entries, String prefix) {
        List<BonusClaim> claims = convert(entries, prefix, "rule", BonusInput::rule, (entry, field) -> {
            Inputs.text(entry.note(), field + ".note");
            return new BonusClaim(entry.rule(), entry.indicator(), entry.points());
        });
        check(engine, new ScoringInput(List.of(), claims, List.of()), "bonuses", prefix);
        for (int i = 0; i < claims.size(); i++) {
            BonusClaim claim = claims.get(i);
            withinCeiling(engine, claim.rule(), claim.indicator(), claim.points(), prefix + "[" + i + "].points");
        }
        return claims;
    }

    /**
     * One claim above what its rule can ever award (85–87: 10 % of the indicator; 88: 3 points) is a typing error,
     * not a bonus: refused here, where the preview only shows the cap (docs/reliability.md, "Bounds").
     */
    static void withinCeiling(ScoringEngine engine, int rule, String indicator, BigDecimal points, String field) {
        engine.bonusCeiling(rule, indicator)
                .filter(ceiling -> points.compareTo(ceiling) > 0)
                .ifPresent(ceiling -> {
                    throw new BadRequestException(
                            field,
                            field + " must be at most " + ceiling.toPlainString() + " (the cap of rule " + rule
                                    + "), got " + points.toPlainString());
                });
    }

    static List<VetoClaim> vetoes(ScoringEngine engine, List<VetoInput> entries, String prefix) {
        List<VetoClaim> claims = convert(
                entries,
                prefix,
                "rule",
                VetoInput::rule,
                (entry, field) -> new VetoClaim(
                        entry.rule(),
                        Inputs.required(entry.reason(), field + ".reason", "problem.veto.reasonRequired")));
        check(engine, new ScoringInput(List.of(), List.of(), claims), "vetoes", prefix);
        return claims;
    }

    private interface Converter<I, O> {
        O convert(I entry, String field);
    }

    /** Every entry present with its key, converted in the order sent (so positions match the client's). */
    private static <I, O> List<O> convert(
            List<I> entries, String prefix, String key, Function<I, Object> keyOf, Converter<I, O> converter) {
        List<O> out = new ArrayList<>();
        List<I> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = prefix + "[" + i + "]";
            I entry = list.get(i);
            Object value = entry == null ? null : keyOf.apply(entry);
            if (value == null || value.toString().isBlank()) {
                throw new BadRequestException(field + "." + key, "problem.required");
            }
            out.add(converter.convert(entry, field));
        }
        return out;
    }

    /** The engine names entries {@code findings[i]…}; the client sent them under {@code prefix}. */
    private static void check(ScoringEngine engine, ScoringInput input, String engineList, String prefix) {
        List<InputProblem> problems = engine.validate(input);
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw ScoringProblems.badRequest(first).renamed(engineList, prefix);
        }
    }
}
