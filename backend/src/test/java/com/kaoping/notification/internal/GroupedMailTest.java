package com.kaoping.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.kaoping.notification.Notifications.Grouping;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.UserDirectory;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Grouped notifications mail once per grouping until it is read (docs/scale.md, "Grouped notifications"): the real
 * kp_notification table on MariaDB, a real SMTP conversation (GreenMail). reviewer-union is the only member of
 * deptUNION; each run uses groupings of its own.
 */
class GroupedMailTest extends MariaDbIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotificationMapper mapper;

    @Autowired
    UserDirectory directory;

    @Autowired
    Texts texts;

    @Test
    void aGroupingMailsOnceUntilItIsReadAndUngroupedOnesMailEachTime() throws Exception {
        MailNotifierTest.InMemoryPreferences preferences = new MailNotifierTest.InMemoryPreferences();
        preferences.put("reviewer-union", "union@example.cn", "zh-CN", true);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        MailNotifier mail = new MailNotifier(
                new MailProperties(true, "kaoping@example.cn", "https://kaoping.example.cn"),
                preferences,
                sender,
                Runnable::run,
                texts);
        MyBatisNotifications notifications = new MyBatisNotifications(mapper, directory, mail, texts);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Grouping reviews = grouping("ASSIGNED:" + run + ":departmentReview", "task.departmentReview");
        Grouping endorsements = grouping("ASSIGNED:" + run + ":bonusEndorsement", "task.bonusEndorsement");

        // three branches' reviews arrive: one mail, naming the cycle and stage
        for (String branch : List.of("B01", "B02", "B03")) {
            notifications.toGroup("deptUNION", Kind.ASSIGNED, assigned(branch), 1L, "task-" + branch, reviews);
        }
        assertThat(subjects()).containsExactly("【考评】2061 年第 1 季度 · 新的待办：部门审核");
        assertThat(SMTP.getReceivedMessages()[0].getContent().toString()).contains("读过之前不再逐条发送邮件");

        // another stage is another grouping: its own mail
        notifications.toGroup("deptUNION", Kind.ASSIGNED, assigned("B01"), 1L, "e-B01", endorsements);
        assertThat(subjects()).hasSize(2).last().isEqualTo("【考评】2061 年第 1 季度 · 新的待办：加分认可");

        // read: the next review mails again
        mapper.markGroupRead("reviewer-union", reviews.key(), Instant.now());
        notifications.toGroup("deptUNION", Kind.ASSIGNED, assigned("B04"), 1L, "task-B04", reviews);
        assertThat(subjects()).hasSize(3).last().isEqualTo("【考评】2061 年第 1 季度 · 新的待办：部门审核");

        // without a grouping every notification is a mail, as before
        notifications.toGroup("deptUNION", Kind.RETURNED, Text.verbatim("退回 " + run), 1L, null, null);
        notifications.toGroup("deptUNION", Kind.RETURNED, Text.verbatim("再次退回 " + run), 1L, null, null);
        assertThat(subjects()).hasSize(5).endsWith("【考评】退回 " + run, "【考评】再次退回 " + run);

        mapper.markAllRead("reviewer-union", Instant.now());
    }

    private static Grouping grouping(String key, String task) {
        return new Grouping(
                key,
                Text.of("notification.group.assigned", "year", 2061, "quarter", 1, "task", Text.of(task)),
                null,
                null);
    }

    private static Text assigned(String branch) {
        return Text.of("notification.assigned", "task", Text.of("task.departmentReview"), "branch", branch);
    }

    private static List<String> subjects() throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            out.add(m.getSubject());
        }
        return out;
    }
}
