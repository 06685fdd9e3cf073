package com.kaoping.security.internal;

import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import com.kaoping.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in request sees the account as it is now, not as it was at sign-in (docs/security.md, V7): a
 * disabled or deleted account, another role or a new password ends the session (401), as does a session older than
 * the absolute lifetime. While the account must choose a new password, only {@code /api/me}, the password change and
 * sign-out are open (403 otherwise).
 */
@RequiredArgsConstructor
class AccountStateFilter extends OncePerRequestFilter {

    static final String CREDENTIAL_FINGERPRINT = AccountStateFilter.class.getName() + ".credential";
    private static final Set<String> OPEN_WHILE_PASSWORD_CHANGE =
            Set.of("/api/me", "/api/account/password", "/api/logout");

    private final UserDirectory directory;
    private final ProblemAuthenticationEntryPoint problems;
    private final Duration absoluteLifetime;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        // a bearer token's owner was read a moment ago by BearerTokenFilter, for this request
        Optional<UserCredentials> current =
                request.getAttribute(BearerTokenFilter.CREDENTIALS_ATTRIBUTE) instanceof UserCredentials read
                        ? Optional.of(read)
                        : directory.findCredentials(auth.getName());
        HttpSession session = request.getSession(false);
        if (current.isEmpty() || !stillValid(auth, current.get(), session)) {
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            problems.write(response, HttpStatus.UNAUTHORIZED, "problem.session.ended");
            return;
        }
        if (current.get().mustChangePassword() && isGuarded(request)) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "problem.password.changeRequired",
                    ProblemAuthenticationEntryPoint.PASSWORD_CHANGE_REQUIRED);
            return;
        }
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, current.get().account());
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication auth, UserCredentials current, HttpSession session) {
        if (!current.account().enabled()) {
            return false;
        }
        String role = "ROLE_" + current.account().role().name();
        if (auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(role::equals)) {
            return false;
        }
        if (session != null) {
            if (System.currentTimeMillis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
                return false;
            }
            String fingerprint = fingerprint(current.passwordHash());
            Object stored = session.getAttribute(CREDENTIAL_FINGERPRINT);
            if (stored == null) {
                session.setAttribute(CREDENTIAL_FINGERPRINT, fingerprint);
            } else if (!stored.equals(fingerprint)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGuarded(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean application =
                path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda");
        return application && !OPEN_WHILE_PASSWORD_CHANGE.contains(path);
    }

    /** A digest of the password hash: changes with every new password, reveals nothing if a session is read. */
    static String fingerprint(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
