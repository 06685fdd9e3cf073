package com.kaoping.security;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request, as Kaoping's {@link UserAccount}: the account as the security filters
 * read it at the start of this request (one read per request, docs/scale.md), or as it is now outside a request.
 */
@Component
public record CurrentUser(UserDirectory directory) {

    /** The request attribute under which the security filters leave the account they read for this request. */
    public static final String ACCOUNT_ATTRIBUTE = CurrentUser.class.getName() + ".account";

    public UserAccount get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ACCOUNT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount read
                && read.username().equals(auth.getName())) {
            return read;
        }
        return directory
                .findByUsername(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + auth.getName()));
    }
}
