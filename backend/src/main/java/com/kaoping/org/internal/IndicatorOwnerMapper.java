package com.kaoping.org.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IndicatorOwnerMapper {

    /** The configured department of a primary indicator, or null. */
    String departmentOf(@Param("primaryName") String primaryName);

    List<Row> listAll();

    int delete(@Param("primaryName") String primaryName);

    void insert(
            @Param("primaryName") String primaryName,
            @Param("department") String department,
            @Param("actor") String actor);

    /** A row of kp_indicator_owner. */
    class Row {
        String primaryName;
        String department;
    }
}
