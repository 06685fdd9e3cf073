package com.kaoping.notification;

import com.kaoping.web.Text;

/** In-app notifications (GET /api/notifications). */
public interface Notifications {

    /** What a notification is about. */
    enum Kind {
        ASSIGNED,
        RETURNED,
        REMINDER,
        OVERDUE,
        LOCKED,
        PUBLISHED,
        OBJECTION,
        /** a locked result no longer matches its hash (for administrators) */
        TAMPERED
    }

    /**
     * Notifies every user of a Camunda candidate group (see {@link com.kaoping.org.CandidateGroups}). The message is
     * kept as its code and arguments and shown in each reader's language (docs/i18n.md).
     */
    void toGroup(String groupId, Kind kind, Text message, Long assessmentId, String taskId);

    /**
     * Like {@link #toGroup(String, Kind, Text, Long, String)}, folded in each member's inbox with the other unread
     * notifications of the same grouping: one entry per cycle and stage with a count (docs/scale.md).
     */
    void toGroup(String groupId, Kind kind, Text message, Long assessmentId, String taskId, Grouping grouping);

    /**
     * @param key what the notifications of one entry share, e.g. {@code ASSIGNED:12:departmentReview}
     * @param text what the entry shows beside its count
     * @param cycleId the cycle the entry leads to, with {@code taskKey}
     */
    record Grouping(String key, Text text, Long cycleId, String taskKey) {}

    /** Notifies one user. */
    void toUser(String username, Kind kind, Text message, Long assessmentId, String taskId);
}
