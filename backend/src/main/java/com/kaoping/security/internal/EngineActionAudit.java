package com.kaoping.security.internal;

import com.kaoping.audit.AuditEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request that may change something in the engine (any method but GET, HEAD, OPTIONS on Camunda's REST
 * API and web apps' APIs) with its caller and answer, allowed or refused: an auditor sees a retried job, a
 * break-glass operator's change, and an administrator's refused attempt alike. Queries sent as POST are recorded too.
 */
@RequiredArgsConstructor
class EngineActionAudit extends OncePerRequestFilter {

    private final ApplicationEventPublisher events;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean engine = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
        return !engine || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
        try {
            chain.doFilter(request, response);
        } finally {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            events.publishEvent(new AuditEvent(
                    "ENGINE_ACTION",
                    actor,
                    path,
                    Map.of("method", request.getMethod(), "status", Integer.toString(response.getStatus()))));
        }
    }
}
