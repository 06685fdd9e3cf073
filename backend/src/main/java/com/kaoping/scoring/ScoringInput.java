package com.kaoping.scoring;

import java.util.List;

/** Everything the engine scores: findings, bonuses and vetoes. Null lists mean none. */
public record ScoringInput(List<Finding> findings, List<BonusClaim> bonuses, List<VetoClaim> vetoes) {

    public ScoringInput {
        findings = findings == null ? List.of() : List.copyOf(findings);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
    }

    public static ScoringInput ofFindings(List<Finding> findings) {
        return new ScoringInput(findings, List.of(), List.of());
    }
}
