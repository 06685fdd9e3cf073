package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores findings, bonuses and vetoes against one standard (docs/domain.md).
 * Immutable and thread-safe; build one per standard version and reuse it.
 * <p>
 * The card does not depend on the order of the input: explanation lines follow the standard's
 * order of clauses (each secondary's ZERO_OUT or FLOOR line after its clauses), then bonuses
 * grouped by primary indicator (each group's BONUS_CAP after it) and ASSESSMENT-scoped bonuses,
 * then vetoes by rule number. The points of all lines add up to total − Σ primary points.
 */
public final class ScoringEngine {

    private final Standard standard;
    private final StandardIndex index;
    private final InputValidator validator;
    private final DeductionCalculator deductions;
    private final BonusCalculator bonuses;
    private final StandardTree tree;

    /** @throws IllegalArgumentException if the standard cannot be scored exactly (e.g. duplicate clause ids) */
    public ScoringEngine(Standard standard) {
        this.standard = standard;
        this.index = new StandardIndex(standard);
        this.validator = new InputValidator(index);
        this.deductions = new DeductionCalculator(index);
        this.bonuses = new BonusCalculator(index);
        this.tree = StandardTree.of(standard);
    }

    public Standard standard() {
        return standard;
    }

    /** The standard's read model, built once per engine. */
    public StandardTree tree() {
        return tree;
    }

    /**
     * The most points one claim under {@code rule} can ever be awarded: capPercent % of the indicator's points for an
     * INDICATOR rule (85–87: 10 % of 组织工作's 23 points = 2.30), the rule's own cap for an ASSESSMENT rule (88: 3).
     * Forms refuse a claim above it; {@link #score} itself caps (docs/domain.md, "Bonuses").
     *
     * @return empty for an unknown rule or indicator, or a rule without a cap
     */
    public Optional<BigDecimal> bonusCeiling(int rule, String indicator) {
        BonusRule found = index.bonusRules.get(rule);
        if (found == null) {
            return Optional.empty();
        }
        if (found.scope() == BonusScope.ASSESSMENT) {
            return Optional.ofNullable(found.cap());
        }
        StandardIndex.PrimaryRef primary = indicator == null ? null : index.primariesByName.get(indicator);
        return primary == null || found.capPercent() == null ? Optional.empty() : Optional.of(primary.bonusCap());
    }

    /**
     * Every problem that {@link #score} would refuse the input for, without scoring it: an empty list means the input
     * can be scored. Entries are named by their position in the input ({@code findings[3].count}).
     */
    public List<InputProblem> validate(ScoringInput input) {
        Objects.requireNonNull(input, "input");
        return validator.problems(input);
    }

    /**
     * @throws InvalidScoringInputException for an unknown clause, rule or indicator, a count out of range,
     *                                      a count above 1 on a non-per-unit clause, a duplicate clause,
     *                                      bonus points ≤ 0 or with more than two decimals, a veto rule not in the standard
     */
    public ScoreCard score(ScoringInput input) {
        Objects.requireNonNull(input, "input");
        InputValidator.Resolved resolved = validator.validate(input);

        List<ExplanationLine> lines = new ArrayList<>(
                resolved.findings().length + 2 * resolved.bonuses().length + resolved.vetoes().length + 4);
        DeductionCalculator.Result deducted = deductions.apply(resolved.findings(), lines);
        BonusCalculator.Result bonus = bonuses.apply(resolved.bonuses(), lines);
        boolean vetoed = deducted.vetoed();
        for (InputValidator.ResolvedVeto veto : resolved.vetoes()) {
            vetoed = true;
            lines.add(vetoLine(veto));
        }

        BigDecimal base = Decimals.ZERO;
        PrimaryScore[] primaries = new PrimaryScore[index.primaries.length];
        for (StandardIndex.PrimaryRef primary : index.primaries) {
            PrimaryScore score = primaryScore(primary, deducted.secondaries(), bonus.perPrimary());
            primaries[primary.index()] = score;
            base = base.add(score.score());
        }
        BigDecimal total = base.add(bonus.total());
        int gradeLevel = index.gradeLevel(total, vetoed);
        return new ScoreCard(
                standard.code(),
                standard.version(),
                base,
                bonus.total(),
                total,
                vetoed,
                index.grades.get(gradeLevel).grade(),
                gradeLevel,
                Collections.unmodifiableList(Arrays.asList(primaries)),
                Collections.unmodifiableList(lines),
                bonus.caps());
    }

    /** Reuses the precomputed full-marks score when nothing touched the indicator. */
    private static PrimaryScore primaryScore(
            StandardIndex.PrimaryRef primary, SecondaryScore[] touched, BigDecimal[] bonusPerPrimary) {
        BigDecimal bonus = bonusPerPrimary == null || bonusPerPrimary[primary.index()] == null
                ? Decimals.ZERO
                : bonusPerPrimary[primary.index()];
        List<SecondaryScore> secondaries = null;
        BigDecimal score = Decimals.ZERO;
        for (int k = 0; k < primary.secondaryCount(); k++) {
            SecondaryScore s = touched[primary.firstSecondary() + k];
            if (s != null) {
                if (secondaries == null) {
                    secondaries = new ArrayList<>(primary.untouched().secondaries());
                }
                secondaries.set(k, s);
            }
        }
        if (secondaries == null) {
            return bonus.signum() == 0
                    ? primary.untouched()
                    : new PrimaryScore(
                            primary.indicator().name(),
                            primary.points(),
                            primary.points(),
                            bonus,
                            primary.untouched().secondaries());
        }
        for (SecondaryScore s : secondaries) {
            score = score.add(s.score());
        }
        return new PrimaryScore(
                primary.indicator().name(), primary.points(), score, bonus, Collections.unmodifiableList(secondaries));
    }

    private static ExplanationLine vetoLine(InputValidator.ResolvedVeto veto) {
        VetoRule rule = veto.rule();
        String reason = veto.reason();
        String text = "[" + rule.number() + "] vetoed" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        return new ExplanationLine(
                ExplanationKind.VETO,
                Integer.toString(rule.number()),
                null,
                null,
                Decimals.ZERO,
                rule.itemText(),
                text,
                reason == null || reason.isBlank() ? "explanation.veto.rule" : "explanation.veto.rule.reason",
                Explanations.args("rule", rule.number(), "reason", reason));
    }
}
