package com.kaoping.security;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, as Kaoping's {@link UserAccount}. */
@Component
public record CurrentUser(UserDirectory directory) {
    public UserAccount get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return directory
                .findByUsername(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + auth.getName()));
    }
}
