package org.convene.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit entries of user administration: every write to a {@code :User} calls one method here,
 * inside its own transaction, with the changed fields' values before and after; a password
 * appears only as {@code "changed"}.
 *
 * <p>Each goes into the audit trail ({@link AuditTrail}, in the write's transaction) as an entry
 * of type {@value #TYPE} whose id and label are the user name, and into the log.
 */
@Component
class UserChanges {

    /** The audit trail's name for a user. */
    static final String TYPE = "user";

    /** What a password's before and after are recorded as. */
    static final String CHANGED = "changed";

    private static final Logger log = LoggerFactory.getLogger(UserChanges.class);

    private final AuditTrail audit;

    UserChanges(AuditTrail audit) {
        this.audit = audit;
    }

    /** One field's value before and after the write. */
    record Change(Object before, Object after) {}

    void created(String username, Role role, boolean enabled) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("role", new Change(null, role.name()));
        changes.put("enabled", new Change(null, enabled));
        changes.put("password", new Change(null, CHANGED));
        record(AuditTrail.CREATED, username, changes);
    }

    void changed(String username, Map<String, Change> changes) {
        if (!changes.isEmpty()) {
            record(AuditTrail.UPDATED, username, changes);
        }
    }

    void passwordChanged(String username) {
        record(AuditTrail.UPDATED, username, Map.of("password", new Change(CHANGED, CHANGED)));
    }

    private void record(String action, String username, Map<String, Change> changes) {
        Map<String, AuditTrail.Change> recorded = new LinkedHashMap<>();
        changes.forEach((field, change) -> recorded.put(field, new AuditTrail.Change(change.before(), change.after())));
        audit.event(action, TYPE, username, username, recorded, List.of());
        log.info("User {} {} by {}: {}", username, action, Auditor.currentUser(), changes);
    }
}
