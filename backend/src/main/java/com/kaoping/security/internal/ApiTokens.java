package com.kaoping.security.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (docs/security.md, "API tokens"): a 32-byte random secret, shown once; only its SHA-256 is
 * stored. A secret of 256 random bits needs no slow hash (nothing to guess), so checking a token costs one indexed
 * lookup instead of the BCrypt/Argon2 run that HTTP Basic pays on every request.
 */
@Service
@RequiredArgsConstructor
class ApiTokens {

    static final String PREFIX = "kpt_";
    /** The shape of a token: the prefix and 43 base64url characters (32 bytes, unpadded). */
    static final Pattern SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    private static final int MAX_PER_USER = 20;
    private static final int MAX_NAME = 100;
    /** last_used_at is a hint for the owner, not an audit trail: written at most this often per token. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenMapper mapper;
    private final ApplicationEventPublisher events;

    /** A new token for the user; the answer carries the secret, which is never readable again. */
    @Transactional
    ApiTokenController.TokenView create(String username, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BadRequestException("name", "problem.token.name", "max", MAX_NAME);
        }
        if (mapper.countOfUser(username) >= MAX_PER_USER) {
            throw new ConflictException("problem.token.tooMany", "max", MAX_PER_USER);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenRow row = new ApiTokenRow();
        row.username = username;
        row.name = trimmed;
        row.tokenHash = hash(token);
        row.tokenPrefix = token.substring(0, PREFIX.length() + 6);
        row.createdAt = Instant.now();
        mapper.insert(row);
        events.publishEvent(new AuditEvent("API_TOKEN_CREATED", username, username, Map.of("token", row.name)));
        ApiTokenController.TokenView view = row.toView();
        return new ApiTokenController.TokenView(
                view.id(), view.name(), view.prefix(), view.created(), view.lastUsed(), token);
    }

    List<ApiTokenController.TokenView> list(String username) {
        return mapper.ofUser(username).stream().map(ApiTokenRow::toView).toList();
    }

    @Transactional
    void revoke(String username, long id) {
        // another user's token is as unknown as a missing one
        if (mapper.delete(id, username) == 0) {
            throw new NotFoundException("problem.token.notFound", "token", id);
        }
        events.publishEvent(
                new AuditEvent("API_TOKEN_REVOKED", username, username, Map.of("token", Long.toString(id))));
    }

    /** The owner of a presented token, or empty for an unknown or revoked one. */
    Optional<String> owner(String token) {
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        ApiTokenRow row = mapper.findByHash(hash(token));
        if (row == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (row.lastUsedAt == null || row.lastUsedAt.plus(TOUCH_EVERY).isBefore(now)) {
            mapper.touch(row.id, now);
        }
        return Optional.of(row.username);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
