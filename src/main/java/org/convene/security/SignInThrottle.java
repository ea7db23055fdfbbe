package org.convene.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows the guessing of passwords: after {@code maxFailuresPerUser} failed sign-ins for one
 * username within the window, further attempts for that name are refused for the refusal time,
 * without their password being checked; likewise {@code maxFailuresPerAddress} failures from one
 * client address, whatever the names, refuse that address. A refusal always ends, and an admin can
 * end it sooner ({@link #clear}). A successful sign-in does not forget a name's failures: a
 * script signing in with HTTP Basic on every call would otherwise reset the count for whoever
 * guesses at the same name between its calls.
 *
 * <p>Names and addresses are kept in two Caffeine caches bounded in size and expiring once
 * nothing happened for longer than the window and the refusal, so memory stays bounded whatever
 * a client sends.
 */
@Component
class SignInThrottle {

    /** The longest username kept as a key; longer ones are cut (no real one is that long). */
    private static final int KEY_LENGTH = 100;

    private final SignInProperties settings;
    private final Clock clock;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> addresses;

    @Autowired
    SignInThrottle(SignInProperties settings) {
        this(settings, Clock.systemUTC());
    }

    SignInThrottle(SignInProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Duration idle = settings.window().compareTo(settings.refusal()) > 0 ? settings.window() : settings.refusal();
        this.users = cache(idle, settings.maxTracked());
        this.addresses = cache(idle, settings.maxTracked());
    }

    private static Cache<String, Failures> cache(Duration idle, int size) {
        return Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(size).build();
    }

    /** Why an attempt is refused, and for how much longer. */
    record Refusal(Kind kind, Duration retryAfter) {

        enum Kind {
            USER,
            ADDRESS
        }

        /** Whole seconds, rounded up, for {@code Retry-After}. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** The refusal in words, for the API's error and the sign-in form. */
        String sentence() {
            long minutes = (retryAfterSeconds() + 59) / 60;
            String wait = minutes <= 1 ? "a minute" : minutes + " minutes";
            return (kind == Kind.USER
                            ? "Too many failed sign-ins for this user name"
                            : "Too many failed sign-ins from this address")
                    + "; try again in " + wait + ", or ask an admin to lift the block.";
        }
    }

    /** A name or address refused now, for the admin page and API. */
    record Refused(String kind, String key, int failures, Instant until) {

        /** When the refusal ends, as the admin page shows it. */
        public String untilText() {
            return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(until);
        }
    }

    /** Whether an attempt to sign in as this user from this address is refused now. */
    Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byName = remaining(users, key(username), now);
        if (byName.isPresent()) {
            return Optional.of(new Refusal(Refusal.Kind.USER, byName.get()));
        }
        return remaining(addresses, address, now).map(left -> new Refusal(Refusal.Kind.ADDRESS, left));
    }

    /** Counts a failed sign-in against the name and the address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        String name = key(username);
        if (name != null) {
            users.get(name, k -> new Failures()).add(now, settings.maxFailuresPerUser(), settings);
        }
        if (address != null) {
            addresses.get(address, k -> new Failures()).add(now, settings.maxFailuresPerAddress(), settings);
        }
    }

    /** The names and addresses refused now, the longest refusal first. */
    List<Refused> refused() {
        Instant now = clock.instant();
        return Stream.concat(refused("user", users, now), refused("address", addresses, now))
                .sorted(Comparator.comparing(Refused::until).reversed())
                .toList();
    }

    private static Stream<Refused> refused(String kind, Cache<String, Failures> cache, Instant now) {
        return cache.asMap().entrySet().stream()
                .map(entry -> entry.getValue().refused(kind, entry.getKey(), now))
                .flatMap(Optional::stream);
    }

    /**
     * Forgets the failures of a name, of an address, or (both null) of everyone.
     *
     * @return whether anything was refused or counted for them
     */
    boolean clear(String username, String address) {
        if (username == null && address == null) {
            boolean any = users.estimatedSize() + addresses.estimatedSize() > 0;
            users.invalidateAll();
            addresses.invalidateAll();
            return any;
        }
        boolean any = false;
        if (username != null) {
            any |= users.asMap().remove(key(username)) != null;
        }
        if (address != null) {
            any |= addresses.asMap().remove(address) != null;
        }
        return any;
    }

    private static Optional<Duration> remaining(Cache<String, Failures> cache, String key, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Failures failures = cache.getIfPresent(key);
        return failures == null ? Optional.empty() : failures.refusedFor(now);
    }

    /** Names are matched without regard to case, so "Admin" and "admin" share their count. */
    private static String key(String username) {
        if (username == null) {
            return null;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
    }

    /** The recent failures of one name or address, and until when it is refused. */
    private static final class Failures {

        private final Deque<Instant> recent = new ArrayDeque<>();
        private int counted;
        private Instant refusedUntil;

        synchronized void add(Instant now, int limit, SignInProperties settings) {
            Instant since = now.minus(settings.window());
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.pollFirst();
            }
            recent.addLast(now);
            counted++;
            if (recent.size() >= limit) {
                refusedUntil = now.plus(settings.refusal());
                recent.clear();
            }
        }

        synchronized Optional<Duration> refusedFor(Instant now) {
            if (refusedUntil == null || !refusedUntil.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, refusedUntil));
        }

        synchronized Optional<Refused> refused(String kind, String key, Instant now) {
            return refusedFor(now).map(left -> new Refused(kind, key, counted, refusedUntil));
        }
    }

    /** For tests of the bound: how many names and addresses are held now. */
    Map<String, Long> tracked() {
        users.cleanUp();
        addresses.cleanUp();
        return Map.of("users", users.estimatedSize(), "addresses", addresses.estimatedSize());
    }
}
