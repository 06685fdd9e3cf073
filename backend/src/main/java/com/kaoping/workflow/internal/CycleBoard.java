package com.kaoping.workflow.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.DecisionCount;
import com.kaoping.assessment.DepartmentFindings;
import com.kaoping.cycle.CycleResults;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.OrgUnit;
import com.kaoping.org.OrgUnits;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import com.kaoping.workflow.internal.CycleBoardMapper.BoardRow;
import com.kaoping.workflow.internal.CycleBoardMapper.CycleTasks;
import com.kaoping.workflow.internal.CycleBoardMapper.GroupCount;
import com.kaoping.workflow.internal.CycleBoardMapper.StageRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a cycle stands, per department and per branch, counted in SQL over the cycle's assessments and their open
 * tasks (docs/scale.md): the leadership group's dashboard and a department's review queue.
 */
@Component
record CycleBoard(
        CycleBoardMapper mapper,
        CycleResults cycles,
        Assessments assessments,
        OrgUnits orgUnits,
        Texts texts,
        @Value("${kaoping.time-zone:Asia/Shanghai}") ZoneId zone) {
    /** The assessment's steps in process order; other task keys (if any) come after them. */
    static final List<String> STEPS = List.of(
            "selfAssessment", "departmentReview", "bonusDeclaration", "bonusEndorsement", "leadershipConfirmation");

    private static final String REVIEW = "departmentReview";
    private static final Duration DAY = Duration.ofDays(1);

    Dashboard dashboard(long cycleId) {
        cycles.cycle(cycleId); // 404 for no such cycle
        Instant now = Instant.now();
        CycleTasks ofCycle = new CycleTasks(cycleId);
        List<OrgUnit> units = orgUnits.list();
        String leadership = units.stream()
                .filter(u -> OrgUnit.LEADERSHIP.equals(u.kind()))
                .map(OrgUnit::code)
                .findFirst()
                .orElse(null);

        Map<String, GroupCount> open = new HashMap<>();
        mapper.groupCounts(ofCycle, now).forEach(c -> open.put(c.groupId(), c));
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
            if (!unit.isDepartment() && !OrgUnit.LEADERSHIP.equals(unit.kind())) {
                continue;
            }
            String group = unit.isDepartment() ? CandidateGroups.department(unit.code()) : CandidateGroups.LEADERS;
            GroupCount tasks = open.getOrDefault(group, new GroupCount(group, 0, 0));
            int[] done = decided.getOrDefault(unit.code(), new int[2]);
            departments.add(
                    new DepartmentLine(unit.code(), unit.name(), tasks.pending(), done[0], done[1], tasks.overdue()));
        }

        Map<String, OverdueTask> overdue = new LinkedHashMap<>();
        Map<String, String> stepNames = new HashMap<>();
        for (BoardRow row : mapper.openTasks(ofCycle, LocalDate.now(zone), now, null, null)) {
            OverdueTask task = overdue.computeIfAbsent(
                    row.taskId,
                    id -> new OverdueTask(
                            id,
                            row.taskKey,
                            // in the reader's language, like the task list (docs/i18n.md)
                            stepNames.computeIfAbsent(row.taskKey, k -> texts.render(Text.of("task." + k))),
                            null,
                            null,
                            row.assessmentId,
                            new ArrayList<>(),
                            new ArrayList<>(),
                            row.due,
                            daysOverdue(row.due, now),
                            row.remindedToday));
            if (row.groupId != null && !task.groups().contains(row.groupId)) {
                task.groups().add(row.groupId);
                task.departments().add(departmentOf(row.groupId, leadership));
            }
        }
        Map<Long, BranchLine> branches = new LinkedHashMap<>();
        for (BranchLine line : branchLines(ofCycle, now)) {
            branches.put(line.assessmentId(), line);
        }
        List<OverdueTask> late = new ArrayList<>(overdue.size());
        for (OverdueTask task : overdue.values()) {
            BranchLine branch = branches.get(task.assessmentId());
            if (branch != null) {
                late.add(task.of(branch));
            }
        }
        late.sort(Comparator.comparingInt(OverdueTask::daysOverdue)
                .reversed()
                .thenComparing(OverdueTask::branch, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Dashboard(cycleId, now, departments, List.copyOf(branches.values()), late);
    }

    /** The department's review queue: every branch of the cycle with its status and its findings there. */
    List<QueueEntry> reviewQueue(long cycleId, String department) {
        cycles.cycle(cycleId);
        Instant now = Instant.now();
        CycleTasks ofCycle = new CycleTasks(cycleId);
        Map<Long, DepartmentFindings> findings = new HashMap<>();
        assessments.departmentFindings(cycleId, department).forEach(f -> findings.put(f.assessmentId(), f));
        Map<Long, BoardRow> reviews = new HashMap<>();
        String group = CandidateGroups.department(department);
        for (BoardRow row : mapper.openTasks(ofCycle, LocalDate.now(zone), null, group, REVIEW)) {
            reviews.putIfAbsent(row.assessmentId, row);
        }
        List<QueueEntry> out = new ArrayList<>();
        for (BranchLine b : branchLines(ofCycle, now)) {
            BoardRow review = reviews.get(b.assessmentId());
            DepartmentFindings own = findings.get(b.assessmentId());
            out.add(new QueueEntry(
                    b.branch(),
                    b.name(),
                    b.assessmentId(),
                    b.locked(),
                    b.stages(),
                    review == null ? null : review.taskId,
                    review == null ? null : review.due,
                    review != null && daysOverdue(review.due, now) > 0,
                    own == null ? 0 : own.findings(),
                    own == null ? BigDecimal.ZERO : own.points()));
        }
        return out;
    }

    /** The cycle's open tasks of one kind, once per candidate group, by due date, with their branches. */
    List<BoardRow> openTasks(long cycleId, String taskKey) {
        Map<Long, BoardRow> byId = new HashMap<>();
        mapper.assessments(cycleId).forEach(a -> byId.put(a.assessmentId, a));
        List<BoardRow> out = new ArrayList<>();
        for (BoardRow task : mapper.openTasks(new CycleTasks(cycleId), LocalDate.now(zone), null, null, taskKey)) {
            BoardRow assessment = byId.get(task.assessmentId);
            if (assessment != null) {
                task.branch = assessment.branch;
                task.branchName = assessment.branchName;
                task.locked = assessment.locked;
                out.add(task);
            }
        }
        return out;
    }

    /** Every assessment of the cycle by branch code, with the kinds of task open now and its days overdue. */
    private List<BranchLine> branchLines(CycleTasks ofCycle, Instant now) {
        Map<Long, List<StageRow>> stages = new HashMap<>();
        for (StageRow stage : mapper.openStages(ofCycle)) {
            stages.computeIfAbsent(stage.assessmentId(), k -> new ArrayList<>()).add(stage);
        }
        List<BoardRow> assessmentRows = mapper.assessments(ofCycle.cycleId());
        List<BranchLine> out = new ArrayList<>(assessmentRows.size());
        for (BoardRow a : assessmentRows) {
            List<StageRow> open = stages.getOrDefault(a.assessmentId, List.of());
            int late = open.stream()
                    .mapToInt(s -> daysOverdue(s.earliestDue(), now))
                    .max()
                    .orElse(0);
            List<String> keys = open.stream()
                    .map(StageRow::taskKey)
                    .sorted(Comparator.comparingInt(k -> STEPS.contains(k) ? STEPS.indexOf(k) : STEPS.size()))
                    .toList();
            out.add(new BranchLine(a.branch, a.branchName, a.assessmentId, a.locked, keys, late));
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
            boolean remindedToday) {

        OverdueTask of(BranchLine line) {
            return new OverdueTask(
                    task,
                    taskKey,
                    taskName,
                    line.branch(),
                    line.name(),
                    assessmentId,
                    groups,
                    departments,
                    due,
                    daysOverdue,
                    remindedToday);
        }
    }

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
