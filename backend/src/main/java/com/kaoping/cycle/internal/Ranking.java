package com.kaoping.cycle.internal;

import com.kaoping.assessment.LockedResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks locked results: total descending, every vetoed assessment after every other, equal totals sharing a
 * rank (standard competition ranking: 1, 2, 2, 4). A result whose stored content no longer matches its hash is
 * listed with {@code tampered} set, so no reader takes its rank for valid.
 */
final class Ranking {

    private Ranking() {}

    record Entry(
            int rank,
            String branch,
            long assessmentId,
            BigDecimal totalScore,
            String grade,
            boolean vetoed,
            int revision,
            boolean tampered) {}

    static List<Entry> of(List<LockedResult> results) {
        Comparator<LockedResult> order = Comparator.comparing(
                        (LockedResult r) -> r.card().vetoed())
                .thenComparing(r -> r.card().totalScore(), Comparator.reverseOrder())
                .thenComparing(LockedResult::branchCode);
        List<LockedResult> sorted = results.stream().sorted(order).toList();
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LockedResult r = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && ties(sorted.get(i - 1), r)) {
                rank = entries.get(i - 1).rank();
            }
            entries.add(new Entry(
                    rank,
                    r.branchCode(),
                    r.assessmentId(),
                    r.card().totalScore(),
                    r.card().grade(),
                    r.card().vetoed(),
                    r.revision(),
                    r.tampered()));
        }
        return entries;
    }

    private static boolean ties(LockedResult a, LockedResult b) {
        return a.card().vetoed() == b.card().vetoed()
                && a.card().totalScore().compareTo(b.card().totalScore()) == 0;
    }
}
