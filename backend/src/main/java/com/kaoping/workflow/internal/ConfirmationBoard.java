package com.kaoping.workflow.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.ConfirmationFigures;
import com.kaoping.cycle.CycleResults;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import com.kaoping.workflow.internal.CycleBoardMapper.BoardRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The leadership group's run through a cycle (docs/scale.md): every open {@code leadershipConfirmation} of the
 * cycle with the figures it weighs, searched, sorted and paged; and one confirmation's place in that order, so that
 * the group goes from one to the next without the list. Read like the reviewer's workbench ({@link CycleBoard}): the
 * cycle's assessments and its open confirmations (two indexed reads), and the assessments' stored figures
 * ({@link Assessments#confirmationFigures}), merged here.
 */
@Component
record ConfirmationBoard(CycleBoard board, CycleResults cycles, Assessments assessments) {

    static final String CONFIRMATION = "leadershipConfirmation";

    /** Sort keys: ascending, or descending with {@code -}; ties (and missing figures, always last) by branch code. */
    static final Map<String, Function<Entry, Comparable<?>>> SORTS = Map.of(
            "branch", Entry::branch,
            "due", Entry::due,
            "self", Entry::selfTotal,
            "reviewed", Entry::reviewedTotal,
            "difference", Entry::difference,
            "bonus", Entry::declaredPoints,
            "vetoes", Entry::vetoCount);

    /** The open confirmations of the cycle whose branch code or name contains {@code search}, in {@code sort} order. */
    List<Entry> entries(long cycleId, String search, String sort) {
        cycles.cycle(cycleId); // 404 for no such cycle
        Comparator<Entry> order = order(sort);
        String text = TaskFilter.searchText(search, "branch");
        Map<Long, ConfirmationFigures> figures = new HashMap<>();
        assessments.confirmationFigures(cycleId).forEach(f -> figures.put(f.assessmentId(), f));
        Map<String, Entry> byTask = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (BoardRow row : board.openTasks(cycleId, CONFIRMATION)) {
            if (byTask.containsKey(row.taskId)) {
                continue; // the task's second candidate group
            }
            if (text != null && !matches(row.branch, text) && !matches(row.branchName, text)) {
                continue;
            }
            byTask.put(row.taskId, Entry.of(row, figures.get(row.assessmentId), now));
        }
        List<Entry> out = new ArrayList<>(byTask.values());
        out.sort(order);
        return out;
    }

    /** Where one open confirmation stands in that order, with its neighbours; 404 when it is not in it. */
    Place place(long cycleId, String taskId, String search, String sort) {
        List<Entry> all = entries(cycleId, search, sort);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).task().equals(taskId)) {
                return new Place(
                        i,
                        all.size(),
                        all.get(i),
                        i > 0 ? all.get(i - 1) : null,
                        i + 1 < all.size() ? all.get(i + 1) : null);
            }
        }
        throw new NotFoundException("problem.confirmations.notWaiting", "task", taskId);
    }

    static Comparator<Entry> order(String sort) {
        String name = sort == null || sort.isBlank() ? "branch" : sort.strip();
        boolean descending = name.startsWith("-");
        Function<Entry, Comparable<?>> key = SORTS.get(descending ? name.substring(1) : name);
        if (key == null) {
            TreeSet<String> names = new TreeSet<>(SORTS.keySet());
            SORTS.keySet().forEach(k -> names.add("-" + k));
            throw new BadRequestException("sort", "problem.tasks.sort", "sorts", String.join(", ", names));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Entry> primary = Comparator.comparing((Function) key, Comparator.nullsLast(values));
        return primary.thenComparing(Entry::branch, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::task);
    }

    private static boolean matches(String value, String text) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(text);
    }

    /**
     * One open confirmation: {@code task} to open, the branch, the totals ({@code difference}: reviewed base minus
     * the branch's own total), bonuses declared and endorsed (points and claims), the veto clauses the reviewed
     * findings report ({@code vetoes}, {@code vetoCount}), the due date and how late it is.
     */
    record Entry(
            String task,
            long assessmentId,
            String branch,
            String name,
            BigDecimal selfTotal,
            BigDecimal reviewedBase,
            BigDecimal reviewedTotal,
            BigDecimal difference,
            BigDecimal declaredPoints,
            int declaredCount,
            BigDecimal endorsedPoints,
            int endorsedCount,
            List<String> vetoes,
            int vetoCount,
            Instant due,
            boolean overdue,
            int daysOverdue) {

        static Entry of(BoardRow row, ConfirmationFigures f, Instant now) {
            int late = CycleBoard.daysOverdue(row.due, now);
            BigDecimal self = f == null ? null : f.selfTotal();
            BigDecimal base = f == null ? null : f.reviewedBase();
            List<String> vetoes = f == null ? List.of() : f.vetoClauses();
            return new Entry(
                    row.taskId,
                    row.assessmentId,
                    row.branch,
                    row.branchName,
                    self,
                    base,
                    f == null ? null : f.reviewedTotal(),
                    self == null || base == null ? null : base.subtract(self),
                    f == null ? BigDecimal.ZERO : f.declaredPoints(),
                    f == null ? 0 : f.declaredCount(),
                    f == null ? BigDecimal.ZERO : f.endorsedPoints(),
                    f == null ? 0 : f.endorsedCount(),
                    vetoes,
                    vetoes.size(),
                    row.due,
                    late > 0,
                    late);
        }
    }

    /** {@code position} from 0 among {@code total}; {@code previous} and {@code next} null at either end. */
    record Place(int position, int total, Entry entry, Entry previous, Entry next) {}
}
