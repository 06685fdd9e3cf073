package com.kaoping.web.internal;

import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code requestId} to every problem detail MVC writes (ProblemDetailsAdvice's and Spring's own), so that a
 * user's report of an error leads to its log lines. Spring's own problems (405, 406, a missing parameter, …) get the
 * {@code code}, {@code args} and {@code text} of their status in the request's language instead of Spring's English.
 */
@RestControllerAdvice
record ProblemRequestId(Texts texts) implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            String id = RequestIdFilter.current(servlet.getServletRequest());
            if (id != null) {
                problem.setProperty(RequestIdFilter.MDC_KEY, id);
            }
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                Text text = Text.of("problem.status." + problem.getStatus());
                String rendered = texts.render(text);
                problem.setDetail(rendered);
                problem.setTitle(texts.render(Text.of("problem.title." + problem.getStatus())));
                problem.setProperty("code", text.code());
                problem.setProperty("args", text.args());
                problem.setProperty("text", rendered);
            }
        }
        return body;
    }
}
