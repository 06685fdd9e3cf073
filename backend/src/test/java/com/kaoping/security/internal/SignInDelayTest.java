package com.kaoping.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Failed sign-ins slow down before they lock (docs/security.md §2): the pause each failure asks for, with a sleeper
 * that records instead of sleeping.
 */
class SignInDelayTest {

    private static final List<Duration> DEFAULT = List.of(
            Duration.ZERO, Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));

    private final List<Duration> slept = new ArrayList<>();
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            if ("right-passphrase".equals(authentication.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
            }
            throw new BadCredentialsException("wrong");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(
            passwords, throttle, event -> {}, new SignInDelay(DEFAULT, slept::add));

    @Test
    void eachConsecutiveFailureWaitsLongerUpToTheLock() {
        when(throttle.recordFailure(any(), any())).thenReturn(1, 2, 3, 4, 5);
        List<Duration> perFailure = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int before = slept.size();
            assertThatThrownBy(() -> provider.authenticate(attempt("wrong")))
                    .isInstanceOf(BadCredentialsException.class);
            perFailure.add(slept.size() == before ? Duration.ZERO : slept.get(before));
        }
        // 1st and 2nd at once, the 4th noticeably later than the 1st, the 5th (which locks) after 1 s
        assertThat(perFailure)
                .containsExactly(
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1));
    }

    @Test
    void aSuccessAndALockedRefusalWaitForNothing() {
        assertThat(provider.authenticate(attempt("right-passphrase")).isAuthenticated())
                .isTrue();
        doThrow(new SignInThrottledException(Duration.ofMinutes(10)))
                .when(throttle)
                .checkAllowed(any(), any());
        assertThatThrownBy(() -> provider.authenticate(attempt("wrong"))).isInstanceOf(SignInThrottledException.class);
        assertThat(slept).isEmpty();
    }

    @Test
    void theLastStepRepeatsAndNoPauseExceedsTwoSeconds() {
        SignInDelay delay = new SignInDelay(DEFAULT, slept::add);
        assertThat(delay.after(0)).isZero();
        assertThat(delay.after(9)).isEqualTo(Duration.ofSeconds(1));
        SignInDelay greedy = new SignInDelay(List.of(Duration.ofMillis(-5), Duration.ofSeconds(30)), slept::add);
        assertThat(greedy.after(1)).isZero();
        assertThat(greedy.after(2)).isEqualTo(SignInDelay.MAX).isEqualTo(Duration.ofSeconds(2));
        assertThat(new SignInDelay(List.of(), slept::add).after(3)).isZero();
    }

    private static UsernamePasswordAuthenticationToken attempt(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("branch01", password);
    }
}
