package com.kaoping.report.internal;

import com.kaoping.cycle.CycleSummary;
import com.kaoping.cycle.RankedResult;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.PrimaryScore;
import com.kaoping.scoring.Standard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A cycle's ranking with the branches' names and each primary indicator's score: ranking.xlsx and the notice. */
record RankingTable(CycleSummary cycle, Standard standard, List<RankedResult> ranked, Map<String, String> names) {

    String name(String branch) {
        return names.getOrDefault(branch, branch);
    }

    List<String> primaries() {
        return standard.primaries().stream().map(PrimaryIndicator::name).toList();
    }

    /** The result's score of each primary indicator, in the standard's order (null where the card has none). */
    List<BigDecimal> primaryScores(RankedResult r) {
        Map<String, BigDecimal> scores = new java.util.HashMap<>();
        for (PrimaryScore p : r.result().card().indicators()) {
            scores.put(p.name(), p.score());
        }
        return primaries().stream().map(scores::get).toList();
    }
}
