package org.convene.security;

import java.time.ZonedDateTime;
import java.util.Map;

/** A user as the API and the admin page show them: never their password or its hash. */
public record UserView(
        String username,
        Role role,
        boolean enabled,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {

    static UserView of(Map<String, Object> row) {
        return new UserView(
                (String) row.get("username"),
                Role.valueOf((String) row.get("role")),
                Boolean.TRUE.equals(row.get("enabled")),
                (String) row.get("createdBy"),
                time(row.get("createdAt")),
                (String) row.get("updatedBy"),
                time(row.get("updatedAt")));
    }

    private static ZonedDateTime time(Object value) {
        return value instanceof ZonedDateTime time ? time : null;
    }
}
