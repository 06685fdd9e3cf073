package com.kaoping.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail notifications, off by default; the SMTP server is Spring Boot's spring.mail.* (docs/configuration.md).
 *
 * @param enabled send each in-app notification as a mail too, to users who gave an address and did not opt out
 * @param from sender address of the mails
 * @param baseUrl address of the application as users reach it, for the link in each mail
 */
@ConfigurationProperties("kaoping.mail")
record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("kaoping@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
