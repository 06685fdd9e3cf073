package com.kaoping.report.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.LockedResult;
import com.kaoping.cycle.CycleResults;
import com.kaoping.cycle.CycleSummary;
import com.kaoping.report.YearEntry;
import com.kaoping.report.YearRankings;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Ranks the branches over the year's published quarters: each quarter's final total of the newest revision, the
 * annual score by the configured rule, a veto in any quarter vetoes the year (lowest grade, ranked after all
 * others), the grade from the bands of the standard of the year's last published quarter, equal scores sharing a
 * rank (1, 2, 2, 4).
 */
@Service
record YearRankingService(
        CycleResults cycles,
        Assessments assessments,
        StandardCatalog standards,
        BranchNames names,
        @Value("${kaoping.report.annual.rule:MEAN}") AnnualRule rule,
        @Value("${kaoping.report.annual.rounding:HALF_UP}") RoundingMode rounding)
        implements YearRankings {
    /** The year's published cycles, by quarter. */
    List<CycleSummary> published(int year) {
        return cycles.ofYear(year).stream().filter(CycleSummary::published).toList();
    }

    @Override
    public List<YearEntry> ranking(int year) {
        List<CycleSummary> published = published(year);
        if (published.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, BigDecimal>> quarters = new TreeMap<>();
        Map<String, Boolean> vetoed = new TreeMap<>();
        for (CycleSummary cycle : published) {
            for (LockedResult r : assessments.lockedResults(cycle.id())) {
                quarters.computeIfAbsent(r.branchCode(), b -> new TreeMap<>())
                        .put(Integer.toString(cycle.quarter()), r.card().totalScore());
                vetoed.merge(r.branchCode(), r.card().vetoed(), Boolean::logicalOr);
            }
        }
        CycleSummary last = published.get(published.size() - 1);
        Standard standard = standards.get(last.standardCode(), last.standardVersion());
        Map<String, String> branchNames = names.of(quarters.keySet());

        record Scored(String branch, Map<String, BigDecimal> quarters, BigDecimal score, boolean vetoed) {}
        List<Scored> scored = new ArrayList<>();
        quarters.forEach((branch, q) -> scored.add(
                new Scored(branch, q, rule.score(q.values(), published.size(), rounding), vetoed.get(branch))));
        scored.sort(Comparator.comparing(Scored::vetoed)
                .thenComparing(Scored::score, Comparator.reverseOrder())
                .thenComparing(Scored::branch));
        List<YearEntry> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i + 1;
            if (i > 0) {
                Scored before = scored.get(i - 1);
                if (before.vetoed() == s.vetoed() && before.score().compareTo(s.score()) == 0) {
                    rank = entries.get(i - 1).rank();
                }
            }
            entries.add(new YearEntry(
                    rank,
                    s.branch(),
                    branchNames.getOrDefault(s.branch(), s.branch()),
                    s.quarters(),
                    s.score(),
                    grade(standard, s.score(), s.vetoed()).grade(),
                    level(standard, grade(standard, s.score(), s.vetoed())),
                    s.vetoed()));
        }
        return entries;
    }

    /** The first band (highest minimum first) the score reaches; the lowest band when vetoed or below all. */
    static GradeBand grade(Standard standard, BigDecimal score, boolean vetoed) {
        List<GradeBand> bands = new ArrayList<>(standard.grades());
        bands.sort(Comparator.comparing(GradeBand::min).reversed());
        if (!vetoed) {
            for (GradeBand band : bands) {
                if (band.min().compareTo(score) <= 0) {
                    return band;
                }
            }
        }
        return bands.get(bands.size() - 1);
    }

    /** The band's position, highest minimum first (0 = the best band). */
    static int level(Standard standard, GradeBand band) {
        return (int) standard.grades().stream()
                .filter(b -> b.min().compareTo(band.min()) > 0)
                .count();
    }
}
