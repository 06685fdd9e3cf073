package com.kaoping.bench;

import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.ExplanationKind;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.standard.StandardFileParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of scoring one card against the shipped 2021 standard ({@code standards/dzz-2021.yaml}):
 * 20 findings over 12 secondaries of all 8 primaries (two clause caps, one floor at 0) and
 * 2 bonuses (one cut by its cap). Target: ≥ 100,000 cards/s on one core (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringEngineBenchmark {

    /** Worked by hand from the seed below: 100 − 14.70 deducted; bonus 2.00 (85, capped) + 1.00 (88). */
    private static final BigDecimal EXPECTED_BASE = new BigDecimal("85.30");

    private static final BigDecimal EXPECTED_BONUS = new BigDecimal("3.00");

    private ScoringEngine engine;
    private ScoringInput input;

    @Setup
    public void setUp() {
        engine = new ScoringEngine(StandardFileParser.loadBundled());
        List<Finding> findings = List.of(
                // 加强政治理论学习 2: 0.4 + 0.3 = 0.7
                new Finding("1.1", 2),
                new Finding("2.1", 3),
                // 贯彻上级决策部署 5: 0.1 + 0.4 = 0.5
                new Finding("4.2", 1),
                new Finding("6.1", 2),
                // 推进党建重点工作 8: 2 + 1 + 1 + 4.0 + 0.5 + 1 = 9.5 → floor, −8
                new Finding("19.1", 1),
                new Finding("20.1", 1),
                new Finding("21.1", 1),
                new Finding("22.1", 40),
                new Finding("25.1", 1),
                new Finding("26.1", 1),
                // 落实意识形态工作责任制 0.5; 严格理论中心组学习 0.4; 加强新闻报道工作 0.6
                new Finding("31.4", 1),
                new Finding("32.5", 4),
                new Finding("34.1", 3),
                // 落实党风廉政建设主体责任 0.2; 围绕年度经营指标 0.3; 基础管理工作 0.4
                new Finding("44.2", 1),
                new Finding("56.2", 1),
                new Finding("57.3", 2),
                // 强化基础管理工作 2: 69.1 ×5 = 1.0 → cap 0.6, + 0.5 = 1.1
                new Finding("69.1", 5),
                new Finding("70.1", 1),
                // 群众经济工作 3: 79.2 ×3 = 1.5 → cap 1
                new Finding("79.2", 3),
                // 分公司作风建设年活动 5: 1
                new Finding("83.1", 1));
        // rule 85 on 组织工作 (20 points): 2.5 → cap 10 % = 2.0; rule 88: 1 (cap 3)
        List<BonusClaim> bonuses =
                List.of(new BonusClaim(85, "组织工作", new BigDecimal("2.5")), new BonusClaim(88, null, BigDecimal.ONE));
        input = new ScoringInput(findings, bonuses, List.of());

        // fail fast rather than benchmark the wrong thing
        ScoreCard card = engine.score(input);
        List<ExplanationLine> lines = card.explanation();
        if (card.baseScore().compareTo(EXPECTED_BASE) != 0
                || card.bonusScore().compareTo(EXPECTED_BONUS) != 0
                || card.vetoed()
                || count(lines, ExplanationKind.DEDUCTION) != 20
                || count(lines, ExplanationKind.CAP) != 2
                || count(lines, ExplanationKind.FLOOR) != 1
                || count(lines, ExplanationKind.BONUS_CAP) != 1) {
            throw new IllegalStateException("benchmark card is not the hand-worked one (base " + EXPECTED_BASE
                    + ", bonus " + EXPECTED_BONUS + ", 2 caps, 1 floor, 1 bonus cap): " + card);
        }
    }

    private static long count(List<ExplanationLine> lines, ExplanationKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).count();
    }

    @Benchmark
    public ScoreCard scoreCard() {
        return engine.score(input);
    }
}
