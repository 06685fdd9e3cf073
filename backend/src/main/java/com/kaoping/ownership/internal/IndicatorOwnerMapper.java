package com.kaoping.ownership.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The ownership aggregate: kp_indicator_owner, one row per assigned primary indicator. */
@Mapper
interface IndicatorOwnerMapper {

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
