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

    /** Notifies one user. */
    void toUser(String username, Kind kind, Text message, Long assessmentId, String taskId);
}
