package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a {@link ScoringInput} against the standard and resolves it into the standard's order,
 * so that everything after validation is independent of the order of the input.
 * Scoring stops at the first offending entry (findings, then bonuses, then vetoes); validation lists them all.
 */
final class InputValidator {

    /** A finding on a known clause with a positive count. */
    record ResolvedFinding(StandardIndex.ClauseRef ref, long count) {}

    /** A bonus claim; {@code primary} is the indicator's index, or -1 for an ASSESSMENT rule. */
    record ResolvedBonus(BonusRule rule, int primary, BigDecimal points) {}

    record ResolvedVeto(VetoRule rule, String reason) {}

    record Resolved(ResolvedFinding[] findings, ResolvedBonus[] bonuses, ResolvedVeto[] vetoes) {}

    private static final Comparator<ResolvedFinding> FINDING_ORDER =
            Comparator.comparingInt(f -> f.ref().order());
    /** INDICATOR claims grouped by indicator in the standard's order, then ASSESSMENT claims by rule. */
    private static final Comparator<ResolvedBonus> BONUS_ORDER = Comparator.<ResolvedBonus>comparingInt(
                    b -> b.primary() < 0 ? Integer.MAX_VALUE : b.primary())
            .thenComparingInt(b -> b.rule().number())
            .thenComparing(ResolvedBonus::points);

    private static final Comparator<ResolvedVeto> VETO_ORDER = Comparator.<ResolvedVeto>comparingInt(
                    v -> v.rule().number())
            .thenComparing(ResolvedVeto::reason, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final ResolvedFinding[] NO_FINDINGS = new ResolvedFinding[0];
    private static final ResolvedBonus[] NO_BONUSES = new ResolvedBonus[0];
    private static final ResolvedVeto[] NO_VETOES = new ResolvedVeto[0];

    private final StandardIndex index;
    /** null: throw at the first problem (scoring); else collect every problem (validation only). */
    private final List<InputProblem> problems;

    InputValidator(StandardIndex index) {
        this(index, null);
    }

    private InputValidator(StandardIndex index, List<InputProblem> problems) {
        this.index = index;
        this.problems = problems;
    }

    Resolved validate(ScoringInput input) {
        return new Resolved(findings(input.findings()), bonuses(input.bonuses()), vetoes(input.vetoes()));
    }

    /** Every problem of the input, in the order findings, bonuses, vetoes; empty when it can be scored. */
    List<InputProblem> problems(ScoringInput input) {
        List<InputProblem> found = new ArrayList<>();
        new InputValidator(index, found).validate(input);
        return List.copyOf(found);
    }

    /** Reports a problem; in validation mode the entry is skipped and checking goes on. */
    private void report(String field, String message, String code, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "field";
        all[1] = field;
        System.arraycopy(args, 0, all, 2, args.length);
        InputProblem problem = new InputProblem(field, message, code, Explanations.args(all));
        if (problems == null) {
            throw new InvalidScoringInputException(problem);
        }
        problems.add(problem);
    }

    private ResolvedFinding[] findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return NO_FINDINGS;
        }
        ResolvedFinding[] resolved = new ResolvedFinding[findings.size()];
        int n = 0;
        // position + 1 of the first finding on each clause, by clause order; 0 = not seen
        int[] seen = new int[index.clauseCount];
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String clauseId = finding.clause();
            if (clauseId == null || clauseId.isBlank()) {
                report(path("findings", i, "clause"), "clause is required", "problem.scoring.clauseRequired");
                continue;
            }
            StandardIndex.ClauseRef ref = index.clauses.get(clauseId);
            if (ref == null) {
                report(
                        path("findings", i, "clause"),
                        "unknown clause " + clauseId + " in standard " + index.standard.code(),
                        "problem.scoring.unknownClause",
                        "clause",
                        clauseId,
                        "standard",
                        index.standard.code());
                continue;
            }
            if (seen[ref.order()] != 0) {
                report(
                        path("findings", i, "clause"),
                        "duplicate clause " + clauseId + " (also findings[" + (seen[ref.order()] - 1) + "])",
                        "problem.scoring.duplicateClause",
                        "clause",
                        clauseId,
                        "other",
                        "findings[" + (seen[ref.order()] - 1) + "]");
                continue;
            }
            seen[ref.order()] = i + 1;
            long count = finding.count();
            if (count < 0) {
                report(
                        path("findings", i, "count"),
                        "count must not be negative, got " + count,
                        "problem.count.range",
                        "value",
                        count,
                        "min",
                        0,
                        "max",
                        ref.clause().maxCount());
                continue;
            }
            Clause clause = ref.clause();
            if (count > clause.maxCount()) {
                boolean perUnit = clause.kind() == ClauseKind.PER_UNIT;
                String message = perUnit
                        ? "count must be at most " + clause.maxCount() + ", got " + count
                        : "clause " + clauseId + " is not counted per unit: count must be 0 or 1";
                report(
                        path("findings", i, "count"),
                        message,
                        perUnit ? "problem.count.range" : "problem.count.flat",
                        "clause",
                        clauseId,
                        "value",
                        count,
                        "min",
                        0,
                        "max",
                        clause.maxCount());
                continue;
            }
            if (count > 0) {
                resolved[n++] = new ResolvedFinding(ref, count);
            }
        }
        ResolvedFinding[] result = n == resolved.length ? resolved : Arrays.copyOf(resolved, n);
        Arrays.sort(result, FINDING_ORDER);
        return result;
    }

    private ResolvedBonus[] bonuses(List<BonusClaim> bonuses) {
        if (bonuses.isEmpty()) {
            return NO_BONUSES;
        }
        ResolvedBonus[] resolved = new ResolvedBonus[bonuses.size()];
        int n = 0;
        for (int i = 0; i < bonuses.size(); i++) {
            BonusClaim claim = bonuses.get(i);
            BonusRule rule = index.bonusRules.get(claim.rule());
            if (rule == null) {
                report(
                        path("bonuses", i, "rule"),
                        claim.rule() + " is not a bonus rule of standard " + index.standard.code(),
                        "problem.scoring.unknownBonusRule",
                        "rule",
                        claim.rule(),
                        "standard",
                        index.standard.code());
                continue;
            }
            int primary = -1;
            if (rule.scope() == BonusScope.INDICATOR) {
                String name = claim.indicator();
                if (name == null || name.isBlank()) {
                    report(
                            path("bonuses", i, "indicator"),
                            "bonus rule " + rule.number()
                                    + " is awarded against a primary indicator: indicator is required",
                            "problem.scoring.indicatorRequired",
                            "rule",
                            rule.number());
                    continue;
                }
                StandardIndex.PrimaryRef ref = index.primariesByName.get(name);
                if (ref == null) {
                    report(
                            path("bonuses", i, "indicator"),
                            "unknown primary indicator " + name,
                            "problem.scoring.unknownIndicator",
                            "indicator",
                            name);
                    continue;
                }
                primary = ref.index();
            }
            // an indicator named on an ASSESSMENT rule (88) is ignored: its cap does not depend on it
            BigDecimal points = claim.points();
            if (points == null) {
                report(path("bonuses", i, "points"), "points are required", "problem.points.required");
                continue;
            }
            if (points.signum() <= 0) {
                report(
                        path("bonuses", i, "points"),
                        "points must be positive, got " + points.toPlainString(),
                        "problem.points.positive",
                        "value",
                        points.toPlainString());
                continue;
            }
            if (!Decimals.hasAtMostTwoDecimals(points)) {
                report(
                        path("bonuses", i, "points"),
                        "points must have at most two decimals, got " + points.toPlainString(),
                        "problem.points.decimals",
                        "value",
                        points.toPlainString());
                continue;
            }
            resolved[n++] = new ResolvedBonus(rule, primary, Decimals.two(points));
        }
        ResolvedBonus[] result = n == resolved.length ? resolved : Arrays.copyOf(resolved, n);
        Arrays.sort(result, BONUS_ORDER);
        return result;
    }

    private ResolvedVeto[] vetoes(List<VetoClaim> vetoes) {
        if (vetoes.isEmpty()) {
            return NO_VETOES;
        }
        ResolvedVeto[] resolved = new ResolvedVeto[vetoes.size()];
        int n = 0;
        for (int i = 0; i < vetoes.size(); i++) {
            VetoClaim claim = vetoes.get(i);
            VetoRule rule = index.vetoRules.get(claim.rule());
            if (rule == null) {
                report(
                        path("vetoes", i, "rule"),
                        claim.rule() + " is not a veto rule of standard " + index.standard.code(),
                        "problem.scoring.unknownVetoRule",
                        "rule",
                        claim.rule(),
                        "standard",
                        index.standard.code());
                continue;
            }
            resolved[n++] = new ResolvedVeto(rule, claim.reason());
        }
        ResolvedVeto[] result = n == resolved.length ? resolved : Arrays.copyOf(resolved, n);
        Arrays.sort(result, VETO_ORDER);
        return result;
    }

    private static String path(String list, int i, String field) {
        return list + "[" + i + "]." + field;
    }
}
