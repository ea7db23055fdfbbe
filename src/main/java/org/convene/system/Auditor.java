package org.convene.system;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, and when: what every write records as createdBy/At and updatedBy/At. */
public final class Auditor {

    /** The name recorded for writes the application makes itself (seeding, the demo city). */
    public static final String SYSTEM = "system";

    private Auditor() {}

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    public static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC);
    }
}
