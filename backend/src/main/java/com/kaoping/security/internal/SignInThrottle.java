package com.kaoping.security.internal;

import com.kaoping.audit.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per account and per client address in the database (so every node counts the same) and
 * locks either for a while once it reaches its limit: by default 5 failures of an account, or 20 from one address,
 * within 15 minutes lock it for 15 minutes (docs/security.md, V6.3). An address limit of 5 would let five typos
 * lock a whole office behind one NAT address; it is configurable separately. A success clears the account's
 * failures, never the address's.
 */
@Service
class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int MAX_SUBJECT = 100;

    private final SignInThrottleMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxAccountFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;

    SignInThrottle(
            SignInThrottleMapper mapper,
            ApplicationEventPublisher events,
            @Value("${kaoping.sign-in.max-failures-per-account:5}") int maxAccountFailures,
            @Value("${kaoping.sign-in.max-failures-per-address:20}") int maxAddressFailures,
            @Value("${kaoping.sign-in.window:15m}") Duration window,
            @Value("${kaoping.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.mapper = mapper;
        this.events = events;
        this.clock = Clock.systemUTC();
        this.maxAccountFailures = maxAccountFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** Throws while the account or the address is locked, before any password is checked. */
    void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (ThrottleRow row : new ThrottleRow[] {find(ACCOUNT, username), find(ADDRESS, address)}) {
            if (row != null && row.lockedUntil != null && row.lockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, row.lockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
    }

    /** Counts a failure against the account and the address; answers the account's failures in its window so far. */
    int recordFailure(String username, String address) {
        int failures = count(ACCOUNT, username, maxAccountFailures);
        count(ADDRESS, address, maxAddressFailures);
        return failures;
    }

    void recordSuccess(String username) {
        String subject = subject(username);
        if (subject != null && mapper.find(ACCOUNT, subject) != null) {
            mapper.delete(ACCOUNT, subject);
        }
    }

    List<ThrottleRow.View> list() {
        Instant now = clock.instant();
        return mapper.listSince(now.minus(window), now).stream()
                .map(row -> row.view(now))
                .toList();
    }

    /** An administrator lifts a lock and forgets the failures; true when there was something to lift. */
    boolean unlock(String kind, String subject, String actor) {
        boolean removed = mapper.delete(kind, subject) > 0;
        if (removed) {
            events.publishEvent(new AuditEvent("SIGN_IN_UNLOCKED", actor, subject, Map.of("kind", kind)));
        }
        return removed;
    }

    /** One more failure of the subject; answers its failures in the window, the one that locks it included. */
    private int count(String kind, String rawSubject, int max) {
        String subject = subject(rawSubject);
        if (subject == null) {
            return 0;
        }
        Instant now = clock.instant();
        if (mapper.countFailure(kind, subject, now, now.minus(window)) == 0) {
            try {
                mapper.insert(kind, subject, now);
            } catch (DuplicateKeyException e) {
                mapper.countFailure(kind, subject, now, now.minus(window));
            }
        }
        ThrottleRow row = mapper.find(kind, subject);
        if (row != null && row.failures >= max) {
            Instant until = now.plus(lockDuration);
            mapper.lock(kind, subject, until);
            events.publishEvent(new AuditEvent(
                    "SIGN_IN_LOCKED", null, subject, Map.of("kind", kind, "lockedUntil", until.toString())));
        }
        return row == null ? 0 : row.failures;
    }

    private ThrottleRow find(String kind, String rawSubject) {
        String subject = subject(rawSubject);
        return subject == null ? null : mapper.find(kind, subject);
    }

    private static String subject(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > MAX_SUBJECT ? value.substring(0, MAX_SUBJECT) : value;
    }
}
