package com.kaoping.workflow.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The task list's index (V96, docs/scale.md), kept by {@link Worklist} and repaired by {@link WorkItemReconciler}. */
@Mapper
interface WorkItemMapper {

    void insert(@Param("items") List<WorkItem> items);

    int deleteTask(@Param("taskId") String taskId);

    /** Every row's key. */
    List<Key> keys();

    /** Every open task's candidate groups in Camunda's runtime tables. */
    List<Key> candidateLinks();

    int delete(@Param("taskId") String taskId, @Param("groupId") String groupId);

    /** A row's primary key: a task and one of its candidate groups. */
    record Key(String taskId, String groupId) {}

    /** Rows for open tasks' candidate groups that have none: tasks opened before V96, or written around Kaoping. */
    int insertMissing();
}
