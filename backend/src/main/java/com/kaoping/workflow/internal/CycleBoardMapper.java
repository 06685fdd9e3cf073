package com.kaoping.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Where a cycle stands, in one read (docs/scale.md): its assessments with their open tasks, and 催办 records. */
@Mapper
interface CycleBoardMapper {

    /** Every assessment of the cycle by branch code, with its branch's name (no task fields). */
    List<BoardRow> assessments(@Param("cycleId") long cycleId);

    /**
     * The open tasks of the cycle's assessments, once per candidate group, by due date; {@code businessKeyPrefix}
     * {@code <cycleId>-%} (the assessment processes' business key); {@code remindedToday} when reminded on
     * {@code today}; only the tasks of {@code taskKey} unless it is null.
     */
    List<BoardRow> openTasks(
            @Param("cycleId") long cycleId,
            @Param("businessKeyPrefix") String businessKeyPrefix,
            @Param("today") LocalDate today,
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

    /** A row of {@link #rows}. */
    class BoardRow {
        long assessmentId;
        String branch;
        String branchName;
        boolean locked;
        String taskId;
        String taskKey;
        String taskName;
        Instant due;
        String groupId;
        boolean remindedToday;
    }
}
