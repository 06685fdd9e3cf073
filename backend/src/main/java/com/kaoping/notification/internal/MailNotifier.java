package com.kaoping.notification.internal;

import com.kaoping.notification.Notifications.Kind;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a notification as a mail as well (kaoping.mail.enabled), to each recipient who gave an address and did not
 * opt out, in the recipient's language (mail_*.properties, one subject per {@link Kind}). Mails leave once the
 * transaction that notified commits, off the request's thread: a rolled-back completion mails nobody, and a slow
 * SMTP server slows nobody down. A failed mail is logged; the in-app notification stands.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final MailProperties properties;
    private final PreferenceMapper preferences;
    private final JavaMailSender sender;
    private final Executor executor;
    private final Texts texts;
    private final MessageSource messages = messages();

    @Autowired
    MailNotifier(
            MailProperties properties,
            PreferenceMapper preferences,
            ObjectProvider<JavaMailSender> sender,
            TaskExecutor applicationTaskExecutor,
            Texts texts) {
        this(properties, preferences, sender.getIfAvailable(), applicationTaskExecutor, texts);
    }

    MailNotifier(
            MailProperties properties,
            PreferenceMapper preferences,
            JavaMailSender sender,
            Executor executor,
            Texts texts) {
        if (properties.enabled() && sender == null) {
            throw new IllegalStateException("kaoping.mail.enabled=true needs an SMTP server: set spring.mail.host");
        }
        this.properties = properties;
        this.preferences = preferences;
        this.sender = sender;
        this.executor = executor;
        this.texts = texts;
    }

    void notify(Collection<String> usernames, Kind kind, Text message, Long assessmentId) {
        send(usernames, kind, message, assessmentId, "mail.body");
    }

    /**
     * One mail for a grouping of notifications (one cycle and stage, docs/scale.md): its text, a link to the start
     * page and the note that more of the kind are gathered in the inbox rather than mailed one by one.
     */
    void notifyGrouped(Collection<String> usernames, Kind kind, Text groupText) {
        send(usernames, kind, groupText, null, "mail.body.grouped");
    }

    private void send(Collection<String> usernames, Kind kind, Text message, Long assessmentId, String body) {
        if (!properties.enabled() || usernames.isEmpty()) {
            return;
        }
        List<SimpleMailMessage> mails = preferences.mailRecipients(usernames).stream()
                .map(p -> mail(p, kind, message, assessmentId, body))
                .toList();
        if (mails.isEmpty()) {
            return;
        }
        Runnable send = () -> executor.execute(() -> mails.forEach(this::send));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private SimpleMailMessage mail(PreferenceRow to, Kind kind, Text text, Long assessmentId, String body) {
        Locale locale = Texts.supported(to.language);
        String message = texts.render(text, locale);
        String link = properties.baseUrl() + (assessmentId == null ? "/" : "/#/assessments/" + assessmentId);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(to.email);
        mail.setSubject(messages.getMessage("mail.subject." + kind.name(), new Object[] {message}, locale));
        mail.setText(messages.getMessage(body, new Object[] {message, link}, locale));
        return mail;
    }

    private void send(SimpleMailMessage mail) {
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Mail to {} not sent: {}", String.join(",", mail.getTo()), e.getMessage());
        }
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("com/kaoping/notification/internal/mail");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
