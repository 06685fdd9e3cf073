package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications stored in kp_notification. Writes join the caller's transaction (a task completion, a timer
 * job), so a rolled-back completion leaves no notification about it behind.
 */
@Service
@RequiredArgsConstructor
class MyBatisNotifications implements Notifications {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_LISTED = 100;
    private static final Logger log = LoggerFactory.getLogger(MyBatisNotifications.class);

    private final NotificationMapper mapper;
    private final UserDirectory directory;
    private final MailNotifier mail;
    private final Texts texts;

    @Override
    @Transactional
    public void toGroup(String groupId, Kind kind, Text message, Long assessmentId, String taskId) {
        toGroup(groupId, kind, message, assessmentId, taskId, null);
    }

    @Override
    @Transactional
    public void toGroup(String groupId, Kind kind, Text message, Long assessmentId, String taskId, Grouping grouping) {
        List<String> members =
                directory.membersOf(groupId).stream().map(UserAccount::username).toList();
        if (members.isEmpty()) {
            // an empty group must not fail the task completion that notifies it
            log.warn("No one to notify in group {} ({})", groupId, kind);
            return;
        }
        insert(members, kind, message, assessmentId, taskId, grouping);
    }

    @Override
    @Transactional
    public void toUser(String username, Kind kind, Text message, Long assessmentId, String taskId) {
        Objects.requireNonNull(username, "username");
        insert(List.of(username), kind, message, assessmentId, taskId, null);
    }

    private void insert(
            List<String> usernames, Kind kind, Text message, Long assessmentId, String taskId, Grouping grouping) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        // the message column keeps the Chinese text for readers of the table; the code and arguments are the truth
        String text = chinese(message);
        String args = TextJson.args(message);
        String group = grouping == null ? null : chinese(grouping.text());
        // whole seconds: MySQL rounds and MariaDB truncates fractions in a TIMESTAMP column
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // a grouping mails once until it is read: whoever has an unread notification of it was mailed already
        List<String> unmailed = grouping == null
                ? usernames
                : usernames.stream()
                        .filter(Predicate.not(Set.copyOf(mapper.unreadOfGroup(usernames, grouping.key()))::contains))
                        .toList();
        mapper.insertAll(usernames.stream()
                .map(u -> new NotificationRow(u, kind, text, message.code(), args, assessmentId, taskId, now)
                        .grouped(grouping, group))
                .toList());
        if (grouping == null) {
            mail.notify(usernames, kind, message, assessmentId);
        } else {
            mail.notifyGrouped(unmailed, kind, grouping.text());
        }
    }

    private String chinese(Text text) {
        String chinese = texts.render(text, Texts.ZH_CN);
        return chinese.length() > MAX_MESSAGE ? chinese.substring(0, MAX_MESSAGE) : chinese;
    }

    /**
     * Newest first, at most {@link #MAX_LISTED}, in the reader's language: the notifications of one grouping as one
     * entry (its newest, with the count) for the unread and one for the read, everything else as it is
     * (docs/scale.md).
     */
    List<NotificationView> listFor(String username, boolean unreadOnly) {
        Map<Long, Integer> counts = new HashMap<>();
        mapper.groups(username, unreadOnly).forEach(g -> counts.put(g.id, g.itemCount));
        List<NotificationRow> rows = new ArrayList<>(mapper.listFor(username, unreadOnly, MAX_LISTED));
        if (!counts.isEmpty()) {
            rows.addAll(mapper.byIds(username, counts.keySet()));
            rows.sort(Comparator.comparing((NotificationRow r) -> r.createdAt)
                    .thenComparing(r -> r.id)
                    .reversed());
        }
        return rows.stream()
                .limit(MAX_LISTED)
                .map(r -> r.toView(texts, counts.getOrDefault(r.id, 1)))
                .toList();
    }

    /** @return false when the user owns no notification with this id */
    @Transactional
    boolean markRead(long id, String username) {
        NotificationRow row = mapper.findOwned(id, username);
        if (row == null) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (row.groupKey != null && row.readAt == null) {
            // the entry stood for every unread notification of its grouping
            mapper.markGroupRead(username, row.groupKey, now);
        } else {
            mapper.markRead(id, username, now);
        }
        return true;
    }

    @Transactional
    int markAllRead(String username) {
        return mapper.markAllRead(username, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
