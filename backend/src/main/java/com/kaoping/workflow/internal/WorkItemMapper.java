package com.kaoping.workflow.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The task list's index (V96, docs/scale.md), kept by {@link Worklist} and repaired by {@link WorkItemReconciler}. */
@Mapper
interface WorkItemMapper {

    void insert(@Param("items") List<WorkItem> items);

    int deleteTask(@Param("taskId") String taskId);

    /** Rows whose task or candidate link is gone from Camunda's runtime tables. */
    int deleteOrphans();

    /** Rows for open tasks' candidate groups that have none: tasks opened before V96, or written around Kaoping. */
    int insertMissing();
}
