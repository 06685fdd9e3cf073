package com.kaoping.assessment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.standard.ScoringProblems;
import com.kaoping.standard.StandardCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Scores an assessment's rows at each step (self, reviewed, final) with the standard version of its cycle. */
@Component
record Scorer(StandardCatalog standards, ObjectMapper json) {
    ScoringEngine engine(AssessmentRow assessment) {
        return standards.engine(assessment.standardCode, assessment.standardVersion);
    }

    ScoreCard self(AssessmentRow assessment, List<FindingRow> findings) {
        return score(assessment, findings(findings, f -> f.selfCount), List.of(), List.of());
    }

    /** Reviewed findings with the bonuses as endorsed (or declared, before endorsement). */
    ScoreCard reviewed(AssessmentRow assessment, List<FindingRow> findings, List<BonusRow> bonuses) {
        return score(
                assessment,
                findings(findings, FindingRow::reviewedCount),
                bonuses(bonuses, BonusRow::endorsedOrDeclared),
                List.of());
    }

    ScoreCard confirmed(
            AssessmentRow assessment, List<FindingRow> findings, List<BonusRow> bonuses, List<VetoRow> vetoes) {
        List<VetoClaim> claims = vetoes.stream()
                .map(v -> new VetoClaim(v.ruleNumber(), v.reason()))
                .toList();
        return score(
                assessment,
                findings(findings, FindingRow::reviewedCount),
                bonuses(bonuses, BonusRow::confirmedOrEndorsed),
                claims);
    }

    private ScoreCard score(
            AssessmentRow assessment, List<Finding> findings, List<BonusClaim> bonuses, List<VetoClaim> vetoes) {
        try {
            return engine(assessment).score(new ScoringInput(findings, bonuses, vetoes));
        } catch (InvalidScoringInputException e) {
            throw ScoringProblems.badRequest(e);
        }
    }

    private static List<Finding> findings(List<FindingRow> rows, Function<FindingRow, Integer> count) {
        return rows.stream()
                .filter(f -> count.apply(f) != null && count.apply(f) > 0)
                .map(f -> new Finding(f.clauseId, count.apply(f)))
                .toList();
    }

    private static List<BonusClaim> bonuses(List<BonusRow> rows, Function<BonusRow, BigDecimal> points) {
        return rows.stream()
                .filter(b -> points.apply(b) != null && points.apply(b).signum() > 0)
                .map(b -> new BonusClaim(b.ruleNumber, b.indicator, points.apply(b)))
                .toList();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ScoreCard readCard(String content) {
        if (content == null) {
            return null;
        }
        try {
            return json.readValue(content, ScoreCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored score card cannot be read", e);
        }
    }
}
