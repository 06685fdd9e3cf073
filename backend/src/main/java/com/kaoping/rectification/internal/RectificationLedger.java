package com.kaoping.rectification.internal;

import com.kaoping.cycle.CycleResults;
import com.kaoping.org.Branches;
import com.kaoping.org.OrgUnits;
import com.kaoping.org.UserAccount;
import com.kaoping.rectification.RectificationItem;
import com.kaoping.rectification.Rectifications;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of the items with per-object authorisation (docs/rectification.md, "Who sees what"): a branch its own items,
 * a reviewer its department's, the leadership group and administrators all. Asking for another branch's or
 * department's items is 403, not an empty list, so a client learns that it asked for something it may not see.
 */
@Service
record RectificationLedger(RectificationMapper mapper, CycleResults cycles, Branches branches, OrgUnits units)
        implements Rectifications {
    private static final Set<String> STATES =
            Set.of(ItemState.OPEN.name(), ItemState.PLANNED.name(), ItemState.RETURNED.name(), ItemState.CLOSED.name());

    @Override
    public List<RectificationItem> list(Filter filter, UserAccount reader) {
        String state = filter.state() == null ? null : filter.state().strip().toUpperCase(java.util.Locale.ROOT);
        if (state != null && !STATES.contains(state)) {
            throw new BadRequestException("state", "problem.rectification.state");
        }
        if (filter.cycleId() != null) {
            try {
                cycles.cycle(filter.cycleId());
            } catch (NotFoundException e) {
                throw new BadRequestException("cycle", "problem.cycle.notFound", "cycle", filter.cycleId());
            }
        }
        if (filter.branch() != null && branches.find(filter.branch()).isEmpty()) {
            throw new BadRequestException("branch", "problem.rectification.noBranch", "branch", filter.branch());
        }
        if (filter.department() != null
                && units.find(filter.department()).filter(u -> u.isDepartment()).isEmpty()) {
            throw new BadRequestException(
                    "department", "problem.rectification.noDepartmentCode", "department", filter.department());
        }
        String branch = filter.branch();
        String department = filter.department();
        switch (reader.role()) {
            case BRANCH -> {
                if (branch != null && !branch.equals(reader.branchCode())) {
                    throw new ForbiddenException("problem.rectification.ownBranch");
                }
                branch = reader.branchCode();
            }
            case REVIEWER -> {
                if (department != null && !department.equals(reader.orgUnitCode())) {
                    throw new ForbiddenException("problem.rectification.ownDepartment");
                }
                department = reader.orgUnitCode();
            }
            case LEADER, ADMIN -> {
                // everything
            }
            default -> throw new ForbiddenException("problem.forbidden");
        }
        return views(mapper.list(filter.cycleId(), branch, department, state));
    }

    /** The rows as the API shows them, with their checks. */
    List<RectificationItem> views(List<ItemRow> rows) {
        Map<Long, List<RectificationItem.Check>> checks = new HashMap<>();
        if (!rows.isEmpty()) {
            for (CheckRow c : mapper.checks(rows.stream().map(r -> r.id).toList())) {
                checks.computeIfAbsent(c.itemId, k -> new ArrayList<>())
                        .add(new RectificationItem.Check(c.decision, c.reason, c.checkedBy, c.checkedAt));
            }
        }
        Instant now = Instant.now();
        return rows.stream()
                .map(r -> view(r, checks.getOrDefault(r.id, List.of()), now))
                .collect(Collectors.toList());
    }

    static RectificationItem view(ItemRow r, List<RectificationItem.Check> checks, Instant now) {
        boolean overdue = !ItemState.CLOSED.name().equals(r.state) && r.dueAt != null && r.dueAt.isBefore(now);
        return new RectificationItem(
                r.id,
                r.assessmentId,
                r.cycleId,
                r.cycleYear,
                r.quarter,
                r.branchCode,
                r.clauseId,
                r.kind,
                r.wording,
                r.deduction,
                r.reviewNote,
                r.department,
                r.dueAt,
                r.state,
                overdue,
                r.measures,
                r.responsible,
                r.plannedDate,
                r.evidence,
                r.plannedBy,
                r.plannedAt,
                r.checkReason,
                r.checkedBy,
                r.checkedAt,
                r.closedAt,
                List.copyOf(checks));
    }
}
