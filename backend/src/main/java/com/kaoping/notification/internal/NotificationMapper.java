package com.kaoping.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    /** One multi-row INSERT for the whole fan-out of a group. */
    void insertAll(@Param("rows") List<NotificationRow> rows);

    /** A user's notifications, newest first, leaving out the unread ones of a grouping ({@link #unreadGroups}). */
    List<NotificationRow> listFor(
            @Param("username") String username, @Param("unreadOnly") boolean unreadOnly, @Param("limit") int limit);

    /** Only if it is the user's own: nobody learns that another user's id exists. */
    NotificationRow findOwned(@Param("id") long id, @Param("username") String username);

    int markRead(@Param("id") long id, @Param("username") String username, @Param("at") Instant at);

    /** Per grouping with unread notifications: the newest one's {@code id} and their {@code itemCount}. */
    List<NotificationRow> unreadGroups(@Param("username") String username);

    List<NotificationRow> byIds(@Param("username") String username, @Param("ids") Collection<Long> ids);

    int markGroupRead(@Param("username") String username, @Param("groupKey") String groupKey, @Param("at") Instant at);

    int markAllRead(@Param("username") String username, @Param("at") Instant at);
}
