package com.kaoping.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Only canonical paths reach a servlet. Spring's {@link StrictHttpFirewall} already refuses double slashes, dot
 * segments, path parameters ({@code ;}), backslashes and encoded slashes, dots and percent signs; this one also refuses
 * a percent-encoded ASCII letter, digit or mark ({@code /%65ngine-rest}), which has no purpose but to make one path look
 * like another. Non-ASCII text (UTF-8, {@code %E5…}) stays allowed. Refusals answer 400 (docs/security.md, V4).
 */
class CanonicalPathFirewall extends StrictHttpFirewall {

    private static final Pattern ENCODED_ASCII = Pattern.compile("%[0-7][0-9A-Fa-f]");

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && ENCODED_ASCII.matcher(uri).find()) {
            throw new RequestRejectedException("The request path encodes an ASCII character");
        }
        return super.getFirewalledRequest(request);
    }
}
