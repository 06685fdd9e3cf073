package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import java.time.Instant;
import java.util.Map;

/**
 * A notification as GET /api/notifications shows it to its owner; {@code count} above 1: the entry stands for that
 * many unread notifications of one cycle and stage ({@code cycleId}, {@code taskKey}). {@code text} (and, as before,
 * {@code message}) is in the reader's language, beside its {@code code} and {@code args} (docs/i18n.md).
 */
record NotificationView(
        long id,
        Notifications.Kind kind,
        String message,
        String code,
        Map<String, Object> args,
        String text,
        Long assessmentId,
        String taskId,
        Instant createdAt,
        Instant readAt,
        boolean read,
        int count,
        Long cycleId,
        String taskKey) {}
