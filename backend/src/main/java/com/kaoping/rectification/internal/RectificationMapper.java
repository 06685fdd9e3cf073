package com.kaoping.rectification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RectificationMapper {

    void insert(ItemRow row);

    int countOfAssessment(@Param("assessmentId") long assessmentId);

    /** The assessment's items, locked for the user action ({@code SELECT … FOR UPDATE}), in clause order of insert. */
    List<ItemRow> ofAssessmentForUpdate(@Param("assessmentId") long assessmentId);

    List<ItemRow> ofAssessment(@Param("assessmentId") long assessmentId);

    List<ItemRow> list(
            @Param("cycleId") Long cycleId,
            @Param("branch") String branch,
            @Param("department") String department,
            @Param("state") String state);

    /** The branch's items of the latest cycle before {@code cycleId} in which the branch was assessed. */
    List<ItemRow> lastQuarter(@Param("branch") String branch, @Param("cycleId") long cycleId);

    void updatePlan(ItemRow row);

    void updateCheck(ItemRow row);

    void updateDeduction(@Param("id") long id, @Param("deduction") java.math.BigDecimal deduction);

    void insertCheck(
            @Param("itemId") long itemId,
            @Param("decision") String decision,
            @Param("reason") String reason,
            @Param("checkedBy") String checkedBy,
            @Param("checkedAt") Instant checkedAt);

    List<CheckRow> checks(@Param("itemIds") Collection<Long> itemIds);
}
