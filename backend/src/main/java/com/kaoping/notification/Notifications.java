package com.kaoping.notification;

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

    /** Notifies every user of a Camunda candidate group (see {@link com.kaoping.org.CandidateGroups}). */
    void toGroup(String groupId, Kind kind, String message, Long assessmentId, String taskId);

    /** Notifies one user. */
    void toUser(String username, Kind kind, String message, Long assessmentId, String taskId);
}
