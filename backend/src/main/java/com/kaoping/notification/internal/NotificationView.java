package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import java.time.Instant;

/**
 * A notification as GET /api/notifications shows it to its owner; {@code count} above 1: the entry stands for that
 * many unread notifications of one cycle and stage ({@code cycleId}, {@code taskKey}).
 */
record NotificationView(
        long id,
        Notifications.Kind kind,
        String message,
        Long assessmentId,
        String taskId,
        Instant createdAt,
        Instant readAt,
        boolean read,
        int count,
        Long cycleId,
        String taskKey) {}
