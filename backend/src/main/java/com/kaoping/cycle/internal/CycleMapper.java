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

    List<CycleRow> ofYear(@Param("year") int year);

    void insert(CycleRow row);

    void insertBranches(@Param("cycleId") long cycleId, @Param("codes") List<String> codes);

    List<String> branchCodes(@Param("cycleId") long cycleId);

    int branchCount(@Param("cycleId") long cycleId);

    /** The batch size fixed when the cycle was opened (V95). */
    int openingBatchSize(@Param("cycleId") long cycleId);

    List<String> branchCodesPage(
            @Param("cycleId") long cycleId, @Param("offset") int offset, @Param("limit") int limit);

    /** Locks the cycle's row until the end of the transaction; returns its id, or null when there is none. */
    Long lockForUpdate(@Param("id") long id);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void setStatus(@Param("id") long id, @Param("status") String status);

    void insertObjection(ObjectionRow row);

    ObjectionRow findObjection(@Param("id") long id);

    List<ObjectionRow> objections(@Param("cycleId") long cycleId);

    void answerObjection(ObjectionRow row);
}
