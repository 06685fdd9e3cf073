package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.util.Map;

/** A row of kp_notification; {@code message} is the Chinese text, {@code code} and {@code args} what it says. */
class NotificationRow {
    Long id;
    String username;
    Notifications.Kind kind;
    String message;
    String code;
    String args;
    Long assessmentId;
    String taskId;
    Instant createdAt;
    Instant readAt;

    static NotificationRow of(
            String username,
            Notifications.Kind kind,
            String message,
            String code,
            String args,
            Long assessmentId,
            String taskId,
            Instant createdAt) {
        NotificationRow row = new NotificationRow();
        row.username = username;
        row.kind = kind;
        row.message = message;
        row.code = code;
        row.args = args;
        row.assessmentId = assessmentId;
        row.taskId = taskId;
        row.createdAt = createdAt;
        return row;
    }

    NotificationView toView(Texts texts) {
        Text text = TextJson.read(code, args);
        String rendered = text == null ? message : texts.render(text);
        return new NotificationView(
                id,
                kind,
                rendered,
                text == null ? null : text.code(),
                text == null ? Map.of() : text.args(),
                rendered,
                assessmentId,
                taskId,
                createdAt,
                readAt,
                readAt != null);
    }
}
