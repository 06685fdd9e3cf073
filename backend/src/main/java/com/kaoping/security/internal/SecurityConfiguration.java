package com.kaoping.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.org.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One filter chain for the whole application. Path matchers are {@link PathPatternRequestMatcher}s because
 * Camunda's REST API is a servlet of its own, which MVC-based String matchers never see.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain kaopingFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json);
        http.authorizeHttpRequests(SecurityConfiguration::actuatorAndApiDocs);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(path("/engine-rest/**"), path("/camunda/**"))
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(path(HttpMethod.POST, "/api/login"))
                        .permitAll()
                        .requestMatchers(path("/api/**"))
                        .authenticated()
                        .requestMatchers(path("/error"))
                        .permitAll()
                        .anyRequest()
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginProcessingUrl("/api/login")
                        .successHandler((request, response, auth) -> response.setStatus(HttpStatus.NO_CONTENT.value()))
                        .failureHandler((request, response, e) ->
                                problems.write(response, HttpStatus.UNAUTHORIZED, "Wrong username or password.")))
                .logout(logout -> logout.logoutRequestMatcher(path(HttpMethod.POST, "/api/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf
                        // the SPA reads XSRF-TOKEN and sends it back as X-XSRF-TOKEN
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // a request that carries its own credentials (HTTP Basic) is not forgeable by another site
                        .ignoringRequestMatchers(carriesAuthorizationHeader()))
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * Operations (docs/operations.md): health and its probes are open, showing details to ADMIN only (see
     * management.endpoint.health in application.yml); every other Actuator endpoint is ADMIN. The OpenAPI
     * description and Swagger UI are for anyone signed in.
     */
    private static void actuatorAndApiDocs(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(path(HttpMethod.GET, "/actuator/health"), path(HttpMethod.GET, "/actuator/health/*"))
                .permitAll()
                .requestMatchers(path("/actuator/**"))
                .hasRole(Role.ADMIN.name())
                .requestMatchers(
                        path("/v3/api-docs"), path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"))
                .authenticated();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static RequestMatcher carriesAuthorizationHeader() {
        return request -> request.getHeader("Authorization") != null;
    }

    /** Loads the deferred CSRF token on every request so the cookie is always there for the SPA to read. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
