package com.kaoping.workflow.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.DecisionCount;
import com.kaoping.assessment.DepartmentFindings;
import com.kaoping.cycle.CycleResults;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.OrgUnit;
import com.kaoping.org.OrgUnits;
import com.kaoping.workflow.internal.CycleBoardMapper.BoardRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a cycle stands, per department and per branch, read in one query of the cycle's assessments and their open
 * tasks (docs/scale.md): the leadership group's dashboard and a department's review queue.
 */
@Component
record CycleBoard(
        CycleBoardMapper mapper,
        CycleResults cycles,
        Assessments assessments,
        OrgUnits orgUnits,
        @Value("${kaoping.time-zone:Asia/Shanghai}") ZoneId zone) {
    /** The assessment's steps in process order; other task keys (if any) come after them. */
    static final List<String> STEPS = List.of(
            "selfAssessment", "departmentReview", "bonusDeclaration", "bonusEndorsement", "leadershipConfirmation");

    private static final String REVIEW = "departmentReview";
    private static final Duration DAY = Duration.ofDays(1);

    Dashboard dashboard(long cycleId) {
        cycles.cycle(cycleId); // 404 for no such cycle
        Instant now = Instant.now();
        List<BoardRow> rows = rows(cycleId, null);

        Map<String, int[]> pendingOverdue = new HashMap<>(); // per candidate group: pending, overdue
        Map<String, OverdueTask> overdue = new LinkedHashMap<>();
        Map<Long, BranchAccumulator> branches = new LinkedHashMap<>();
        Map<String, Set<String>> seenTaskGroups = new HashMap<>();
        List<OrgUnit> units = orgUnits.list();
        String leadership = units.stream()
                .filter(u -> OrgUnit.LEADERSHIP.equals(u.kind()))
                .map(OrgUnit::code)
                .findFirst()
                .orElse(null);
        for (BoardRow row : rows) {
            BranchAccumulator branch = branches.computeIfAbsent(row.assessmentId, id -> new BranchAccumulator(row));
            if (row.taskId == null) {
                continue;
            }
            branch.stages.add(row.taskKey);
            int late = daysOverdue(row.due, now);
            branch.daysOverdue = Math.max(branch.daysOverdue, late);
            if (row.groupId != null
                    && seenTaskGroups
                            .computeIfAbsent(row.taskId, k -> new LinkedHashSet<>())
                            .add(row.groupId)) {
                int[] counts = pendingOverdue.computeIfAbsent(row.groupId, g -> new int[2]);
                counts[0]++;
                if (late > 0) {
                    counts[1]++;
                }
            }
            if (late > 0) {
                OverdueTask task = overdue.computeIfAbsent(
                        row.taskId,
                        id -> new OverdueTask(
                                id,
                                row.taskKey,
                                row.taskName,
                                row.branch,
                                row.branchName,
                                row.assessmentId,
                                new ArrayList<>(),
                                new ArrayList<>(),
                                row.due,
                                late,
                                row.remindedToday));
                if (row.groupId != null && !task.groups().contains(row.groupId)) {
                    task.groups().add(row.groupId);
                    task.departments().add(departmentOf(row.groupId, leadership));
                }
            }
        }

        Map<String, int[]> decided = new HashMap<>(); // per unit: done, returned
        for (DecisionCount count : assessments.decisionCounts(cycleId)) {
            String unit = "leadershipConfirmation".equals(count.step()) ? leadership : count.department();
            if (unit == null) {
                continue;
            }
            int[] d = decided.computeIfAbsent(unit, k -> new int[2]);
            d[0] += count.decided();
            d[1] += count.returned();
        }
        List<DepartmentLine> departments = new ArrayList<>();
        for (OrgUnit unit : units) {
            String group = unit.isDepartment() ? CandidateGroups.department(unit.code()) : CandidateGroups.LEADERS;
            if (!unit.isDepartment() && !OrgUnit.LEADERSHIP.equals(unit.kind())) {
                continue;
            }
            int[] open = pendingOverdue.getOrDefault(group, new int[2]);
            int[] done = decided.getOrDefault(unit.code(), new int[2]);
            departments.add(new DepartmentLine(unit.code(), unit.name(), open[0], done[0], done[1], open[1]));
        }
        List<OverdueTask> late = new ArrayList<>(overdue.values());
        late.sort(Comparator.comparingInt(OverdueTask::daysOverdue)
                .reversed()
                .thenComparing(OverdueTask::branch, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Dashboard(
                cycleId,
                now,
                departments,
                branches.values().stream().map(BranchAccumulator::line).toList(),
                late);
    }

    /** The department's review queue: every branch of the cycle with its status and its findings there. */
    List<QueueEntry> reviewQueue(long cycleId, String department) {
        cycles.cycle(cycleId);
        Instant now = Instant.now();
        String group = CandidateGroups.department(department);
        Map<Long, DepartmentFindings> findings = new HashMap<>();
        assessments.departmentFindings(cycleId, department).forEach(f -> findings.put(f.assessmentId(), f));
        Map<Long, BranchAccumulator> branches = new LinkedHashMap<>();
        Map<Long, BoardRow> reviews = new HashMap<>();
        for (BoardRow row : rows(cycleId, null)) {
            BranchAccumulator branch = branches.computeIfAbsent(row.assessmentId, id -> new BranchAccumulator(row));
            if (row.taskId != null) {
                branch.stages.add(row.taskKey);
                if (REVIEW.equals(row.taskKey) && group.equals(row.groupId)) {
                    reviews.put(row.assessmentId, row);
                }
            }
        }
        List<QueueEntry> out = new ArrayList<>(branches.size());
        for (BranchAccumulator b : branches.values()) {
            BoardRow review = reviews.get(b.assessmentId);
            DepartmentFindings own = findings.get(b.assessmentId);
            out.add(new QueueEntry(
                    b.branch,
                    b.name,
                    b.assessmentId,
                    b.locked,
                    b.orderedStages(),
                    review == null ? null : review.taskId,
                    review == null ? null : review.due,
                    review != null && daysOverdue(review.due, now) > 0,
                    own == null ? 0 : own.findings(),
                    own == null ? BigDecimal.ZERO : own.points()));
        }
        return out;
    }

    /**
     * Every assessment of the cycle by branch code, once with no task, then once per open task (of {@code taskKey}
     * only, unless null) and candidate group: two indexed reads merged here (docs/scale.md).
     */
    List<BoardRow> rows(long cycleId, String taskKey) {
        List<BoardRow> assessments = mapper.assessments(cycleId);
        Map<Long, BoardRow> byId = new HashMap<>();
        assessments.forEach(a -> byId.put(a.assessmentId, a));
        Map<Long, List<BoardRow>> tasks = new HashMap<>();
        String prefix = OpenBranchBatchDelegate.businessKey(cycleId, "") + "%";
        for (BoardRow task : mapper.openTasks(cycleId, prefix, LocalDate.now(zone), taskKey)) {
            BoardRow assessment = byId.get(task.assessmentId);
            if (assessment != null) {
                task.branch = assessment.branch;
                task.branchName = assessment.branchName;
                task.locked = assessment.locked;
                tasks.computeIfAbsent(task.assessmentId, k -> new ArrayList<>()).add(task);
            }
        }
        List<BoardRow> out = new ArrayList<>(assessments.size() + tasks.size() * 6);
        for (BoardRow assessment : assessments) {
            out.add(assessment);
            out.addAll(tasks.getOrDefault(assessment.assessmentId, List.of()));
        }
        return out;
    }

    /** Started days past the due time: 0 before it (or with none), 1 in the first 24 hours after it. */
    static int daysOverdue(Instant due, Instant now) {
        if (due == null || !due.isBefore(now)) {
            return 0;
        }
        long millis = Duration.between(due, now).toMillis();
        return (int) ((millis + DAY.toMillis() - 1) / DAY.toMillis());
    }

    /** The organisation unit a candidate group stands for; a branch's own group is the branch. */
    static String departmentOf(String group, String leadership) {
        if (group.startsWith("dept")) {
            return group.substring(4);
        }
        if (CandidateGroups.LEADERS.equals(group)) {
            return leadership;
        }
        return group.startsWith("branch") ? group.substring(6) : group;
    }

    private static final class BranchAccumulator {
        final long assessmentId;
        final String branch;
        final String name;
        final boolean locked;
        final Set<String> stages = new LinkedHashSet<>();
        int daysOverdue;

        BranchAccumulator(BoardRow row) {
            assessmentId = row.assessmentId;
            branch = row.branch;
            name = row.branchName;
            locked = row.locked;
        }

        List<String> orderedStages() {
            return stages.stream()
                    .sorted(Comparator.comparingInt(k -> STEPS.contains(k) ? STEPS.indexOf(k) : STEPS.size()))
                    .toList();
        }

        BranchLine line() {
            return new BranchLine(branch, name, assessmentId, locked, orderedStages(), daysOverdue);
        }
    }

    /** GET /api/cycles/{id}/dashboard. */
    record Dashboard(
            long cycleId,
            Instant at,
            List<DepartmentLine> departments,
            List<BranchLine> branches,
            List<OverdueTask> overdue) {}

    /** Open tasks ({@code pending}, of which {@code overdue}) and decisions taken ({@code done}, {@code returned}). */
    record DepartmentLine(String department, String name, int pending, int done, int returned, int overdue) {}

    /** {@code stages}: the task keys open now (none: locked, or between steps). */
    record BranchLine(
            String branch, String name, long assessmentId, boolean locked, List<String> stages, int daysOverdue) {}

    record OverdueTask(
            String task,
            String taskKey,
            String taskName,
            String branch,
            String branchName,
            long assessmentId,
            List<String> groups,
            List<String> departments,
            Instant due,
            int daysOverdue,
            boolean remindedToday) {}

    /** {@code reviewTask}: the department's open review of the branch, when there is one. */
    record QueueEntry(
            String branch,
            String name,
            long assessmentId,
            boolean locked,
            List<String> stages,
            String reviewTask,
            Instant due,
            boolean overdue,
            int findings,
            BigDecimal points) {}
}
