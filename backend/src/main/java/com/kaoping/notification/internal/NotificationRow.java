package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.util.Map;

/**
 * A row of kp_notification; {@code message} is the Chinese text, {@code code} and {@code args} what it says. Rows of
 * one grouping share {@code groupKey}; {@code groupCode}/{@code groupArgs} are what the grouped entry says.
 */
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
    String groupKey;
    String groupText;
    String groupCode;
    String groupArgs;
    Long groupCycleId;
    String groupTaskKey;
    /** for {@code unreadGroups}: how many unread notifications the group has ({@code id} its newest) */
    int itemCount;

    /** For MyBatis, which fills the fields from a query. */
    NotificationRow() {}

    /** A new notification for one user, not grouped (see {@link #grouped}); not yet stored ({@code id} null). */
    NotificationRow(
            String username,
            Notifications.Kind kind,
            String message,
            String code,
            String args,
            Long assessmentId,
            String taskId,
            Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.message = message;
        this.code = code;
        this.args = args;
        this.assessmentId = assessmentId;
        this.taskId = taskId;
        this.createdAt = createdAt;
    }

    /** @param chinese the grouping's text in Chinese, for readers of the table */
    NotificationRow grouped(Notifications.Grouping grouping, String chinese) {
        if (grouping != null) {
            groupKey = grouping.key();
            groupText = chinese;
            groupCode = grouping.text().code();
            groupArgs = TextJson.args(grouping.text());
            groupCycleId = grouping.cycleId();
            groupTaskKey = grouping.taskKey();
        }
        return this;
    }

    /**
     * In the reader's language; a row stored before codes shows its stored text. With {@code count} above 1 the entry
     * stands for its grouping: its text and count, leading to the task list.
     */
    NotificationView toView(Texts texts, int count) {
        if (count > 1) {
            Text group = TextJson.read(groupCode, groupArgs);
            String rendered = (group == null ? groupText : texts.render(group)) + " ×" + count;
            return new NotificationView(
                    id,
                    kind,
                    rendered,
                    group == null ? null : group.code(),
                    group == null ? Map.of() : group.args(),
                    rendered,
                    null,
                    null,
                    createdAt,
                    readAt,
                    readAt != null,
                    count,
                    groupCycleId,
                    groupTaskKey);
        }
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
                readAt != null,
                1,
                null,
                null);
    }
}
