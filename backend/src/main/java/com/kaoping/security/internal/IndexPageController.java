package com.kaoping.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the single page with this response's CSP nonce in {@code <meta name="csp-nonce">}, from where the page hands
 * it to the style elements Ant Design Vue creates (ContentSecurityPolicyWriter). Never cached: the nonce is per response.
 */
@RestController
class IndexPageController {

    private static final String PLACEHOLDER = "content=\"__CSP_NONCE__\"";

    private final String page;

    IndexPageController() {
        try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
            this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<String> index(HttpServletRequest request) {
        String nonce = ContentSecurityPolicyWriter.nonce(request);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.replace(PLACEHOLDER, "content=\"" + nonce + "\""));
    }
}
