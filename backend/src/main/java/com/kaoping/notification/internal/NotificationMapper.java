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

    /** A user's notifications, newest first, leaving out those of a grouping ({@link #groups}). */
    List<NotificationRow> listFor(
            @Param("username") String username, @Param("unreadOnly") boolean unreadOnly, @Param("limit") int limit);

    /** Only if it is the user's own: nobody learns that another user's id exists. */
    NotificationRow findOwned(@Param("id") long id, @Param("username") String username);

    int markRead(@Param("id") long id, @Param("username") String username, @Param("at") Instant at);

    /** Per grouping, the unread and the read apart: the newest one's {@code id} and their {@code itemCount}. */
    List<NotificationRow> groups(@Param("username") String username, @Param("unreadOnly") boolean unreadOnly);

    List<NotificationRow> byIds(@Param("username") String username, @Param("ids") Collection<Long> ids);

    /** Those of {@code usernames} who have an unread notification of the grouping {@code groupKey}. */
    List<String> unreadOfGroup(@Param("usernames") List<String> usernames, @Param("groupKey") String groupKey);

    int markGroupRead(@Param("username") String username, @Param("groupKey") String groupKey, @Param("at") Instant at);

    int markAllRead(@Param("username") String username, @Param("at") Instant at);
}
