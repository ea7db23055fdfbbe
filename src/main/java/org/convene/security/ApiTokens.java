package org.convene.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, for scripts: {@code Authorization: Bearer TOKEN} signs in as the token's
 * user with their current role, while the user is enabled and the token not revoked. A token is
 * 32 random bytes (prefixed {@value #PREFIX}), shown once when created; the store keeps only its
 * SHA-256 hash, as {@code (:User)-[:HAS_TOKEN]->(:ApiToken {id, name, hash, createdAt,
 * lastUsedAt})}, found by that hash's unique index. {@code lastUsedAt} is written at most once a
 * {@link #LAST_USED_STEP}, so a script's calls are not each a write. Creation and revocation are
 * audited; the token itself never reaches the trail, the log or any answer but the creation's.
 */
@Service
class ApiTokens {

    /** The start of every token, so a secret scanner or a reader knows one when they see it. */
    static final String PREFIX = "cvn_";

    /** The most tokens one user may hold. */
    static final int MAX_PER_USER = 20;

    /** The longest name of a token. */
    static final int MAX_NAME = 100;

    /** How stale {@code lastUsedAt} may get before a use writes it again. */
    static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    ApiTokens(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    /** A token as its owner lists it: never its secret or hash. */
    record TokenView(String id, String name, ZonedDateTime createdAt, ZonedDateTime lastUsedAt) {}

    /** A token just created: the one answer that carries the secret. */
    record NewToken(String id, String name, String token, ZonedDateTime createdAt) {}

    /** The user a presented token signs in as, as the store holds them now. */
    record Holder(String tokenId, String username, Role role, boolean enabled, ZonedDateTime lastUsedAt) {}

    /**
     * Creates a token for this user. The user's node is locked first, so two creations at once
     * both count each other against {@link #MAX_PER_USER}.
     *
     * @throws InvalidRequestException (400) naming {@code name} when it is missing or too long
     * @throws ConflictException (409) when the user holds {@link #MAX_PER_USER} tokens already
     */
    @Transactional
    public NewToken create(String username, String name) {
        String cleaned = checkedName(name);
        long held = neo4j.query("""
                MATCH (u:User {username: $username})
                SET u.tokenLock = true
                REMOVE u.tokenLock
                WITH u
                OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
                RETURN count(t) AS held
                """)
                .bind(username)
                .to("username")
                .fetchAs(Long.class)
                .one()
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'."));
        if (held >= MAX_PER_USER) {
            throw new ConflictException("You hold " + held + " tokens, the most one user may; revoke one first.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        ZonedDateTime at = Auditor.now();
        neo4j.query("""
                MATCH (u:User {username: $username})
                CREATE (u)-[:HAS_TOKEN]->(:ApiToken {id: $id, name: $name, hash: $hash, createdAt: $at})
                """)
                .bindAll(Map.of("username", username, "id", id, "name", cleaned, "hash", hash(token), "at", at))
                .run();
        audit.created(
                "token",
                id,
                cleaned,
                AuditTrail.values("name", cleaned, "user", username, "token", AuditTrail.CHANGED));
        return new NewToken(id, cleaned, token, at);
    }

    /** The user's own tokens, the newest first, without their secrets. */
    @Transactional(readOnly = true)
    public List<TokenView> list(String username) {
        return List.copyOf(neo4j.query("""
                MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
                RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.lastUsedAt AS lastUsedAt
                ORDER BY t.createdAt DESC, t.id
                """).bind(username).to("username").fetch().all().stream()
                .map(row -> new TokenView(
                        (String) row.get("id"),
                        (String) row.get("name"),
                        (ZonedDateTime) row.get("createdAt"),
                        (ZonedDateTime) row.get("lastUsedAt")))
                .toList());
    }

    /**
     * Revokes one of the user's own tokens; it stops working on its next use.
     *
     * @throws NotFoundException (404) when the user holds no token with this id (also when
     *     another user does: an admin stops someone else's tokens by disabling that user)
     */
    @Transactional
    public void revoke(String username, String id) {
        Map<String, Object> revoked = neo4j.query("""
                MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken {id: $id})
                WITH t, t.name AS name
                DETACH DELETE t
                RETURN name
                """)
                .bindAll(Map.of("username", username, "id", id))
                .fetch()
                .one()
                .orElseThrow(() -> new NotFoundException("You hold no token with id '" + id + "'."));
        String name = (String) revoked.get("name");
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", name);
        before.put("user", username);
        before.put("token", AuditTrail.CHANGED);
        audit.deleted("token", id, name, before);
    }

    /** The holder of a presented token, with their current role and status; empty when unknown or revoked. */
    Optional<Holder> holder(String token) {
        return neo4j.query("""
                MATCH (t:ApiToken {hash: $hash})<-[:HAS_TOKEN]-(u:User)
                RETURN t.id AS id, u.username AS username, u.role AS role, coalesce(u.enabled, true) AS enabled,
                       t.lastUsedAt AS lastUsedAt
                """)
                .bind(hash(token))
                .to("hash")
                .fetch()
                .one()
                .map(row -> new Holder(
                        (String) row.get("id"),
                        (String) row.get("username"),
                        Role.valueOf((String) row.get("role")),
                        Boolean.TRUE.equals(row.get("enabled")),
                        (ZonedDateTime) row.get("lastUsedAt")));
    }

    /**
     * Notes that the token was used now, when its last use is older than {@link #LAST_USED_STEP}
     * (two instances writing at once write it once). Bookkeeping like a session's last access:
     * it is not a change anyone made, so it is not audited and no analysis reads it.
     */
    void used(Holder holder) {
        ZonedDateTime now = Auditor.now();
        if (holder.lastUsedAt() != null
                && holder.lastUsedAt().plus(LAST_USED_STEP).isAfter(now)) {
            return;
        }
        neo4j.query("""
                MATCH (t:ApiToken {id: $id})
                WHERE t.lastUsedAt IS NULL OR t.lastUsedAt < $stale
                SET t.lastUsedAt = $now
                """)
                .bindAll(Map.of("id", holder.tokenId(), "stale", now.minus(LAST_USED_STEP), "now", now))
                .run();
    }

    /** Whether a header value looks like one of our tokens at all (before any look-up). */
    static boolean wellFormed(String token) {
        return token.length() == PREFIX.length() + 43
                && token.startsWith(PREFIX)
                && token.substring(PREFIX.length())
                        .chars()
                        .allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(
                    "'name' is required: say what the token is for.", List.of(new FieldError("name", "is required")));
        }
        String cleaned = name.strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME) {
            throw new InvalidRequestException(
                    "'name' is longer than " + MAX_NAME + " characters.",
                    List.of(new FieldError("name", "must be at most " + MAX_NAME + " characters")));
        }
        return cleaned;
    }
}
