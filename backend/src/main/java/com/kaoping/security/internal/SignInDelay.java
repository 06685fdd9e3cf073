package com.kaoping.security.internal;

import java.time.Duration;
import java.util.List;

/**
 * Failed sign-ins slow down before they lock (docs/security.md §2, V6.3): the n-th consecutive failure of an account
 * within the throttle's window is answered only after the n-th step of {@code kaoping.sign-in.delays} (by default
 * 0, 0, 250 ms, 500 ms, 1 s; beyond the list its last step), and never after more than {@link #MAX}, so that a
 * guesser is slowed down while a request thread is held briefly at most. A success or a refusal while locked waits
 * for nothing.
 */
final class SignInDelay {

    /** The longest pause, whatever is configured: the request's thread is held meanwhile. */
    static final Duration MAX = Duration.ofSeconds(2);

    /** Waits; {@code Thread.sleep} in the application, a recorder in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<Duration> steps;
    private final Sleeper sleeper;

    SignInDelay(List<Duration> steps, Sleeper sleeper) {
        this.steps = steps == null ? List.of() : List.copyOf(steps);
        this.sleeper = sleeper;
    }

    static SignInDelay sleeping(List<Duration> steps) {
        return new SignInDelay(steps, d -> Thread.sleep(d.toMillis()));
    }

    /** The pause after the {@code failures}-th consecutive failure: zero, up to {@link #MAX}. */
    Duration after(int failures) {
        if (failures <= 0 || steps.isEmpty()) {
            return Duration.ZERO;
        }
        Duration step = steps.get(Math.min(failures, steps.size()) - 1);
        if (step == null || step.isNegative()) {
            return Duration.ZERO;
        }
        return step.compareTo(MAX) > 0 ? MAX : step;
    }

    /** Pauses the calling thread after the {@code failures}-th consecutive failure; an interrupt ends the pause. */
    void pause(int failures) {
        Duration wait = after(failures);
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
