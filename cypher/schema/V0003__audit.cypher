// The audit trail (system/AuditTrail): one :AuditEntry per change, read newest first, by user,
// by entity and by time (GET /api/audit). An entry names its ids in a list property (mentions),
// which no index covers: the entity filter reads the entries in time order.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityId);
CREATE INDEX audit_entry_user IF NOT EXISTS FOR (a:AuditEntry) ON (a.user);
