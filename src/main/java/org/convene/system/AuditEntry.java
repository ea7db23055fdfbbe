package org.convene.system;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One entry of the audit trail as the API answers it: who ({@code user}) did what ({@code action}:
 * created, changed, deleted, removed, imported, ...) to which entity, when, with each changed
 * field's value before and after. {@code entityId} is {@code null} for an entry about no one
 * entity (an import) and for a complete removal, which names nobody.
 */
public record AuditEntry(
        String id,
        ZonedDateTime at,
        String user,
        String action,
        String entityType,
        String entityId,
        String label,
        Map<String, AuditTrail.Change> changes) {}
