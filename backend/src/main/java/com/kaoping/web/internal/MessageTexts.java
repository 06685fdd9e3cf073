package com.kaoping.web.internal;

import com.kaoping.web.LanguagePreference;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link Texts} on Spring's MessageSource ({@code spring.messages.basename}). Patterns name their arguments
 * ({@code {branch}}); they are looked up without arguments, so MessageFormat's quoting never applies and a pattern
 * is written as it reads (docs/i18n.md).
 */
@Component
record MessageTexts(MessageSource messages, ObjectProvider<LanguagePreference> preference) implements Texts {
    private static final Logger log = LoggerFactory.getLogger(MessageTexts.class);
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private static final String RESOLVED = MessageTexts.class.getName() + ".locale";

    /**
     * The request's {@code Accept-Language} when it names zh or en, else the user's choice, else zh-CN; outside a
     * request (a timer job) zh-CN. Resolved once per request.
     */
    @Override
    public Locale locale() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return ZH_CN;
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = fromHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (locale == null) {
            LanguagePreference users = preference.getIfAvailable();
            locale = users == null
                    ? ZH_CN
                    : users.ofCurrentUser().map(Texts::supported).orElse(ZH_CN);
        }
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    static Locale fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en") || tag.startsWith("zh")) {
                    return Texts.supported(tag);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read names no language
        }
        return null;
    }

    @Override
    public String render(Text text, Locale locale) {
        Locale language = Texts.supported(locale == null ? null : locale.toLanguageTag());
        String pattern = messages.getMessage(text.code(), null, null, language);
        if (pattern == null) {
            log.warn("No message {} ({})", text.code(), language);
            return text.code();
        }
        Matcher m = ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = text.args().get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value(value, language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A nested text, stored as a map with its code, or a list of values, in the same language. */
    @SuppressWarnings("unchecked")
    private String value(Object value, Locale language) {
        if (value instanceof Text nested) {
            return render(nested, language);
        }
        if (value instanceof Map<?, ?> map && map.get("code") instanceof String code) {
            Object args = map.get("args");
            return render(new Text(code, args instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of()), language);
        }
        if (value instanceof Collection<?> list) {
            String separator = render(new Text("text.separator", Map.of()), language);
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                if (!joined.isEmpty()) {
                    joined.append(separator);
                }
                joined.append(value(item, language));
            }
            return joined.toString();
        }
        return value.toString();
    }
}
