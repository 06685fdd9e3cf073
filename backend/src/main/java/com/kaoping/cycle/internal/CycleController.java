package com.kaoping.cycle.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.cycle.CycleProcesses;
import com.kaoping.cycle.RankedResult;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.security.CurrentUser;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cycles")
@RequiredArgsConstructor
class CycleController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final CycleService cycles;
    private final CycleMapper mapper;
    private final Assessments assessments;
    private final CycleProcesses processes;
    private final CurrentUser currentUser;
    private final StandardCatalog standards;

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CycleView> open(@RequestBody OpenCycleRequest request) {
        CycleRow row = cycles.open(request, currentUser.get());
        return ResponseEntity.created(URI.create("/api/cycles/" + row.id)).body(view(row));
    }

    @GetMapping
    List<CycleView> list() {
        return mapper.list().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    CycleView get(@PathVariable long id) {
        return view(cycles.get(id));
    }

    /**
     * The cycle's ranking, each entry with its branch's {@code name}; optionally searched ({@code q}),
     * sorted ({@code sort}) and paged ({@code page}, {@code size}), the number of matching entries in
     * {@code X-Total-Count} (docs/scale.md). Without parameters: every entry in rank order. Ranks are the cycle's.
     */
    @GetMapping("/{id}/ranking")
    ResponseEntity<List<Ranking.Entry>> ranking(
            @PathVariable long id,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort) {
        RankingQuery query = RankingQuery.of(page, size, q, sort);
        List<RankedResult> ranked = cycles.ranking(id, currentUser.get());
        Map<String, String> names = cycles.branchNames(
                ranked.stream().map(r -> r.result().branchCode()).toList());
        RankingQuery.Page result = query.apply(Ranking.of(ranked, names));
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Integer.toString(result.total()))
                .body(result.entries());
    }

    /**
     * What-if: the cycle's locked results scored under another standard version (default: the newest version of the
     * cycle's standard), read only. Clauses, rules and indicators the version lacks are listed per branch.
     */
    @GetMapping("/{id}/rescore")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    Rescore.Result rescore(
            @PathVariable long id,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String version) {
        CycleRow cycle = cycles.get(id);
        Map<String, Integer> counts = assessments.counts(id);
        if (counts.get("opened") == 0 || !counts.get("opened").equals(counts.get("locked"))) {
            throw new ConflictException(
                    "problem.cycle.notLocked",
                    "cycle",
                    id,
                    "locked",
                    counts.get("locked"),
                    "opened",
                    counts.get("opened"));
        }
        String code = standard == null || standard.isBlank() ? cycle.standardCode : standard.strip();
        int v;
        if (version == null || version.isBlank()) {
            v = standards.get(code).version();
        } else {
            try {
                v = Integer.parseInt(version.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("version", "problem.version.number", "value", version);
            }
        }
        ScoringEngine engine;
        try {
            engine = standards.engine(code, v);
        } catch (NotFoundException e) {
            throw new BadRequestException(version == null ? "standard" : "version", e.text());
        }
        return Rescore.of(id, cycle.standardCode, cycle.standardVersion, assessments.lockedResults(id), engine);
    }

    private CycleView view(CycleRow row) {
        Map<String, Integer> counts = assessments.counts(row.id);
        return new CycleView(
                row.id,
                row.cycleYear,
                row.quarter,
                row.standardCode,
                row.standardVersion,
                row.status,
                row.branchCount,
                counts.get("opened"),
                counts.get("locked"),
                processes.waitingPerTask(row.id),
                row.selfAssessmentDue,
                row.reviewDue,
                row.bonusDue,
                row.confirmationDue,
                row.publicityPeriod,
                row.rectificationDays,
                row.createdAt,
                row.createdBy,
                row.publishedAt,
                row.finalisedAt);
    }

    /**
     * A cycle with its progress: {@code opened} of {@code branches} assessments exist, {@code waiting} per task
     * key how many wait there, {@code locked} how many are signed off.
     */
    record CycleView(
            long id,
            int year,
            int quarter,
            String standard,
            int standardVersion,
            String status,
            int branches,
            int opened,
            int locked,
            Map<String, Integer> waiting,
            Instant selfAssessmentDue,
            Instant reviewDue,
            Instant bonusDue,
            Instant confirmationDue,
            String publicityPeriod,
            int rectificationDays,
            Instant createdAt,
            String createdBy,
            Instant publishedAt,
            Instant finalisedAt) {}
}
