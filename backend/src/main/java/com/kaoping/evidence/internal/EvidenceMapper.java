package com.kaoping.evidence.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EvidenceMapper {

    void insert(EvidenceRow row);

    /** Oldest first, without content. */
    List<EvidenceRow> listByAssessment(@Param("assessmentId") long assessmentId);

    /** Without content. */
    EvidenceRow find(@Param("id") long id);

    EvidenceRow findWithContent(@Param("id") long id);

    int delete(@Param("id") long id);
}
