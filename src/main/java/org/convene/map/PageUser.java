package org.convene.map;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is looking at a page, and whether the page offers them edit controls. */
record PageUser(String name, boolean canEdit) {

    private static final String EDITOR = "ROLE_EDITOR";

    /** Editors and everyone above them in the role hierarchy (admins) may edit. */
    static PageUser of(Authentication authentication, RoleHierarchy roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new PageUser(null, false);
        }
        boolean canEdit = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(EDITOR::equals);
        return new PageUser(authentication.getName(), canEdit);
    }
}
