package com.kaoping.standard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Counts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview body: {@code standard} (a code) and {@code version} choose the engine, both optional. Counts arrive as decimals so that 2.5 is refused by name rather than
 * truncated; a veto is a rule number ({@code [89]}) or an object ({@code [{"rule": 89, "reason": "…"}]}).
 */
record PreviewRequest(
        String standard,
        Integer version,
        List<FindingEntry> findings,
        List<BonusEntry> bonuses,
        List<JsonNode> vetoes) {

    record FindingEntry(String clause, BigDecimal count, String note) {}

    record BonusEntry(
            Integer rule,
            String indicator,

            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = com.kaoping.web.Points.class)
            BigDecimal points,

            String note) {}

    ScoringInput toInput() {
        return new ScoringInput(toFindings(), toBonuses(), toVetoes());
    }

    private List<Finding> toFindings() {
        List<Finding> out = new ArrayList<>();
        List<FindingEntry> entries = findings == null ? List.of() : findings;
        for (int i = 0; i < entries.size(); i++) {
            FindingEntry entry = entries.get(i);
            if (entry == null) {
                throw new BadRequestException("findings[" + i + "]", "problem.entry.empty");
            }
            out.add(new Finding(entry.clause(), Counts.toLong(entry.count(), "findings[" + i + "].count")));
        }
        return out;
    }

    private List<BonusClaim> toBonuses() {
        List<BonusClaim> out = new ArrayList<>();
        List<BonusEntry> entries = bonuses == null ? List.of() : bonuses;
        for (int i = 0; i < entries.size(); i++) {
            BonusEntry entry = entries.get(i);
            if (entry == null || entry.rule() == null) {
                throw new BadRequestException("bonuses[" + i + "].rule", "problem.required");
            }
            out.add(new BonusClaim(entry.rule(), entry.indicator(), entry.points()));
        }
        return out;
    }

    private List<VetoClaim> toVetoes() {
        List<VetoClaim> out = new ArrayList<>();
        List<JsonNode> entries = vetoes == null ? List.of() : vetoes;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode node = entries.get(i);
            JsonNode rule = node != null && node.isObject() ? node.get("rule") : node;
            if (rule == null || !rule.canConvertToInt() || !rule.isIntegralNumber()) {
                throw new BadRequestException("vetoes[" + i + "]", "problem.veto.ruleNumber");
            }
            String reason = node.isObject() && node.hasNonNull("reason")
                    ? node.get("reason").asText()
                    : null;
            out.add(new VetoClaim(rule.intValue(), reason));
        }
        return out;
    }
}
