package com.kaoping.cycle.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The cycle aggregate: the cycle, its branches and its objections. */
@Mapper
interface CycleMapper {

    CycleRow find(@Param("id") long id);

    CycleRow findByQuarter(@Param("year") int year, @Param("quarter") int quarter);

    List<CycleRow> list();

    void insert(CycleRow row);

    void insertBranches(@Param("cycleId") long cycleId, @Param("codes") List<String> codes);

    List<String> branchCodes(@Param("cycleId") long cycleId);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void setStatus(@Param("id") long id, @Param("status") String status);

    void insertObjection(ObjectionRow row);

    ObjectionRow findObjection(@Param("id") long id);

    List<ObjectionRow> objections(@Param("cycleId") long cycleId);

    void answerObjection(ObjectionRow row);
}
