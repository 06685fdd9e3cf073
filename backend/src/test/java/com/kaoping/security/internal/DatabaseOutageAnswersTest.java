package com.kaoping.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * With the database down, looking up an HTTP Basic user fails inside Spring Security (issue 8): the answer is 503
 * with Retry-After, not 401 "Sign in first" as if the password were wrong; a wrong password stays 401.
 */
class DatabaseOutageAnswersTest {

    private final ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(new ObjectMapper());

    @Test
    void userLookupWithoutDatabaseIs503WithRetryAfter() throws Exception {
        InternalAuthenticationServiceException e = new InternalAuthenticationServiceException(
                "lookup failed",
                new CannotGetJdbcConnectionException(
                        "no connection", new SQLTransientConnectionException("Connection is not available")));
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.commence(new MockHttpServletRequest(), response, e);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString()).doesNotContain("Connection is not available");

        MockHttpServletResponse signIn = new MockHttpServletResponse();
        problems.signInFailed(signIn, e);
        assertThat(signIn.getStatus()).isEqualTo(503);
    }

    @Test
    void wrongPasswordStays401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.commence(new MockHttpServletRequest(), response, new BadCredentialsException("bad"));
        assertThat(response.getStatus()).isEqualTo(401);
        MockHttpServletResponse signIn = new MockHttpServletResponse();
        problems.signInFailed(signIn, new BadCredentialsException("bad"));
        assertThat(signIn.getStatus()).isEqualTo(401);
    }
}
