package com.kaoping.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.web.Text;
import com.kaoping.web.internal.TestTexts;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail notifications through a real SMTP conversation with an in-process server (GreenMail). */
class MailNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final InMemoryPreferences preferences = new InMemoryPreferences();

    private MailNotifier notifier(boolean enabled) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return new MailNotifier(
                new MailProperties(enabled, "kaoping@example.cn", "https://kaoping.example.cn"),
                preferences,
                sender,
                Runnable::run,
                TestTexts.texts());
    }

    @Test
    void eachRecipientGetsTheMailInTheirLanguageUnlessTheyOptedOut() throws Exception {
        preferences.put("branch01", "b01@example.cn", "zh-CN", true);
        preferences.put("reviewer-org", "org@example.cn", "en", true);
        preferences.put("branch02", "b02@example.cn", "zh-CN", false);
        // branch03 gave no address

        notifier(true)
                .notify(
                        List.of("branch01", "reviewer-org", "branch02", "branch03"),
                        Kind.ASSIGNED,
                        Text.of(
                                "notification.assigned",
                                "task",
                                Text.of("task.selfAssessment"),
                                "branch",
                                "B01",
                                "branchName",
                                "第一党总支"),
                        42L);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : received) {
            byRecipient.put(m.getAllRecipients()[0].toString(), m);
        }
        MimeMessage chinese = byRecipient.get("b01@example.cn");
        assertThat(chinese.getSubject()).isEqualTo("【考评】新的待办：自评 · 第一党总支");
        assertThat(GreenMailUtil.getBody(chinese)).isNotBlank();
        assertThat(chinese.getContent().toString()).contains("请登录考评系统查看：https://kaoping.example.cn/#/assessments/42");
        assertThat(chinese.getFrom()[0].toString()).isEqualTo("kaoping@example.cn");
        MimeMessage english = byRecipient.get("org@example.cn");
        assertThat(english.getSubject()).isEqualTo("[Kaoping] New task: Self-assessment · 第一党总支");
        assertThat(english.getContent().toString()).contains("turn mail notifications off");
    }

    @Test
    void everyKindHasASubjectInBothLanguages() throws Exception {
        preferences.put("leader", "leader@example.cn", "en", true);
        preferences.put("branch01", "b01@example.cn", "zh-CN", true);
        MailNotifier notifier = notifier(true);
        for (Kind kind : List.of(Kind.RETURNED, Kind.REMINDER, Kind.OVERDUE, Kind.PUBLISHED, Kind.OBJECTION)) {
            notifier.notify(
                    List.of("leader", "branch01"),
                    kind,
                    kind == Kind.PUBLISHED ? Text.of("notification.published") : Text.verbatim(kind.name()),
                    null);
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(10);
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects)
                .allMatch(subject -> subject.matches("(\\[Kaoping] |【考评】).+"))
                .contains(
                        "[Kaoping] Results published",
                        "【考评】考核结果已公示",
                        "[Kaoping] OBJECTION",
                        "【考评】OBJECTION",
                        "【考评】RETURNED",
                        "[Kaoping] OVERDUE")
                .doesNotHaveDuplicates();
    }

    @Test
    void offByDefaultNothingIsSent() {
        preferences.put("branch01", "b01@example.cn", "zh-CN", true);
        notifier(false).notify(List.of("branch01"), Kind.PUBLISHED, Text.of("notification.published"), null);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    /** kp_user_preference as the notifier reads it. */
    static final class InMemoryPreferences implements PreferenceMapper {
        private final Map<String, PreferenceRow> rows = new HashMap<>();

        void put(String username, String email, String language, boolean enabled) {
            PreferenceRow row = PreferenceRow.defaults(username);
            row.email = email;
            row.language = language;
            row.mailEnabled = enabled;
            upsert(row);
        }

        @Override
        public PreferenceRow find(String username) {
            return rows.get(username);
        }

        @Override
        public List<PreferenceRow> mailRecipients(Collection<String> usernames) {
            return usernames.stream()
                    .map(rows::get)
                    .filter(r -> r != null && r.mailEnabled && r.email != null)
                    .toList();
        }

        @Override
        public void upsert(PreferenceRow row) {
            rows.put(row.username, row);
        }
    }
}
