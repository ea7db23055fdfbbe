package org.convene.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The password checks that succeeded lately, so that a repeated HTTP Basic call costs a keyed hash
 * and a look-up instead of bcrypt. Each is kept under the HMAC-SHA256, with a secret drawn at
 * random when the process starts, of the user name and the password (never the password itself),
 * with the user's credential version and password hash at the time; it counts only while both
 * still match what the store holds now, so a change of password, role or status made anywhere
 * ends it on the next call. Only successes are kept: a wrong password is never remembered, and
 * is checked with bcrypt every time. Entries expire {@code ttl} after the check and at most
 * {@code maxEntries} are kept (Caffeine, least recently used first).
 */
@Component
class VerifiedPasswords {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec secret;
    private final Cache<String, Verified> verified;
    private final boolean enabled;

    /** What a successful check was made against. */
    private record Verified(String username, long version, String hash) {}

    @Autowired
    VerifiedPasswords(CredentialCacheProperties settings) {
        this(settings, Ticker.systemTicker());
    }

    VerifiedPasswords(CredentialCacheProperties settings, Ticker ticker) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, HMAC);
        this.enabled = !settings.ttl().isZero() && settings.maxEntries() > 0;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** Whether this password was verified lately for this user, as the store holds them now. */
    boolean verified(String username, String password, UserAccounts.Credentials current) {
        if (!enabled) {
            return false;
        }
        Verified seen = verified.getIfPresent(key(username, password));
        return seen != null
                && seen.username().equals(current.username())
                && seen.version() == current.version()
                && MessageDigest.isEqual(
                        seen.hash().getBytes(StandardCharsets.UTF_8),
                        current.hash().getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers a successful check of this password against these credentials. */
    void remember(String username, String password, UserAccounts.Credentials checked) {
        if (enabled) {
            verified.put(key(username, password), new Verified(username, checked.version(), checked.hash()));
        }
    }

    /** Forgets a verification (its credentials changed). */
    void forget(String username, String password) {
        verified.invalidate(key(username, password));
    }

    /** For tests of the bound: how many verifications are held now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** HMAC of the name's length, the name and the password, so no two pairs share their input. */
    private String key(String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] word = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
            mac.update(name);
            mac.update(word);
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
