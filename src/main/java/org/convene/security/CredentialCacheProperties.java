package org.convene.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a successful password check is remembered ({@link VerifiedPasswords}), so that a script
 * sending HTTP Basic on every call pays for bcrypt once, not on every call.
 *
 * @param ttl how long one verification is remembered after it was made (0 turns the cache off)
 * @param maxEntries the most verifications remembered at once (bounded memory; the least
 *     recently used go first)
 */
@ConfigurationProperties("convene.credential-cache")
record CredentialCacheProperties(
        @DefaultValue("5m") Duration ttl,
        @DefaultValue("10000") int maxEntries) {

    CredentialCacheProperties {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("convene.credential-cache.ttl must not be negative");
        }
        if (maxEntries < 0) {
            throw new IllegalArgumentException("convene.credential-cache.max-entries must not be negative");
        }
    }
}
