package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2025-03-01T09:00:00Z");

        void forward(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();

    private SignInThrottle throttle(int perUser, int perAddress, int tracked) {
        return new SignInThrottle(
                new SignInProperties(perUser, perAddress, Duration.ofMinutes(15), Duration.ofMinutes(10), tracked),
                clock);
    }

    @Test
    void theFifthFailureWithinTheWindowRefusesTheNameForTheRefusalTime() {
        SignInThrottle throttle = throttle(5, 50, 1000);
        for (int i = 0; i < 4; i++) {
            throttle.failed("tess", "10.0.0.1");
        }
        assertThat(throttle.refusal("tess", "10.0.0.1")).isEmpty();

        throttle.failed("tess", "10.0.0.1");

        var refusal = throttle.refusal("tess", "10.0.0.2").orElseThrow();
        assertThat(refusal.kind()).isEqualTo(SignInThrottle.Refusal.Kind.USER);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(600);
        assertThat(throttle.refusal("TESS", null)).as("names match in any case").isPresent();
        clock.forward(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(throttle.refusal("tess", "10.0.0.1").orElseThrow().retryAfterSeconds())
                .isEqualTo(1);
        clock.forward(Duration.ofSeconds(1));
        assertThat(throttle.refusal("tess", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        SignInThrottle throttle = throttle(5, 50, 1000);
        for (int i = 0; i < 4; i++) {
            throttle.failed("tess", "10.0.0.1");
        }
        clock.forward(Duration.ofMinutes(15));

        throttle.failed("tess", "10.0.0.1");

        assertThat(throttle.refusal("tess", "10.0.0.1")).isEmpty();
    }

    @Test
    void afterARefusalTheNameStartsAgainWithAFullAllowance() {
        SignInThrottle throttle = throttle(3, 50, 1000);
        for (int i = 0; i < 3; i++) {
            throttle.failed("tess", "10.0.0.1");
        }
        clock.forward(Duration.ofMinutes(10));

        throttle.failed("tess", "10.0.0.1");
        throttle.failed("tess", "10.0.0.1");

        assertThat(throttle.refusal("tess", "10.0.0.1")).isEmpty();
    }

    @Test
    void manyNamesFromOneAddressRefuseTheAddressButNotTheNamesElsewhere() {
        SignInThrottle throttle = throttle(5, 10, 1000);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name-" + i, "10.0.0.9");
        }

        assertThat(throttle.refusal("tess", "10.0.0.9").orElseThrow().kind())
                .isEqualTo(SignInThrottle.Refusal.Kind.ADDRESS);
        assertThat(throttle.refusal("name-1", "10.0.0.8")).isEmpty();
    }

    @Test
    void clearingANameOrAnAddressLiftsItsRefusalAndClearingNothingLiftsAll() {
        SignInThrottle throttle = throttle(1, 1, 1000);
        throttle.failed("tess", "10.0.0.1");
        throttle.failed("ugo", "10.0.0.2");
        assertThat(throttle.refused()).hasSize(4);

        assertThat(throttle.clear("tess", null)).isTrue();
        assertThat(throttle.refusal("tess", "10.0.0.3")).isEmpty();
        assertThat(throttle.refusal("tess", "10.0.0.1")).isPresent();
        assertThat(throttle.clear(null, "10.0.0.1")).isTrue();
        assertThat(throttle.refusal("tess", "10.0.0.1")).isEmpty();

        throttle.clear(null, null);
        assertThat(throttle.refused()).isEmpty();
        assertThat(throttle.clear("nobody", null)).isFalse();
    }

    @Test
    void aSprayOfNamesKeepsNoMoreThanTheBound() {
        SignInThrottle throttle = throttle(5, 1_000_000, 500);
        for (int i = 0; i < 20_000; i++) {
            throttle.failed("name-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }

        assertThat(throttle.tracked().get("users")).isLessThanOrEqualTo(500);
        assertThat(throttle.tracked().get("addresses")).isLessThanOrEqualTo(500);
    }

    @Test
    void aVeryLongNameIsCountedUnderItsFirstHundredCharacters() {
        SignInThrottle throttle = throttle(2, 50, 1000);
        String prefix = "x".repeat(100);
        throttle.failed(prefix + "a".repeat(10_000), null);
        throttle.failed(prefix + "b", null);

        assertThat(throttle.refusal(prefix, null)).isPresent();
    }

    @Test
    void theRefusalSaysHowLongInWords() {
        var soon = new SignInThrottle.Refusal(SignInThrottle.Refusal.Kind.USER, Duration.ofMillis(2_100));
        var later = new SignInThrottle.Refusal(SignInThrottle.Refusal.Kind.ADDRESS, Duration.ofMinutes(14));

        assertThat(soon.retryAfterSeconds()).isEqualTo(3);
        assertThat(soon.sentence()).contains("this user name").contains("a minute");
        assertThat(later.sentence()).contains("this address").contains("14 minutes");
    }
}
