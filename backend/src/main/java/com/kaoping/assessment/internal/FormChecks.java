package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Counts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the findings, bonuses and vetoes of a task form entry by entry against the standard, so a 400 names the
 * entry as the client sent it ({@code findings[3].count}) before anything is written.
 */
final class FormChecks {

    private FormChecks() {}

    static List<Finding> findings(ScoringEngine engine, List<FindingInput> entries, String prefix) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FindingInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = prefix + "[" + i + "]";
            FindingInput entry = list.get(i);
            if (entry == null || entry.clause() == null || entry.clause().isBlank()) {
                throw new BadRequestException(field + ".clause", field + ".clause is required");
            }
            if (!seen.add(entry.clause())) {
                throw new BadRequestException(field + ".clause", "clause " + entry.clause() + " is listed twice");
            }
            Inputs.text(entry.note(), field + ".note");
            Finding finding = new Finding(entry.clause(), Counts.toLong(entry.count(), field + ".count"));
            check(engine, new ScoringInput(List.of(finding), List.of(), List.of()), "findings[0]", field);
            out.add(finding);
        }
        return out;
    }

    static List<BonusClaim> bonuses(ScoringEngine engine, List<BonusInput> entries, String prefix) {
        List<BonusClaim> out = new ArrayList<>();
        List<BonusInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = prefix + "[" + i + "]";
            BonusInput entry = list.get(i);
            if (entry == null || entry.rule() == null) {
                throw new BadRequestException(field + ".rule", field + ".rule is required");
            }
            Inputs.text(entry.note(), field + ".note");
            BonusClaim claim = new BonusClaim(entry.rule(), entry.indicator(), entry.points());
            check(engine, new ScoringInput(List.of(), List.of(claim), List.of()), "bonuses[0]", field);
            out.add(claim);
        }
        return out;
    }

    static List<VetoClaim> vetoes(ScoringEngine engine, List<VetoInput> entries, String prefix) {
        List<VetoClaim> out = new ArrayList<>();
        List<VetoInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = prefix + "[" + i + "]";
            VetoInput entry = list.get(i);
            if (entry == null || entry.rule() == null) {
                throw new BadRequestException(field + ".rule", field + ".rule is required");
            }
            String reason = Inputs.required(entry.reason(), field + ".reason", "a veto needs its reason");
            VetoClaim claim = new VetoClaim(entry.rule(), reason);
            check(engine, new ScoringInput(List.of(), List.of(), List.of(claim)), "vetoes[0]", field);
            out.add(claim);
        }
        return out;
    }

    /** The bonus rule of a claim that has passed {@link #bonuses}. */
    static BonusRule rule(ScoringEngine engine, int number) {
        return engine.standard().bonus().rules().stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private static void check(ScoringEngine engine, ScoringInput single, String enginePrefix, String field) {
        try {
            engine.score(single);
        } catch (InvalidScoringInputException e) {
            String name =
                    e.field().startsWith(enginePrefix) ? field + e.field().substring(enginePrefix.length()) : field;
            String message = e.getMessage().startsWith(e.field())
                    ? name + e.getMessage().substring(e.field().length())
                    : e.getMessage();
            throw new BadRequestException(name, message);
        }
    }
}
