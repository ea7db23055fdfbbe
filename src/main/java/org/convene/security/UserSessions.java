package org.convene.security;

import java.util.Objects;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each user, as the sign-in form registers them, so that a change of a
 * user's role, status or password ends their sessions: the next request through one signs in
 * again (a page) or answers 401 (the API), and never acts with the old role.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends every session of the user except the one with this id (the one changing its own password). */
    void endAllBut(String username, String keptSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                registry.getAllSessions(principal, false).stream()
                        .filter(session -> !Objects.equals(session.getSessionId(), keptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
