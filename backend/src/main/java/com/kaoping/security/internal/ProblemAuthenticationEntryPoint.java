package com.kaoping.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.web.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as problem details. No WWW-Authenticate challenge, so a browser shows Kaoping's own sign-in
 * page instead of its Basic-auth dialog; scripts send their credentials pre-emptively.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // the user could not be looked up because the database is unreachable: not a wrong password
        // (docs/reliability.md)
        if (!unavailable(response, e)) {
            write(response, HttpStatus.UNAUTHORIZED, "Sign in first.");
        }
    }

    /** The session sign-in (POST /api/login) failed. */
    void signInFailed(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!unavailable(response, e)) {
            write(response, HttpStatus.UNAUTHORIZED, "Wrong username or password.");
        }
    }

    private boolean unavailable(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(e)) {
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, "The service is briefly unavailable; try again shortly.");
            return true;
        }
        return false;
    }

    @Override
    public void handle(
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // the CSRF check runs before authorisation: an anonymous caller must still learn to sign in first
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
        if (e instanceof CsrfException && anonymous && !request.getRequestURI().endsWith("/api/login")) {
            write(response, HttpStatus.UNAUTHORIZED, "Sign in first.");
        } else if (e instanceof CsrfException) {
            write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "The page is out of date or the request was forged; reload the page.");
        } else {
            write(response, HttpStatus.FORBIDDEN, "You may not do this.");
        }
    }

    void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
