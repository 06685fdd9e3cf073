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

    NotificationView toView() {
        return new NotificationView(id, kind, message, assessmentId, taskId, createdAt, readAt, readAt != null);
    }
}
