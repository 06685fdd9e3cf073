package com.kaoping.cycle.internal;

import com.kaoping.assessment.LockedResult;
import com.kaoping.cycle.RankedResult;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.scoring.VetoRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A what-if: the locked results of a cycle scored again under another standard version. The findings, bonuses and
 * vetoes are read back from each locked score card's explanation (every deduction line names its clause and count,
 * every bonus line its rule, indicator and points, every veto line its rule or clause); what the other version no
 * longer has is listed per branch and left out, never dropped silently. Nothing is written.
 */
final class Rescore {

    /** A branch's result: total, grade, rank (vetoed ones rank last) and whether it is vetoed. */
    record Score(BigDecimal total, String grade, int rank, boolean vetoed) {}

    /**
     * Something of the locked result the other version cannot score.
     *
     * @param kind   CLAUSE, BONUS_RULE, VETO_RULE or BONUS_INDICATOR
     * @param ref    the clause id, rule number or indicator name
     * @param count  the finding's count (CLAUSE), else null
     * @param reason why it is left out or changed
     */
    record Dropped(String kind, String ref, Long count, String reason) {}

    record Branch(
            String branch, long assessmentId, Score before, Score after, BigDecimal delta, List<Dropped> dropped) {}

    record Result(
            long cycle,
            String standard,
            int version,
            String fromStandard,
            int fromVersion,
            List<Branch> branches,
            List<String> clausesNoLongerExisting) {}

    private Rescore() {}

    static Result of(long cycleId, String fromCode, int fromVersion, List<LockedResult> locked, ScoringEngine engine) {
        Standard target = engine.standard();
        Map<String, Clause> clauses = new HashMap<>();
        target.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(s -> s.items().stream())
                .flatMap(i -> i.rules().stream())
                .flatMap(r -> r.clauses().stream())
                .forEach(c -> clauses.put(c.id(), c));
        Map<Integer, BonusRule> bonusRules = target.bonus() == null
                ? Map.of()
                : target.bonus().rules().stream().collect(Collectors.toMap(BonusRule::number, Function.identity()));
        Set<Integer> vetoRules = target.veto() == null
                ? Set.of()
                : target.veto().rules().stream().map(VetoRule::number).collect(Collectors.toSet());
        Set<String> indicators =
                target.primaries().stream().map(PrimaryIndicator::name).collect(Collectors.toSet());

        Map<String, ScoreCard> after = new LinkedHashMap<>();
        Map<String, List<Dropped>> dropped = new LinkedHashMap<>();
        Set<String> gone = new LinkedHashSet<>();
        for (LockedResult r : locked) {
            List<Dropped> out = new ArrayList<>();
            ScoringInput input = input(r.card(), clauses, bonusRules, vetoRules, indicators, out);
            out.stream()
                    .filter(d -> d.kind().equals("CLAUSE") && !clauses.containsKey(d.ref()))
                    .forEach(d -> gone.add(d.ref()));
            ScoreCard card;
            try {
                card = engine.score(input);
            } catch (InvalidScoringInputException e) {
                // the input was filtered to what the version has; anything left is reported, the old card kept
                out.add(new Dropped("INPUT", e.field(), null, e.getMessage()));
                card = null;
            }
            after.put(r.branchCode(), card);
            dropped.put(r.branchCode(), out);
        }
        Map<String, Integer> oldRanks = ranks(locked.stream()
                .collect(Collectors.toMap(
                        LockedResult::branchCode, LockedResult::card, (a, b) -> a, LinkedHashMap::new)));
        Map<String, ScoreCard> scored = new LinkedHashMap<>();
        after.forEach((b, c) -> {
            if (c != null) {
                scored.put(b, c);
            }
        });
        Map<String, Integer> newRanks = ranks(scored);
        List<Branch> branches = new ArrayList<>();
        for (LockedResult r : locked) {
            ScoreCard c = after.get(r.branchCode());
            Score before = new Score(
                    r.card().totalScore(),
                    r.card().grade(),
                    oldRanks.get(r.branchCode()),
                    r.card().vetoed());
            Score now =
                    c == null ? null : new Score(c.totalScore(), c.grade(), newRanks.get(r.branchCode()), c.vetoed());
            branches.add(new Branch(
                    r.branchCode(),
                    r.assessmentId(),
                    before,
                    now,
                    now == null ? null : now.total().subtract(before.total()),
                    dropped.get(r.branchCode())));
        }
        branches.sort(java.util.Comparator.comparing(Branch::branch));
        return new Result(cycleId, target.code(), target.version(), fromCode, fromVersion, branches, List.copyOf(gone));
    }

    /** The scoring input a locked card was computed from, kept to what {@code target} can score. */
    private static ScoringInput input(
            ScoreCard card,
            Map<String, Clause> clauses,
            Map<Integer, BonusRule> bonusRules,
            Set<Integer> vetoRules,
            Set<String> indicators,
            List<Dropped> dropped) {
        Map<String, Long> findings = new LinkedHashMap<>();
        List<BonusClaim> bonuses = new ArrayList<>();
        List<VetoClaim> vetoes = new ArrayList<>();
        for (ExplanationLine line : card.explanation()) {
            switch (line.kind()) {
                case DEDUCTION -> findings.merge(line.ref(), line.count() == null ? 1 : line.count(), Long::sum);
                case ZERO_OUT -> findings.putIfAbsent(line.ref(), 1L);
                case VETO -> {
                    if (line.ref().contains(".")) {
                        findings.putIfAbsent(line.ref(), 1L);
                    } else {
                        int rule = Integer.parseInt(line.ref());
                        if (vetoRules.contains(rule)) {
                            vetoes.add(new VetoClaim(rule, line.args().getOrDefault("reason", line.text())));
                        } else {
                            dropped.add(
                                    new Dropped("VETO_RULE", line.ref(), null, "no such veto rule in this version"));
                        }
                    }
                }
                case BONUS -> {
                    int rule = Integer.parseInt(line.ref());
                    if (!bonusRules.containsKey(rule)) {
                        dropped.add(new Dropped("BONUS_RULE", line.ref(), null, "no such bonus rule in this version"));
                    } else if (line.indicator() != null && !indicators.contains(line.indicator())) {
                        dropped.add(new Dropped(
                                "BONUS_INDICATOR",
                                line.indicator(),
                                null,
                                "no such primary indicator in this version"));
                    } else {
                        bonuses.add(new BonusClaim(rule, line.indicator(), line.points()));
                    }
                }
                default -> {
                    // CAP, FLOOR and BONUS_CAP lines follow from the others
                }
            }
        }
        List<Finding> kept = new ArrayList<>();
        findings.forEach((id, count) -> {
            Clause c = clauses.get(id);
            if (c == null) {
                dropped.add(new Dropped("CLAUSE", id, count, "no such clause in this version"));
            } else if (count > c.maxCount()) {
                dropped.add(new Dropped(
                        "CLAUSE", id, count, "now " + c.kind() + ": counted once instead of " + count + " times"));
                kept.add(new Finding(id, c.maxCount()));
            } else {
                kept.add(new Finding(id, c.kind() == ClauseKind.PER_UNIT ? count : 1));
            }
        });
        return new ScoringInput(kept, bonuses, vetoes);
    }

    /** Ranks as the published ranking does (Ranking), by branch code. */
    private static Map<String, Integer> ranks(Map<String, ScoreCard> cards) {
        List<LockedResult> results = new ArrayList<>();
        cards.forEach((branch, card) -> results.add(new LockedResult(0, branch, 0, card, null, null, false)));
        return Ranking.rank(results).stream()
                .collect(Collectors.toMap(r -> r.result().branchCode(), RankedResult::rank));
    }
}
