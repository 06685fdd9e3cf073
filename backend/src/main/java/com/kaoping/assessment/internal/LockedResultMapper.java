package com.kaoping.assessment.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The append-only, hash-chained locked results. */
@Mapper
interface LockedResultMapper {

    /** The newest hash of the chain, locking the head row until the transaction ends. */
    String lockChainHead();

    void moveChainHead(@Param("hash") String hash);

    String chainHead();

    void insert(LockedResultRow row);

    LockedResultRow latest(@Param("assessmentId") long assessmentId);

    List<LockedResultRow> revisions(@Param("assessmentId") long assessmentId);

    List<LockedResultRow> latestOf(@Param("ids") Collection<Long> assessmentIds);

    List<LockedResultRow> latestOfCycle(@Param("cycleId") long cycleId);

    LockedResultRow next(@Param("id") long id);

    /** For each of the links, the previous hash and hash version of the link after it (null when it is the last). */
    List<Successor> successors(@Param("ids") Collection<Long> ids);

    /** The link after {@code id} as {@link ResultChain#intactOf} needs it. */
    record Successor(long id, String previousHash, Integer hashVersion) {}

    int recordTamperAlert(@Param("id") long id);

    /** The whole chain in order, in pages. */
    List<LockedResultRow> chainPage(@Param("afterId") long afterId, @Param("limit") int limit);
}
