package com.kaoping.notification.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    /** One multi-row INSERT for the whole fan-out of a group. */
    void insertAll(@Param("rows") List<NotificationRow> rows);

    /** A user's notifications, newest first. */
    List<NotificationRow> listFor(
            @Param("username") String username, @Param("unreadOnly") boolean unreadOnly, @Param("limit") int limit);

    /** Only if it is the user's own: nobody learns that another user's id exists. */
    NotificationRow findOwned(@Param("id") long id, @Param("username") String username);

    int markRead(@Param("id") long id, @Param("username") String username, @Param("at") Instant at);

    int markAllRead(@Param("username") String username, @Param("at") Instant at);
}
