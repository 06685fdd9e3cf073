package com.kaoping.org.internal;

import com.kaoping.web.BadRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules for a password being set (ASVS 5.0 V6.2; docs/security.md): 12 to 128 characters of any script (counted
 * as code points, and hashed by Argon2, which has no length cut), not only spaces, not one of the bundled most common
 * passwords, and not containing the user name. Passwords are never trimmed or otherwise changed. The demo accounts of
 * the embedded default are seeded without this policy (password {@code demo}).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks a rule with a 400 naming {@code field}. */
    void check(String password, String username, String field) {
        if (password.isBlank()) {
            throw new BadRequestException(field, "problem.password.blank");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new BadRequestException(field, "problem.password.common");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BadRequestException(field, "problem.password.short", "min", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new BadRequestException(field, "problem.password.long", "max", MAX_LENGTH);
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadRequestException(field, "problem.password.username");
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
