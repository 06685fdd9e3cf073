package com.kaoping.assessment.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Who did something, by display name (names, not codes; issue 10): the user name when unknown; what the application
 * did by itself (opening, locking: "system") in the reader's language.
 */
@Component
record DisplayNames(UserDirectory users, Texts texts) {

    /** What the application does by itself is recorded under this name. */
    static final String SYSTEM = "system";

    String of(String username) {
        if (username == null) {
            return null;
        }
        if (SYSTEM.equals(username)) {
            return texts.render(Text.of("actor.system"));
        }
        return users.findByUsername(username)
                .map(UserAccount::displayName)
                .filter(n -> !n.isBlank())
                .orElse(username);
    }
}
