package org.convene.map;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is looking at a page, and whether the page offers them edit controls and user administration. */
record PageUser(String name, boolean canEdit, boolean admin) {

    private static final String EDITOR = "ROLE_EDITOR";
    private static final String ADMIN = "ROLE_ADMIN";

    /** Editors and everyone above them in the role hierarchy (admins) may edit; admins manage users. */
    static PageUser of(Authentication authentication, RoleHierarchy roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new PageUser(null, false, false);
        }
        Set<String> reachable = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new PageUser(authentication.getName(), reachable.contains(EDITOR), reachable.contains(ADMIN));
    }
}
