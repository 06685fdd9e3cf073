package com.kaoping.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of Kaoping's pages (docs/security.md, V3.4): scripts and styles from this server only.
 * {@code 'unsafe-eval'} stays because the Vue global build compiles the pages' templates in the browser (with
 * {@code new Function}); there is no build step to precompile them. Ant Design Vue writes its component styles into
 * {@code <style>} elements at run time; they carry a per-response nonce ({@link #NONCE_ATTRIBUTE}, put into the page by
 * {@link IndexPageController}) instead of {@code 'unsafe-inline'}. Camunda's web apps send their own policy, so
 * {@code /camunda/**} gets none from here (two policies would both apply and break them).
 */
class ContentSecurityPolicyWriter implements HeaderWriter {

    static final String NONCE_ATTRIBUTE = ContentSecurityPolicyWriter.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/camunda/") || response.containsHeader("Content-Security-Policy")) {
            return;
        }
        response.setHeader("Content-Security-Policy", policy(nonce(request)));
    }

    /** The nonce of this response, made once per request. */
    static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE_ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-eval'; "
                + "style-src 'self' 'nonce-" + nonce + "'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'self'";
    }
}
