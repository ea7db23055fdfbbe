package org.convene.security;

/** What a user may do; each role includes the ones before it. */
public enum Role {
    /** Reads the network and the analysis. */
    VIEWER,
    /** Also changes the network and imports. */
    EDITOR,
    /** Also manages users. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
