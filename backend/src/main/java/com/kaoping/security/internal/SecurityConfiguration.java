package com.kaoping.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.audit.AuditEvent;
import com.kaoping.org.EngineOperators;
import com.kaoping.org.Role;
import com.kaoping.org.UserDirectory;
import com.kaoping.web.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One filter chain for the whole application, closed by default (docs/security.md): only the sign-in page and its
 * static files and {@code POST /api/login} are open; Camunda's REST API and web apps need ADMIN (and Camunda's own
 * authorization then limits ADMIN to reading); everything else needs a signed-in user. Path matchers are
 * {@link PathPatternRequestMatcher}s because Camunda's REST API is a servlet of its own, which MVC-based String
 * matchers never see; non-canonical paths never get this far ({@link CanonicalPathFirewall}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** HTTP Basic credentials as RFC 7617 spells them: the scheme and a base64 token, nothing else. */
    private static final Pattern BASIC = Pattern.compile("Basic [A-Za-z0-9+/]+={0,2}");

    /**
     * Argon2id for every new hash (no 72-byte cut: a 64-character Chinese passphrase is hashed whole); old BCrypt hashes,
     * with or without their {bcrypt} prefix, still verify and are re-hashed at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    @Bean
    HttpFirewall httpFirewall() {
        return new CanonicalPathFirewall();
    }

    /**
     * The same firewall as the very first filter (a refused path is answered 400 by the web feature's
     * RequestRejectedHandler): Spring Security parses the request path (and fails with a 500 on
     * {@code //engine-rest/…}) before its own firewall runs, and Spring Session reads the session even earlier.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> canonicalPathFilter(
            HttpFirewall firewall, RequestRejectedHandler rejected) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    firewall.getFirewalledRequest(request);
                } catch (RequestRejectedException e) {
                    rejected.handle(request, response, e);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The only authentication provider, as a bean: Spring Security then builds no second, unthrottled one from the
     * UserDetailsService (which a throttled sign-in would otherwise fall through to).
     */
    @Bean
    ThrottlingAuthenticationProvider authenticationProvider(
            DirectoryUserDetailsService users,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            @Value("${kaoping.sign-in.delays:0s,0s,250ms,500ms,1s}") List<Duration> delays) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ThrottlingAuthenticationProvider(passwords, throttle, events, SignInDelay.sleeping(delays));
    }

    @Bean
    SecurityFilterChain kaopingFilterChain(
            HttpSecurity http,
            ObjectMapper json,
            Texts texts,
            UserDirectory directory,
            ApplicationEventPublisher events,
            ApiTokens apiTokens,
            EngineOperators operators,
            @Value("${kaoping.session.absolute-lifetime:12h}") Duration absoluteLifetime)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json, texts);
        String[] engineRoles = operators.breakGlass()
                ? new String[] {Role.ADMIN.name(), Role.OPERATOR.name()}
                : new String[] {Role.ADMIN.name()};
        http.authorizeHttpRequests(SecurityConfiguration::actuatorAndApiDocs);
        http.authorizeHttpRequests(auth -> auth
                        // Camunda's first-user set-up and its own password sign-in would bypass Kaoping's accounts
                        .requestMatchers(path("/camunda/api/admin/setup/**"), path("/camunda/api/admin/auth/user/**"))
                        .denyAll()
                        .requestMatchers(path("/engine-rest/**"), path("/camunda/**"))
                        .hasAnyRole(engineRoles)
                        .requestMatchers(path(HttpMethod.POST, "/api/login"))
                        .permitAll()
                        .requestMatchers(path("/api/**"))
                        .authenticated()
                        // the single-page application itself: the sign-in page must load before anyone signs in
                        .requestMatchers(
                                path(HttpMethod.GET, "/"),
                                path(HttpMethod.HEAD, "/"),
                                path(HttpMethod.GET, "/index.html"),
                                path(HttpMethod.GET, "/app/**"),
                                path(HttpMethod.GET, "/webjars/**"),
                                path(HttpMethod.GET, "/favicon.ico"),
                                path("/error"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginProcessingUrl("/api/login")
                        .successHandler((request, response, auth) -> {
                            // remembers which password this session was opened with (AccountStateFilter)
                            directory
                                    .findCredentials(auth.getName())
                                    .ifPresent(c -> request.getSession()
                                            .setAttribute(
                                                    AccountStateFilter.CREDENTIAL_FINGERPRINT,
                                                    AccountStateFilter.fingerprint(c.passwordHash())));
                            events.publishEvent(new AuditEvent(
                                    "SIGN_IN", auth.getName(), auth.getName(), Map.of("address", address(request))));
                            response.setStatus(HttpStatus.NO_CONTENT.value());
                        })
                        .failureHandler((request, response, e) -> problems.signInFailed(response, e)))
                .logout(logout -> logout.logoutRequestMatcher(path(HttpMethod.POST, "/api/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf
                        // the SPA reads XSRF-TOKEN and sends it back as X-XSRF-TOKEN
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // a request that signs in with its own HTTP Basic credentials cannot be forged by another
                        // site (a page cannot set Authorization cross-origin); any other Authorization header can
                        .ignoringRequestMatchers(httpBasicCredentials(), BearerTokenFilter.bearerToken()))
                .addFilterBefore(
                        new BearerTokenFilter(apiTokens, directory, problems),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterAfter(
                        new AccountStateFilter(directory, problems, absoluteLifetime),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new EngineActionAudit(events), AccountStateFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        .addHeaderWriter(new ContentSecurityPolicyWriter()));
        return http.build();
    }

    private static String address(HttpServletRequest request) {
        return request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
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

    /** Only well-formed HTTP Basic credentials ({@code user:password} in base64), never Bearer or anything else. */
    static RequestMatcher httpBasicCredentials() {
        return request -> {
            String header = request.getHeader("Authorization");
            if (header == null || !BASIC.matcher(header).matches()) {
                return false;
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
                return decoded.indexOf(':') > 0;
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
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
