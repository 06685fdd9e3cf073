package com.kaoping.bench;

import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of scoring one card: 20 findings over 15 secondaries (two clause caps, one floor)
 * and 2 bonuses (one cut by its cap). Target: ≥ 100,000 cards/s on one core (docs/benchmarks.md).
 * <p>
 * {@code standard} picks the standard scored against; only {@code synthetic} exists for now.
 * Once the shipped YAML file has a loader, add a value (e.g. {@code shipped}) that loads it here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringEngineBenchmark {

    @Param({"synthetic"})
    public String standard;

    private ScoringEngine engine;
    private ScoringInput input;

    @Setup
    public void setUp() {
        Standard s = switch (standard) {
            case "synthetic" -> SyntheticStandard.build();
            default -> throw new IllegalArgumentException("unknown standard " + standard);
        };
        Map<String, Clause> clauses = new HashMap<>();
        for (PrimaryIndicator p : s.primaries()) {
            for (SecondaryIndicator sec : p.secondaries()) {
                for (ScoringItem item : sec.items()) {
                    for (Rule rule : item.rules()) {
                        rule.clauses().forEach(c -> clauses.put(c.id(), c));
                    }
                }
            }
        }
        if (standard.equals("synthetic") && clauses.size() != 170) {
            throw new IllegalStateException("expected 170 clauses, got " + clauses.size());
        }
        engine = new ScoringEngine(s);

        // {clause, count for a per-unit clause}; flat clauses get count 1
        Object[][] spec = {
                {"1.1", 1}, {"2.1", 8}, {"3.1", 1},          // 加强政治理论学习 2: 0.5 + 1.6 + 0.5 = 2.6 → floor
                {"69.1", 5}, {"79.2", 3},                     // 1.0 → cap 0.6; 1.5 → cap 1
                {"4.1", 2}, {"16.1", 2}, {"17.2", 2}, {"19.1", 2}, {"25.2", 2}, {"31.4", 2}, {"32.5", 2},
                {"34.1", 2}, {"40.2", 2}, {"44.3", 2}, {"53.2", 2}, {"57.3", 2}, {"63.1", 2}, {"73.2", 2},
                {"82.1", 2}};
        List<Finding> findings = new ArrayList<>();
        for (Object[] f : spec) {
            Clause c = clauses.get((String) f[0]);
            findings.add(new Finding(c.id(), c.kind() == ClauseKind.PER_UNIT ? (int) f[1] : 1));
        }
        List<BonusClaim> bonuses = List.of(new BonusClaim(85, "组织工作", new BigDecimal("2.5")),
                new BonusClaim(88, null, new BigDecimal("1")));
        input = new ScoringInput(findings, bonuses, List.of());

        // fail fast rather than benchmark the wrong thing
        ScoreCard card = engine.score(input);
        if (card.explanation().stream().noneMatch(l -> l.kind().name().equals("FLOOR"))
                || card.explanation().stream().filter(l -> l.kind().name().equals("CAP")).count() != 2) {
            throw new IllegalStateException("benchmark input lost its floor or caps: " + card.explanation());
        }
    }

    @Benchmark
    public ScoreCard scoreCard() {
        return engine.score(input);
    }
}
