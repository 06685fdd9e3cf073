package com.kaoping.audit.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditEventMapper {

    void insert(AuditEventRow row);

    /** Newest first; type and actor narrow the list where given. */
    List<AuditEventRow> find(
            @Param("type") String type,
            @Param("actor") String actor,
            @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("type") String type, @Param("actor") String actor);
}
