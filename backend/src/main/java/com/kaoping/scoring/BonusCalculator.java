package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Adds up bonus claims and applies the caps: INDICATOR-scoped rules (85–87) share one cap per
 * primary indicator (capPercent % of its points); each ASSESSMENT-scoped rule (88) has its own cap.
 */
final class BonusCalculator {

    /**
     * @param perPrimary capped INDICATOR bonus by primary index, null where none was claimed
     * @param total      Σ capped INDICATOR bonus + Σ capped ASSESSMENT bonus
     * @param caps       every cap with what was claimed and awarded under it
     */
    record Result(BigDecimal[] perPrimary, BigDecimal total, List<BonusCap> caps) {}

    private final StandardIndex index;
    private final Result none;

    BonusCalculator(StandardIndex index) {
        this.index = index;
        this.none = new Result(null, Decimals.ZERO, index.unclaimedBonusCaps);
    }

    /** @param claims grouped as {@link InputValidator} sorts them: by indicator, then ASSESSMENT claims by rule */
    Result apply(InputValidator.ResolvedBonus[] claims, List<ExplanationLine> lines) {
        if (claims.length == 0) {
            return none;
        }
        BonusCap[] caps = index.unclaimedBonusCaps.toArray(new BonusCap[0]);
        BigDecimal[] perPrimary = null;
        BigDecimal total = Decimals.ZERO;
        int i = 0;
        while (i < claims.length) {
            InputValidator.ResolvedBonus first = claims[i];
            boolean indicatorScope = first.primary() >= 0;
            BigDecimal sum = Decimals.ZERO;
            for (; i < claims.length && sameGroup(first, claims[i]); i++) {
                InputValidator.ResolvedBonus claim = claims[i];
                sum = sum.add(claim.points());
                lines.add(bonusLine(claim));
            }
            if (indicatorScope) {
                StandardIndex.PrimaryRef primary = index.primaries[first.primary()];
                BigDecimal capped = cap(
                        sum,
                        primary.bonusCap(),
                        index.indicatorBonusRef,
                        primary.indicator().name(),
                        null,
                        lines);
                if (perPrimary == null) {
                    perPrimary = new BigDecimal[index.primaries.length];
                }
                perPrimary[first.primary()] = capped;
                total = total.add(capped);
                caps[first.primary()] = used(caps[first.primary()], sum, capped);
            } else {
                BonusRule rule = first.rule();
                BigDecimal capped = cap(
                        sum, Decimals.two(rule.cap()), Integer.toString(rule.number()), null, rule.itemText(), lines);
                total = total.add(capped);
                int slot = index.assessmentCapSlots.get(rule.number());
                caps[slot] = used(caps[slot], sum, capped);
            }
        }
        return new Result(perPrimary, total, Collections.unmodifiableList(Arrays.asList(caps)));
    }

    private static BonusCap used(BonusCap cap, BigDecimal claimed, BigDecimal awarded) {
        return new BonusCap(cap.rules(), cap.indicator(), cap.cap(), claimed, awarded);
    }

    private static boolean sameGroup(InputValidator.ResolvedBonus a, InputValidator.ResolvedBonus b) {
        return a.primary() >= 0
                ? a.primary() == b.primary()
                : b.primary() < 0 && a.rule().number() == b.rule().number();
    }

    private ExplanationLine bonusLine(InputValidator.ResolvedBonus claim) {
        BonusRule rule = claim.rule();
        String indicator = claim.primary() >= 0
                ? index.primaries[claim.primary()].indicator().name()
                : null;
        String text = "[" + rule.number() + "] " + (indicator == null ? "" : indicator + " ") + "+"
                + Decimals.text(claim.points());
        return new ExplanationLine(
                ExplanationKind.BONUS,
                Integer.toString(rule.number()),
                indicator,
                null,
                claim.points(),
                rule.itemText(),
                text,
                indicator == null ? "explanation.bonus" : "explanation.bonus.indicator",
                Explanations.args(
                        "rule", rule.number(), "indicator", indicator, "points", Decimals.text(claim.points())));
    }

    private static BigDecimal cap(
            BigDecimal sum, BigDecimal cap, String ref, String indicator, String wording, List<ExplanationLine> lines) {
        if (sum.compareTo(cap) <= 0) {
            return sum;
        }
        BigDecimal cut = sum.subtract(cap);
        String text = "[" + ref + "] " + (indicator == null ? "" : indicator + " ") + "bonus cap " + Decimals.text(cap)
                + ": -" + Decimals.text(cut);
        lines.add(new ExplanationLine(
                ExplanationKind.BONUS_CAP,
                ref,
                indicator,
                null,
                cut.negate(),
                wording,
                text,
                indicator == null ? "explanation.bonusCap" : "explanation.bonusCap.indicator",
                Explanations.args(
                        "rule", ref, "indicator", indicator, "cap", Decimals.text(cap), "cut", Decimals.text(cut))));
        return cap;
    }
}
