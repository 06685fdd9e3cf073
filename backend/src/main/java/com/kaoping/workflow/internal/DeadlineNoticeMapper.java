package com.kaoping.workflow.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The deadline notices already sent, one per task deadline and kind. */
@Mapper
interface DeadlineNoticeMapper {

    int record(
            @Param("processInstanceId") String processInstanceId,
            @Param("taskKey") String taskKey,
            @Param("candidateGroups") String candidateGroups,
            @Param("kind") String kind,
            @Param("dueAt") Instant dueAt);
}
