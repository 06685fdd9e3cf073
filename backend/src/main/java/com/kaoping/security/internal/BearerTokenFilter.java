package com.kaoping.security.internal;

import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer kpt_…}: the request is the token owner's, for this request only (no session is
 * made). The account is read as it is now, like a session's ({@link AccountStateFilter} then applies the same
 * rules): a disabled or deleted owner, or an unknown or revoked token, is 401.
 */
@RequiredArgsConstructor
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    /** The owner's credentials as read for this request, which {@link AccountStateFilter} checks without reading again. */
    static final String CREDENTIALS_ATTRIBUTE = BearerTokenFilter.class.getName() + ".credentials";

    private final ApiTokens tokens;
    private final UserDirectory directory;
    private final ProblemAuthenticationEntryPoint problems;

    /**
     * Requests that carry something shaped like an API token: a browser never adds such a header by itself, so they
     * need no CSRF token (anything else after "Bearer" still does, and a token that is not one is 401 here).
     */
    static RequestMatcher bearerToken() {
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null
                    && header.startsWith(SCHEME)
                    && ApiTokens.SHAPE
                            .matcher(header.substring(SCHEME.length()))
                            .matches();
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(SCHEME)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserCredentials> owner = tokens.owner(
                        header.substring(SCHEME.length()).strip())
                .flatMap(directory::findCredentials)
                .filter(c -> c.account().enabled());
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.write(
                    response, HttpStatus.UNAUTHORIZED, "The API token is unknown, revoked or its account disabled.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                owner.get().account().username(),
                null,
                List.of(new SimpleGrantedAuthority(
                        "ROLE_" + owner.get().account().role().name()))));
        SecurityContextHolder.setContext(context);
        request.setAttribute(CREDENTIALS_ATTRIBUTE, owner.get());
        chain.doFilter(request, response);
    }
}
