package com.kaoping.assessment.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import org.springframework.stereotype.Component;

/** Who did something, by display name (names, not codes; issue 10): the user name when unknown or "system". */
@Component
class DisplayNames {

    private final UserDirectory users;

    DisplayNames(UserDirectory users) {
        this.users = users;
    }

    String of(String username) {
        if (username == null) {
            return null;
        }
        return users.findByUsername(username)
                .map(UserAccount::displayName)
                .filter(n -> !n.isBlank())
                .orElse(username);
    }
}
