package com.kaoping.cycle.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.cycle.CycleProcesses;
import com.kaoping.security.CurrentUser;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cycles")
class CycleController {

    private final CycleService cycles;
    private final CycleMapper mapper;
    private final Assessments assessments;
    private final CycleProcesses processes;
    private final CurrentUser currentUser;

    CycleController(
            CycleService cycles,
            CycleMapper mapper,
            Assessments assessments,
            CycleProcesses processes,
            CurrentUser currentUser) {
        this.cycles = cycles;
        this.mapper = mapper;
        this.assessments = assessments;
        this.processes = processes;
        this.currentUser = currentUser;
    }

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

    @GetMapping("/{id}/ranking")
    List<Ranking.Entry> ranking(@PathVariable long id) {
        return Ranking.of(cycles.ranking(id, currentUser.get()));
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
            Instant createdAt,
            String createdBy,
            Instant publishedAt,
            Instant finalisedAt) {}
}
