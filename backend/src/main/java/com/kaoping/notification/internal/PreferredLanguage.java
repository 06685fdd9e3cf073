package com.kaoping.notification.internal;

import com.kaoping.web.LanguagePreference;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's language from /api/me/preferences, for requests that name none (docs/i18n.md). */
@Component
record PreferredLanguage(PreferenceMapper preferences) implements LanguagePreference {
    @Override
    public Optional<String> ofCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        PreferenceRow row = preferences.find(auth.getName());
        return row == null ? Optional.empty() : Optional.ofNullable(row.language);
    }
}
