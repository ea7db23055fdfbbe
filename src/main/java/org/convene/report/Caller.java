package org.convene.report;

import java.util.Set;
import java.util.stream.Collectors;

import org.convene.security.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who runs a report, and which roles they hold (each role includes the ones below it). */
record Caller(String name, Set<String> authorities) {

    Caller {
        authorities = Set.copyOf(authorities);
    }

    static Caller of(Authentication authentication, RoleHierarchy roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of());
        }
        return new Caller(
                authentication.getName(),
                roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet()));
    }

    /** Whether this caller holds the role (or one above it). */
    boolean may(Role role) {
        return authorities.contains("ROLE_" + role.name());
    }

    boolean canEdit() {
        return may(Role.EDITOR);
    }
}
