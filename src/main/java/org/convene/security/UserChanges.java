package org.convene.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.convene.system.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit entries of user administration: every write to a {@code :User} calls one method here,
 * inside its own transaction, with the changed fields' values before and after; a password
 * appears only as {@code "changed"}.
 *
 * <p>AUDIT: this is the one call site for the audit trail that trust-audit builds in {@code
 * system/} ({@code AuditTrail.record(...)}, written in the same transaction). Until it lands the
 * entries are only logged; wiring it up is replacing the body of {@link #record}.
 */
@Component
class UserChanges {

    /** What a password's before and after are recorded as. */
    static final String CHANGED = "changed";

    private static final Logger log = LoggerFactory.getLogger(UserChanges.class);

    /** One field's value before and after the write. */
    record Change(Object before, Object after) {}

    void created(String username, Role role, boolean enabled) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("role", new Change(null, role.name()));
        changes.put("enabled", new Change(null, enabled));
        changes.put("password", new Change(null, CHANGED));
        record("created", username, changes);
    }

    void changed(String username, Map<String, Change> changes) {
        if (!changes.isEmpty()) {
            record("changed", username, changes);
        }
    }

    void passwordChanged(String username) {
        record("changed", username, Map.of("password", new Change(CHANGED, CHANGED)));
    }

    private void record(String action, String username, Map<String, Change> changes) {
        // AUDIT: auditTrail.record(action, "User", username, username, changes) once AuditTrail is on main
        log.info("User {} {} by {}: {}", username, action, Auditor.currentUser(), changes);
    }
}
