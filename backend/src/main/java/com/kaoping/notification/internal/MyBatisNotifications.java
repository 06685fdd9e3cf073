package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications stored in kp_notification. Writes join the caller's transaction (a task completion, a timer
 * job), so a rolled-back completion leaves no notification about it behind.
 */
@Service
class MyBatisNotifications implements Notifications {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_LISTED = 100;
    private static final Logger log = LoggerFactory.getLogger(MyBatisNotifications.class);

    private final NotificationMapper mapper;
    private final UserDirectory directory;
    private final MailNotifier mail;

    MyBatisNotifications(NotificationMapper mapper, UserDirectory directory, MailNotifier mail) {
        this.mapper = mapper;
        this.directory = directory;
        this.mail = mail;
    }

    @Override
    @Transactional
    public void toGroup(String groupId, Kind kind, String message, Long assessmentId, String taskId) {
        List<String> members =
                directory.membersOf(groupId).stream().map(UserAccount::username).toList();
        if (members.isEmpty()) {
            // an empty group must not fail the task completion that notifies it
            log.warn("No one to notify in group {} ({})", groupId, kind);
            return;
        }
        insert(members, kind, message, assessmentId, taskId);
    }

    @Override
    @Transactional
    public void toUser(String username, Kind kind, String message, Long assessmentId, String taskId) {
        Objects.requireNonNull(username, "username");
        insert(List.of(username), kind, message, assessmentId, taskId);
    }

    private void insert(List<String> usernames, Kind kind, String message, Long assessmentId, String taskId) {
        Objects.requireNonNull(kind, "kind");
        String text =
                message == null ? "" : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        // whole seconds: MySQL rounds and MariaDB truncates fractions in a TIMESTAMP column
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mapper.insertAll(usernames.stream()
                .map(u -> NotificationRow.of(u, kind, text, assessmentId, taskId, now))
                .toList());
        mail.notify(usernames, kind, text, assessmentId);
    }

    List<NotificationView> listFor(String username, boolean unreadOnly) {
        return mapper.listFor(username, unreadOnly, MAX_LISTED).stream()
                .map(NotificationRow::toView)
                .toList();
    }

    /** @return false when the user owns no notification with this id */
    @Transactional
    boolean markRead(long id, String username) {
        if (mapper.findOwned(id, username) == null) {
            return false;
        }
        mapper.markRead(id, username, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return true;
    }

    @Transactional
    int markAllRead(String username) {
        return mapper.markAllRead(username, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
