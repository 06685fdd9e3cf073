package com.kaoping.workflow.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The task list as one narrow, indexed read (docs/scale.md): Camunda's open tasks of the caller's candidate groups
 * with the assessment, branch and cycle they belong to, filtered, sorted and paged in the database.
 */
@Mapper
interface TaskListMapper {

    List<TaskListRow> page(@Param("f") TaskFilter filter, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("f") TaskFilter filter);
}
