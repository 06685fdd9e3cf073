package com.kaoping.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Where a cycle stands (docs/scale.md): its assessments, their open steps from the task list's index, and 催办 records. */
@Mapper
interface CycleBoardMapper {

    /** Every assessment of the cycle by branch code, with its branch's name (no task fields). */
    List<BoardRow> assessments(@Param("cycleId") long cycleId);

    /** The open steps of one cycle's assessments, as the task list's index (V96) has them. */
    record CycleTasks(long cycleId) {
        /** The assessment process's steps, the task keys read. */
        public List<String> steps() {
            return CycleBoard.STEPS;
        }
    }

    /** Per assessment and task key open now, the earliest due date of those tasks. */
    List<StageRow> openStages(@Param("cycle") CycleTasks cycle);

    /** Per candidate group, the open tasks of the cycle and how many of them are due before {@code now}. */
    List<GroupCount> groupCounts(@Param("cycle") CycleTasks cycle, @Param("now") Instant now);

    /**
     * Open tasks of the cycle's assessments, once per candidate group, by due date; {@code remindedToday} when
     * reminded on {@code today}. Only those due before {@code overdueBefore}, of {@code group} and of {@code taskKey},
     * each when it is set.
     */
    List<BoardRow> openTasks(
            @Param("cycle") CycleTasks cycle,
            @Param("today") LocalDate today,
            @Param("overdueBefore") Instant overdueBefore,
            @Param("group") String group,
            @Param("taskKey") String taskKey);

    /** 1 when this call recorded the reminder, 0 when the task was reminded on that day already. */
    int remind(
            @Param("taskId") String taskId,
            @Param("day") LocalDate day,
            @Param("cycleId") Long cycleId,
            @Param("taskKey") String taskKey,
            @Param("branchCode") String branchCode,
            @Param("groups") String groups,
            @Param("by") String by,
            @Param("at") Instant at);

    /** An assessment with one kind of task open. */
    record StageRow(long assessmentId, String taskKey, Instant earliestDue) {}

    /** A candidate group's open tasks. */
    record GroupCount(String groupId, int pending, int overdue) {}

    /** An assessment (no task fields), or one of its open tasks for one candidate group. */
    class BoardRow {
        long assessmentId;
        String branch;
        String branchName;
        boolean locked;
        String taskId;
        String taskKey;
        Instant due;
        String groupId;
        boolean remindedToday;
    }
}
