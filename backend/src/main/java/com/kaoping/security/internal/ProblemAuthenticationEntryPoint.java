package com.kaoping.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.web.DatabaseOutage;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The {@code code} of the 403 an account that must choose a new password gets (the page then asks for one). */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final ObjectMapper json;
    /** Renders the words in the request's language; null (unit tests) leaves them as codes. */
    private final Texts texts;

    ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this(json, null);
    }

    @Override
    public void commence(
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            throttled(response, throttled);
        } else if (!unavailable(response, e)) {
            // unavailable: the user could not be looked up because the database is unreachable, not a wrong
            // password (docs/reliability.md)
            write(response, HttpStatus.UNAUTHORIZED, "problem.signIn.first");
        }
    }

    /** 429 with Retry-After: the account or the client address is locked for a while. */
    void throttled(HttpServletResponse response, SignInThrottledException e) throws IOException {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "problem.signIn.throttled");
    }

    /** The session sign-in (POST /api/login) failed. */
    void signInFailed(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            throttled(response, throttled);
        } else if (!unavailable(response, e)) {
            write(response, HttpStatus.UNAUTHORIZED, "problem.signIn.wrong");
        }
    }

    private boolean unavailable(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(e)) {
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
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
            write(response, HttpStatus.UNAUTHORIZED, "problem.signIn.first");
        } else if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "problem.csrf");
        } else {
            write(response, HttpStatus.FORBIDDEN, "problem.forbidden");
        }
    }

    /** @param messageCode the words (docs/i18n.md), which are also the problem's {@code code} */
    void write(HttpServletResponse response, HttpStatus status, String messageCode) throws IOException {
        write(response, status, messageCode, null);
    }

    /**
     * @param code a code the page acts on ({@link #PASSWORD_CHANGE_REQUIRED}) in place of the message code
     */
    void write(HttpServletResponse response, HttpStatus status, String messageCode, String code) throws IOException {
        Text text = Text.of(messageCode);
        String detail = texts == null ? messageCode : texts.render(text);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (texts != null) {
            problem.setTitle(texts.render(Text.of("problem.title." + status.value())));
        }
        problem.setProperty("code", code == null ? messageCode : code);
        problem.setProperty("args", text.args());
        problem.setProperty("text", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
