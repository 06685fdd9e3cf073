package com.kaoping.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads the body, a Content-Type that no reader can honour: unparseable or a wildcard
 * ({@code *}{@code /*}, which Spring cannot set on a request) is 415, multipart without its boundary is 400.
 * Also answers the security firewall's rejections (a NUL in a form parameter, say) as the client's 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RequiredArgsConstructor
class RequestShape extends OncePerRequestFilter implements RequestRejectedHandler {

    private final ObjectMapper json;
    private final Texts texts;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        if (header != null && !header.isBlank()) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(header);
            } catch (InvalidMediaTypeException e) {
                write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, Text.of("problem.contentType.unreadable"));
                return;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                write(
                        response,
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        Text.of("problem.contentType.wildcard", "type", type.toString()));
                return;
            }
            if (type.getType().equals("multipart") && type.getParameter("boundary") == null) {
                write(response, HttpStatus.BAD_REQUEST, Text.of("problem.contentType.boundary"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The Spring Security firewall found a NUL, a line break or the like where it may not be. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, Text.of("problem.rejectedCharacters"));
    }

    private void write(HttpServletResponse response, HttpStatus status, Text detail) throws IOException {
        ProblemDetail problem = status == HttpStatus.BAD_REQUEST
                ? ProblemDetailsAdvice.fieldProblem(
                        texts, detail.code().contains("contentType") ? "Content-Type" : "body", detail)
                : ProblemDetailsAdvice.problem(texts, status, detail);
        if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            problem.setProperty("field", "Content-Type");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
