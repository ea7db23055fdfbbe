package org.convene.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who may sign in, kept as {@code :User} nodes with hashed passwords (the delegating
 * encoder, so a stored hash names its algorithm), a role and whether they are enabled. Every write
 * is recorded through {@link UserChanges}; a change of role, status or password ends the user's
 * sessions and raises their {@code credentialVersion} in the same transaction, so it takes effect on
 * their next request, also through another instance of the application and through a remembered
 * HTTP Basic verification ({@link VerifiedPasswords}). The last enabled admin can be neither
 * disabled nor demoted: the check locks every admin first, so two such changes at once cannot
 * both pass it.
 */
@Service
public class UserAccounts {

    private static final String VIEW = """
            RETURN u.username AS username, u.role AS role, coalesce(u.enabled, true) AS enabled,
                   u.createdBy AS createdBy, u.createdAt AS createdAt, u.updatedBy AS updatedBy, u.updatedAt AS updatedAt
            """;

    private final Neo4jClient neo4j;
    private final PasswordEncoder passwords;
    private final UserChanges changes;
    private final UserSessions sessions;

    UserAccounts(Neo4jClient neo4j, PasswordEncoder passwords, UserChanges changes, UserSessions sessions) {
        this.neo4j = neo4j;
        this.passwords = passwords;
        this.changes = changes;
        this.sessions = sessions;
    }

    /**
     * Creates an enabled user after checking the username and the password; a taken username is
     * a conflict (also when two requests create it at once: the store's uniqueness constraint
     * stops the second).
     */
    @Transactional
    public UserView create(String username, String rawPassword, Role role) {
        UserRules.check(UserRules.all(List.of(
                UserRules.username("username", username), UserRules.password("password", rawPassword, username))));
        if (exists(username)) {
            throw taken(username);
        }
        neo4j.query("""
                CREATE (u:User {username: $username, passwordHash: $hash, role: $role, enabled: true, credentialVersion: 1,
                                createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                """)
                .bindAll(Map.of(
                        "username",
                        username,
                        "hash",
                        passwords.encode(rawPassword),
                        "role",
                        role.name(),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        changes.created(username, role, true);
        return get(username);
    }

    static ConflictException taken(String username) {
        return new ConflictException("The username '" + username + "' is taken.");
    }

    /** Every user, by username. */
    @Transactional(readOnly = true)
    public List<UserView> all() {
        return List.copyOf(neo4j.query("MATCH (u:User) WITH u ORDER BY u.username\n" + VIEW).fetch().all().stream()
                .map(UserView::of)
                .toList());
    }

    @Transactional(readOnly = true)
    public UserView get(String username) {
        return neo4j.query("MATCH (u:User {username: $username})\n" + VIEW)
                .bind(username)
                .to("username")
                .fetch()
                .one()
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'."));
    }

    /**
     * An admin's change to a user: a new role, enabled or not, a new password (a reset); a field
     * left out (null) stays as it is. A change that changes nothing writes nothing.
     */
    @Transactional
    public UserView change(String username, String role, Boolean enabled, String rawPassword) {
        List<FieldError> errors = new ArrayList<>();
        Role newRole = role == null ? null : UserRules.role("role", role, errors);
        if (rawPassword != null) {
            errors.addAll(UserRules.password("password", rawPassword, username));
        }
        UserRules.check(errors);
        UserView current = get(username);
        boolean demoted = newRole != null && newRole != current.role() && current.role() == Role.ADMIN;
        boolean disabled = Boolean.FALSE.equals(enabled) && current.enabled();
        if (current.role() == Role.ADMIN && current.enabled() && (demoted || disabled)) {
            requireAnotherEnabledAdmin(username);
            current = get(username); // as it stands now that every admin is locked
        }
        Map<String, UserChanges.Change> changed = new LinkedHashMap<>();
        if (newRole != null && newRole != current.role()) {
            changed.put("role", new UserChanges.Change(current.role().name(), newRole.name()));
        }
        if (enabled != null && enabled != current.enabled()) {
            changed.put("enabled", new UserChanges.Change(current.enabled(), enabled));
        }
        if (rawPassword != null) {
            changed.put("password", new UserChanges.Change(UserChanges.CHANGED, UserChanges.CHANGED));
        }
        if (changed.isEmpty()) {
            return current;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("role", newRole == null ? null : newRole.name());
        parameters.put("enabled", enabled);
        parameters.put("hash", rawPassword == null ? null : passwords.encode(rawPassword));
        parameters.put("by", Auditor.currentUser());
        parameters.put("at", Auditor.now());
        neo4j.query("""
                MATCH (u:User {username: $username})
                SET u.role = coalesce($role, u.role), u.enabled = coalesce($enabled, u.enabled, true),
                    u.passwordHash = coalesce($hash, u.passwordHash), u.updatedBy = $by, u.updatedAt = $at,
                    u.credentialVersion = coalesce(u.credentialVersion, 0) + 1
                """).bindAll(parameters).run();
        changes.changed(username, changed);
        sessions.endAll(username);
        return get(username);
    }

    /**
     * A user's own change of password: the current one must match. A wrong current password is a
     * failed sign-in for the throttle, so this cannot be used to guess it.
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String sessionId) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "is required"));
        }
        errors.addAll(UserRules.password("newPassword", newPassword, username));
        UserRules.check(errors);
        String hash = find(username)
                .map(user -> (String) user.get("hash"))
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'."));
        if (!matches(currentPassword, hash)) {
            throw new WrongPasswordException();
        }
        if (currentPassword.equals(newPassword)) {
            UserRules.check(List.of(new FieldError("newPassword", "must differ from the current password")));
        }
        neo4j.query("""
                MATCH (u:User {username: $username})
                SET u.passwordHash = $hash, u.updatedBy = $by, u.updatedAt = $at,
                    u.credentialVersion = coalesce(u.credentialVersion, 0) + 1
                """)
                .bindAll(Map.of(
                        "username",
                        username,
                        "hash",
                        passwords.encode(newPassword),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        changes.passwordChanged(username);
        sessions.endAllBut(username, sessionId);
    }

    /** The current password given to change it did not match; a 400 naming the field. */
    static final class WrongPasswordException extends InvalidRequestException {

        @Serial
        private static final long serialVersionUID = 1L;

        WrongPasswordException() {
            super(
                    "'currentPassword' is not your current password.",
                    List.of(new FieldError("currentPassword", "is not your current password")));
        }
    }

    private boolean matches(String raw, String hash) {
        try {
            return passwords.matches(raw, hash);
        } catch (IllegalArgumentException tooLong) {
            return false; // bcrypt refuses more than 72 bytes, which no stored password has
        }
    }

    /**
     * Locks every admin, in username order so that two such changes wait for each other instead
     * of deadlocking (setting a property takes the node's write lock until the transaction ends;
     * setting an absent one to null does not, as it changes nothing), then checks that an enabled admin other than this one remains. The count is
     * read after the locks, so it sees any change that committed while this one waited.
     */
    private void requireAnotherEnabledAdmin(String username) {
        neo4j.query("""
                MATCH (u:User {role: 'ADMIN'})
                WITH u ORDER BY u.username
                SET u.locked = true
                REMOVE u.locked
                RETURN count(u) AS locked
                """).fetch().one();
        long others = neo4j.query("""
                MATCH (u:User {role: 'ADMIN'})
                WHERE coalesce(u.enabled, true) AND u.username <> $username
                RETURN count(u) AS others
                """)
                .bind(username)
                .to("username")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (others == 0) {
            throw new ConflictException("'" + username + "' is the last enabled admin: give another user the ADMIN"
                    + " role first, or nobody could manage users.");
        }
    }

    /** Removes a user with their tokens (tests). */
    public void delete(String username) {
        neo4j.query("""
                MATCH (u:User {username: $username})
                OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
                DETACH DELETE t, u
                """).bind(username).to("username").run();
    }

    public boolean anyAdmin() {
        return neo4j.query("MATCH (u:User {role: 'ADMIN'}) RETURN count(u) > 0 AS any")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    Optional<Map<String, Object>> find(String username) {
        return neo4j.query("""
                MATCH (u:User {username: $username})
                RETURN u.passwordHash AS hash, u.role AS role, coalesce(u.enabled, true) AS enabled
                """).bind(username).to("username").fetch().one();
    }

    /**
     * What a sign-in is checked against, read with one look-up of the username's unique index:
     * the password hash, the current role and status, and the credential version, which every
     * change of password, role or status raises in its own transaction (so a verification
     * remembered by {@link VerifiedPasswords} is good only while the version it was made at holds).
     */
    Optional<Credentials> credentials(String username) {
        return neo4j.query("""
                MATCH (u:User {username: $username})
                RETURN u.passwordHash AS hash, u.role AS role, coalesce(u.enabled, true) AS enabled,
                       coalesce(u.credentialVersion, 0) AS version
                """)
                .bind(username)
                .to("username")
                .fetch()
                .one()
                .map(row -> new Credentials(
                        username,
                        (String) row.get("hash"),
                        Role.valueOf((String) row.get("role")),
                        Boolean.TRUE.equals(row.get("enabled")),
                        ((Number) row.get("version")).longValue()));
    }

    /** A user's stored credentials as a sign-in reads them. */
    record Credentials(String username, String hash, Role role, boolean enabled, long version) {

        /** The signed-in user as Spring Security holds it, with the current role. */
        UserDetails user() {
            return User.withUsername(username)
                    .password(hash)
                    .authorities(role.authority())
                    .disabled(!enabled)
                    .build();
        }
    }
}
