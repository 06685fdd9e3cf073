package com.kaoping.web.internal;

import com.kaoping.web.Texts;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's Texts over its message files, for unit tests without a Spring context. */
public final class TestTexts {

    private TestTexts() {}

    public static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new MessageTexts(
                messages, new StaticListableBeanFactory().getBeanProvider(com.kaoping.web.LanguagePreference.class));
    }
}
