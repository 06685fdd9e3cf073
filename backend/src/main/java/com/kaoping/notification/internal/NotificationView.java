package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import java.time.Instant;

/** A notification as GET /api/notifications shows it to its owner. */
record NotificationView(
        long id,
        Notifications.Kind kind,
        String message,
        Long assessmentId,
        String taskId,
        Instant createdAt,
        Instant readAt,
        boolean read) {}
