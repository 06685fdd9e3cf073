package com.kaoping.notification.internal;

import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own mail preferences; a field left out of the PUT keeps its value. */
@RestController
@RequestMapping("/api/me/preferences")
@RequiredArgsConstructor
class PreferenceController {

    static final List<String> LANGUAGES = List.of("zh-CN", "en");
    // a plausible address, not RFC 5322: the SMTP server has the last word
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,}");

    private final PreferenceMapper preferences;
    private final CurrentUser currentUser;

    @GetMapping
    PreferenceRow.PreferencesView get() {
        return current().toView();
    }

    /** {@code {"email": "a@b.cn", "language": "en", "mailNotifications": false}}; an empty email removes it. */
    @PutMapping
    @Transactional
    PreferenceRow.PreferencesView put(@RequestBody PreferencesRequest request) {
        PreferenceRow row = current();
        if (request.email() != null) {
            String email = request.email().trim();
            if (!email.isEmpty()
                    && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                throw new BadRequestException("email", "problem.preferences.email");
            }
            row.email = email.isEmpty() ? null : email;
        }
        if (request.language() != null) {
            if (!LANGUAGES.contains(request.language())) {
                throw new BadRequestException(
                        "language", "problem.preferences.language", "languages", String.join(", ", LANGUAGES));
            }
            row.language = request.language();
        }
        if (request.mailNotifications() != null) {
            row.mailEnabled = request.mailNotifications();
        }
        preferences.upsert(row);
        return row.toView();
    }

    private PreferenceRow current() {
        String username = currentUser.get().username();
        PreferenceRow row = preferences.find(username);
        return row == null ? PreferenceRow.defaults(username) : row;
    }

    record PreferencesRequest(String email, String language, Boolean mailNotifications) {}
}
