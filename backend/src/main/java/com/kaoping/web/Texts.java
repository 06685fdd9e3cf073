package com.kaoping.web;

import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link Text}s from the message files ({@code messages.properties}, Chinese and the default;
 * {@code messages_en.properties}) in the language of the current request: its {@code Accept-Language}, else the
 * user's own choice, else zh-CN (docs/i18n.md).
 */
public interface Texts {

    Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    /** The current request's language, one of zh-CN and en. */
    Locale locale();

    String render(Text text, Locale locale);

    default String render(Text text) {
        return render(text, locale());
    }

    /** Code, args and the text rendered, as JSON shows a server-made text. */
    default Map<String, Object> view(Text text) {
        return Map.of("code", text.code(), "args", text.args(), "text", render(text));
    }

    /** zh-CN or en for any language tag or range; zh-CN for anything else (the default). */
    static Locale supported(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return ZH_CN;
    }
}
