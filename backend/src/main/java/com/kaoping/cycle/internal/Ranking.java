package com.kaoping.cycle.internal;

import com.kaoping.assessment.LockedResult;
import com.kaoping.cycle.RankedResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
            String name,
            long assessmentId,
            BigDecimal totalScore,
            String grade,
            Integer gradeLevel,
            boolean vetoed,
            int revision,
            boolean tampered) {}

    /** The entries in rank order, each with its branch's display name ({@code names}: code → name). */
    static List<Entry> of(List<RankedResult> ranked, Map<String, String> names) {
        return ranked.stream()
                .map(p -> new Entry(
                        p.rank(),
                        p.result().branchCode(),
                        names.getOrDefault(p.result().branchCode(), p.result().branchCode()),
                        p.result().assessmentId(),
                        p.result().card().totalScore(),
                        p.result().card().grade(),
                        p.result().card().gradeLevel(),
                        p.result().card().vetoed(),
                        p.result().revision(),
                        p.result().tampered()))
                .toList();
    }

    static List<RankedResult> rank(List<LockedResult> results) {
        Comparator<LockedResult> order = Comparator.comparing(
                        (LockedResult r) -> r.card().vetoed())
                .thenComparing(r -> r.card().totalScore(), Comparator.reverseOrder())
                .thenComparing(LockedResult::branchCode);
        List<LockedResult> sorted = results.stream().sorted(order).toList();
        List<RankedResult> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LockedResult r = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && ties(sorted.get(i - 1), r)) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new RankedResult(rank, r));
        }
        return ranked;
    }

    private static boolean ties(LockedResult a, LockedResult b) {
        return a.card().vetoed() == b.card().vetoed()
                && a.card().totalScore().compareTo(b.card().totalScore()) == 0;
    }
}
