package org.convene.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed ({@link SignInThrottle}).
 *
 * @param maxFailuresPerUser failed sign-ins for one username within {@code window} after which
 *     that name is refused
 * @param maxFailuresPerAddress failed sign-ins from one client address, for any names, within
 *     {@code window} after which that address is refused (stops a spray across names)
 * @param window how long a failure counts
 * @param refusal how long a name or an address is refused once it reached its limit; the
 *     refusal always ends, so the real user is never locked out for good
 * @param maxTracked the most names, and the most addresses, kept at once (bounded memory; the
 *     least recently seen go first)
 */
@ConfigurationProperties("convene.sign-in")
record SignInProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("50") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration refusal,
        @DefaultValue("100000") int maxTracked) {

    SignInProperties {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("convene.sign-in.max-failures-* must be at least 1");
        }
        if (window.isNegative() || window.isZero() || refusal.isNegative() || refusal.isZero()) {
            throw new IllegalArgumentException("convene.sign-in.window and .refusal must be positive durations");
        }
    }
}
