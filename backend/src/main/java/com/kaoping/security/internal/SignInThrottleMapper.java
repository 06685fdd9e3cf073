package com.kaoping.security.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SignInThrottleMapper {

    ThrottleRow find(@Param("kind") String kind, @Param("subject") String subject);

    /** Rows still relevant at {@code since}: a window or a lock that has not yet passed. */
    List<ThrottleRow> listSince(@Param("since") Instant since, @Param("now") Instant now);

    /** Counts one more failure, starting a new window when the old one began before {@code windowFloor}. */
    int countFailure(
            @Param("kind") String kind,
            @Param("subject") String subject,
            @Param("now") Instant now,
            @Param("windowFloor") Instant windowFloor);

    void insert(@Param("kind") String kind, @Param("subject") String subject, @Param("now") Instant now);

    int lock(@Param("kind") String kind, @Param("subject") String subject, @Param("lockedUntil") Instant lockedUntil);

    int delete(@Param("kind") String kind, @Param("subject") String subject);
}
