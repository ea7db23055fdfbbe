package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTests {

    private final AtomicLong nanos = new AtomicLong();

    private VerifiedPasswords cache(Duration ttl, int size) {
        return new VerifiedPasswords(new CredentialCacheProperties(ttl, size), nanos::get);
    }

    private static UserAccounts.Credentials stored(String username, String hash, long version) {
        return new UserAccounts.Credentials(username, hash, Role.EDITOR, true, version);
    }

    @Test
    void aRememberedPasswordIsVerifiedWhileTheStoredVersionAndHashStayTheSame() {
        var cache = cache(Duration.ofMinutes(5), 100);
        var ana = stored("ana", "{bcrypt}one", 3);

        cache.remember("ana", "right password", ana);

        assertThat(cache.verified("ana", "right password", ana)).isTrue();
        assertThat(cache.verified("ana", "right password", stored("ana", "{bcrypt}one", 4)))
                .as("another version: the password, role or status changed")
                .isFalse();
        assertThat(cache.verified("ana", "right password", stored("ana", "{bcrypt}two", 3)))
                .as("another hash written behind the app's back")
                .isFalse();
    }

    @Test
    void aWrongPasswordOrAnotherNameIsNeverVerifiedByARememberedOne() {
        var cache = cache(Duration.ofMinutes(5), 100);
        var ana = stored("ana", "{bcrypt}one", 1);
        cache.remember("ana", "right password", ana);

        assertThat(cache.verified("ana", "wrong password", ana)).isFalse();
        assertThat(cache.verified("ana", "right passwor", ana)).isFalse();
        assertThat(cache.verified("an", "aright password", stored("an", "{bcrypt}one", 1)))
                .as("the name's length is part of the key, so 'an'+'aright...' is not 'ana'+'right...'")
                .isFalse();
        assertThat(cache.verified("bo", "right password", stored("bo", "{bcrypt}one", 1)))
                .isFalse();
    }

    @Test
    void aVerificationExpiresAfterItsTimeToLive() {
        var cache = cache(Duration.ofMinutes(5), 100);
        var ana = stored("ana", "{bcrypt}one", 1);
        cache.remember("ana", "right password", ana);

        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(cache.verified("ana", "right password", ana)).isTrue();
        nanos.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        assertThat(cache.verified("ana", "right password", ana)).isFalse();
    }

    @Test
    void theCacheHoldsAtMostItsMaximumWhateverIsRemembered() {
        var cache = cache(Duration.ofMinutes(5), 50);

        for (int i = 0; i < 2_000; i++) {
            cache.remember("user" + i, "password " + i, stored("user" + i, "{bcrypt}" + i, 1));
        }

        assertThat(cache.size()).isBetween(1L, 50L);
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        var cache = cache(Duration.ZERO, 100);
        var ana = stored("ana", "{bcrypt}one", 1);

        cache.remember("ana", "right password", ana);

        assertThat(cache.verified("ana", "right password", ana)).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aForgottenVerificationIsCheckedAgain() {
        var cache = cache(Duration.ofMinutes(5), 100);
        var ana = stored("ana", "{bcrypt}one", 1);
        cache.remember("ana", "right password", ana);

        cache.forget("ana", "right password");

        assertThat(cache.verified("ana", "right password", ana)).isFalse();
    }
}
