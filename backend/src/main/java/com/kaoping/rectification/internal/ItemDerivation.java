package com.kaoping.rectification.internal;

import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which items a locked result opens (docs/rectification.md, "Items"): one per clause whose explanation lines cost
 * points in the final score card, with what it cost after its cap — a DEDUCTION line less its CAP line — and one per
 * ZERO_OUT and VETO line (a veto costs no points, and still must be rectified). A FLOOR line belongs to a secondary
 * indicator, not to a clause, and leaves the clauses' own deductions as they are. Pure: no Spring, no database.
 */
final class ItemDerivation {

    static final String DEDUCTION = "DEDUCTION";
    static final String ZERO_OUT = "ZERO_OUT";
    static final String VETO = "VETO";

    /**
     * An item to open.
     *
     * @param clause a clause id, or a veto rule's number
     * @param note   the reviewer's (else the branch's) note on the finding, or the veto's reason
     */
    record Derived(String clause, String kind, String wording, BigDecimal deduction, String note, String department) {}

    private ItemDerivation() {}

    /**
     * @param notes          by clause id (or veto rule number): the note to carry over
     * @param vetoDepartment checks the items of veto rules 89–97, which belong to no indicator
     */
    static List<Derived> derive(ScoreCard card, Ownership ownership, Map<String, String> notes, String vetoDepartment) {
        Map<String, Derived> byRef = new LinkedHashMap<>();
        for (ExplanationLine line : card.explanation()) {
            String kind = switch (line.kind()) {
                case DEDUCTION, CAP -> DEDUCTION;
                case ZERO_OUT -> ZERO_OUT;
                case VETO -> VETO;
                default -> null; // FLOOR, BONUS, BONUS_CAP: not a clause's deduction
            };
            if (kind == null) {
                continue;
            }
            String ref = line.ref();
            BigDecimal lost = line.points().negate();
            Derived before = byRef.get(ref);
            if (before != null) {
                byRef.put(
                        ref,
                        new Derived(
                                ref,
                                before.kind(),
                                before.wording(),
                                before.deduction().add(lost),
                                before.note(),
                                before.department()));
                continue;
            }
            String department = ownership.departmentOf(ref);
            byRef.put(
                    ref,
                    new Derived(
                            ref,
                            kind,
                            line.wording(),
                            lost,
                            notes.get(ref),
                            department == null ? vetoDepartment : department));
        }
        List<Derived> out = new ArrayList<>();
        for (Derived d : byRef.values()) {
            out.add(new Derived(
                    d.clause(),
                    d.kind(),
                    d.wording(),
                    d.deduction().setScale(2, RoundingMode.HALF_UP),
                    d.note(),
                    d.department()));
        }
        return out;
    }
}
