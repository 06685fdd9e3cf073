package com.kaoping.security.internal;

import com.kaoping.audit.AuditEvent;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form login and HTTP Basic alike) behind the throttle: a locked account or address is refused
 * before its password is checked; each wrong password counts against both, is audited, and is answered after a
 * pause that grows with the account's consecutive failures ({@link SignInDelay}), before the lock.
 */
@RequiredArgsConstructor
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final SignInDelay delay;

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.checkAllowed(username, address);
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            int failures = throttle.recordFailure(username, address);
            events.publishEvent(new AuditEvent(
                    "SIGN_IN_FAILED", null, username, address == null ? Map.of() : Map.of("address", address)));
            delay.pause(failures);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
