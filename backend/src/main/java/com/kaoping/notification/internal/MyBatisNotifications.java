package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import com.kaoping.web.Texts;
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
    private final Texts texts;

    MyBatisNotifications(NotificationMapper mapper, UserDirectory directory, MailNotifier mail, Texts texts) {
        this.mapper = mapper;
        this.directory = directory;
        this.mail = mail;
        this.texts = texts;
    }

    @Override
    @Transactional
    public void toGroup(String groupId, Kind kind, Text message, Long assessmentId, String taskId) {
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
    public void toUser(String username, Kind kind, Text message, Long assessmentId, String taskId) {
        Objects.requireNonNull(username, "username");
        insert(List.of(username), kind, message, assessmentId, taskId);
    }

    private void insert(List<String> usernames, Kind kind, Text message, Long assessmentId, String taskId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        // the message column keeps the Chinese text for readers of the table; the code and arguments are the truth
        String chinese = texts.render(message, Texts.ZH_CN);
        String text = chinese.length() > MAX_MESSAGE ? chinese.substring(0, MAX_MESSAGE) : chinese;
        String args = TextJson.args(message);
        // whole seconds: MySQL rounds and MariaDB truncates fractions in a TIMESTAMP column
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mapper.insertAll(usernames.stream()
                .map(u -> NotificationRow.of(u, kind, text, message.code(), args, assessmentId, taskId, now))
                .toList());
        mail.notify(usernames, kind, message, assessmentId);
    }

    /** In the reader's language; a notification stored before codes shows its stored text. */
    List<NotificationView> listFor(String username, boolean unreadOnly) {
        return mapper.listFor(username, unreadOnly, MAX_LISTED).stream()
                .map(row -> row.toView(texts))
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
