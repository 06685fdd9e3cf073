package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import java.time.Instant;

/** A row of kp_notification. */
class NotificationRow {
    Long id;
    String username;
    Notifications.Kind kind;
    String message;
    Long assessmentId;
    String taskId;
    Instant createdAt;
    Instant readAt;
    String groupKey;
    String groupText;
    Long groupCycleId;
    String groupTaskKey;
    /** for {@code unreadGroups}: how many unread notifications the group has ({@code id} its newest) */
    int itemCount;

    static NotificationRow of(
            String username,
            Notifications.Kind kind,
            String message,
            Long assessmentId,
            String taskId,
            Instant createdAt) {
        NotificationRow row = new NotificationRow();
        row.username = username;
        row.kind = kind;
        row.message = message;
        row.assessmentId = assessmentId;
        row.taskId = taskId;
        row.createdAt = createdAt;
        return row;
    }

    NotificationRow grouped(Notifications.Grouping grouping) {
        if (grouping != null) {
            groupKey = grouping.key();
            groupText = grouping.text();
            groupCycleId = grouping.cycleId();
            groupTaskKey = grouping.taskKey();
        }
        return this;
    }

    /** With {@code count} above 1 the entry stands for its grouping: its text and count, leading to the task list. */
    NotificationView toView(int count) {
        if (count > 1) {
            return new NotificationView(
                    id,
                    kind,
                    groupText + " ×" + count,
                    null,
                    null,
                    createdAt,
                    readAt,
                    readAt != null,
                    count,
                    groupCycleId,
                    groupTaskKey);
        }
        return new NotificationView(
                id, kind, message, assessmentId, taskId, createdAt, readAt, readAt != null, 1, null, null);
    }
}
