package org.convene.security;

import java.util.Map;
import java.util.Optional;

import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The users who may sign in, kept as {@code :User} nodes with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    private final Neo4jClient neo4j;
    private final PasswordEncoder passwords;

    UserAccounts(Neo4jClient neo4j, PasswordEncoder passwords) {
        this.neo4j = neo4j;
        this.passwords = passwords;
    }

    /** Creates a user; a taken username is a conflict. */
    public void create(String username, String rawPassword, Role role) {
        if (find(username).isPresent()) {
            throw new ConflictException("The username '" + username + "' is taken.");
        }
        neo4j.query("""
                CREATE (u:User {username: $username, passwordHash: $hash, role: $role,
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
    }

    /** Removes a user (tests and administration). */
    public void delete(String username) {
        neo4j.query("MATCH (u:User {username: $username}) DETACH DELETE u")
                .bind(username)
                .to("username")
                .run();
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
        return neo4j.query("MATCH (u:User {username: $username}) RETURN u.passwordHash AS hash, u.role AS role")
                .bind(username)
                .to("username")
                .fetch()
                .one();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(username)
                .password((String) user.get("hash"))
                .authorities(Role.valueOf((String) user.get("role")).authority())
                .build();
    }
}
