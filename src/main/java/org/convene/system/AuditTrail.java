package org.convene.system;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: who changed what and when, with each changed field's value before and after.
 * Every write records its entry here, inside its own transaction and through the same
 * {@link Neo4jClient}, so the write and its entry commit (or roll back) together; a call outside
 * a transaction fails. Auditing a new kind of entity is one call per write:
 *
 * <pre>{@code
 * audit.created("tie", id, "Ana Ruiz – Ben Ode", AuditTrail.values("strength", 3, "context", "church"), a, b);
 * if (audit.changed("tie", id, label, before, after, a, b)) { ...write... }   // nothing differs: write nothing
 * audit.deleted("tie", id, label, before, a, b);
 * audit.event("imported", "import", null, "elements.csv, connections.csv", details, idsTouched);
 * }</pre>
 *
 * Entries are {@code (:AuditEntry {id, at, user, action, entityType, entityId, label, changes,
 * mentions})}: {@code changes} is the JSON text {@code {"field":{"before":..,"after":..}}};
 * {@code mentions} lists the ids the entry names (the entity's own id first, then the ones passed
 * after the values, such as a tie's two people), which is how {@code GET /api/audit?entity=} finds
 * an element's changes and how a person's complete removal finds what to redact. A field named as
 * a secret ({@link #SECRET_FIELDS}: passwords, tokens and their hashes) is compared but never
 * stored: it appears only as {@value #CHANGED}.
 */
@Component
public class AuditTrail {

    /** The actions of {@link #created}, {@link #changed} and {@link #deleted}. */
    public static final String CREATED = "created";

    public static final String UPDATED = "changed";
    public static final String DELETED = "deleted";

    /** What a secret field's value is recorded as, before and after. */
    public static final String CHANGED = "changed";

    /** What a redacted label or value reads. */
    public static final String REDACTED = "(removed)";

    /** Fields whose values never reach the trail: only the fact that they changed. */
    public static final Set<String> SECRET_FIELDS =
            Set.of("password", "passwordHash", "token", "tokenHash", "secret", "secretHash");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Neo4jClient neo4j;

    AuditTrail(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** One field's value before and after a change; either may be {@code null}. */
    public record Change(Object before, Object after) {}

    /** Records that an entity was created with these values (the non-empty ones are listed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String type, String id, String label, Map<String, ?> after, String... alsoMentions) {
        record(CREATED, type, id, label, differences(Map.of(), after), mentions(id, List.of(alsoMentions)));
    }

    /**
     * Records the fields whose values differ between {@code before} and {@code after} (a field
     * missing from one map counts as {@code null} there); records nothing when none differs.
     *
     * @return whether anything differed, so that a write that changes nothing can write nothing
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changed(
            String type, String id, String label, Map<String, ?> before, Map<String, ?> after, String... alsoMentions) {
        Map<String, Change> changes = differences(before, after);
        if (changes.isEmpty()) {
            return false;
        }
        record(UPDATED, type, id, label, changes, mentions(id, List.of(alsoMentions)));
        return true;
    }

    /** Records that an entity was deleted, with the values it had (the non-empty ones are listed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String type, String id, String label, Map<String, ?> before, String... alsoMentions) {
        record(DELETED, type, id, label, differences(before, Map.of()), mentions(id, List.of(alsoMentions)));
    }

    /**
     * Records anything else (an import, a stage change, a password reset): {@code details} maps a
     * field to its {@link Change}, or to a plain value, recorded as the value after. {@code id} may
     * be {@code null} when the entry is about no one entity; {@code mentions} are the ids the entry
     * names besides {@code id}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void event(
            String action, String type, String id, String label, Map<String, ?> details, Collection<String> mentions) {
        Map<String, Change> changes = new LinkedHashMap<>();
        details.forEach((field, value) -> {
            Change change = value instanceof Change given ? given : new Change(null, value);
            changes.put(field, secret(field, change));
        });
        record(action, type, id, label, changes, mentions(id, mentions));
    }

    /**
     * Takes a person (or anything else with an id) out of the trail, for a complete removal: an
     * entry about an entity (its own, or a tie's or affiliation's that names it) keeps its time,
     * user, action, type and changed field names, and its label and every value become
     * {@value #REDACTED}; an entry about no one entity that lists it among others (an import) keeps
     * its values, with the name replaced wherever it occurs. From every entry the id goes from
     * {@code mentions}, and from {@code entityId} where it was the entry's own.
     *
     * @return how many entries were redacted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int redact(String id, String name) {
        List<Map<String, Object>> rows = new ArrayList<>();
        neo4j.query("""
                MATCH (a:AuditEntry) WHERE $id IN a.mentions
                RETURN a.id AS id, a.entityId AS entityId, a.label AS label, a.changes AS changes
                """).bind(id).to("id").fetch().all().forEach(entry -> {
            String entityId = (String) entry.get("entityId");
            boolean about = entityId != null;
            String label = (String) entry.get("label");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", entry.get("id"));
            row.put("entityId", id.equals(entityId) ? null : entityId);
            row.put("label", about ? REDACTED : scrub(label, name));
            row.put("changes", JSON.writeValueAsString(redacted(read((String) entry.get("changes")), about, name)));
            rows.add(row);
        });
        if (!rows.isEmpty()) {
            neo4j.query("""
                    UNWIND $rows AS row
                    MATCH (a:AuditEntry {id: row.id})
                    SET a.entityId = row.entityId, a.label = row.label, a.changes = row.changes,
                        a.mentions = [m IN a.mentions WHERE m <> $id]
                    """).bindAll(Map.of("rows", rows, "id", id)).run();
        }
        return rows.size();
    }

    /** The changes of a stored entry: field to {@code {before, after}}. */
    static Map<String, Change> read(String changes) {
        Map<String, Change> read = new LinkedHashMap<>();
        if (changes == null || changes.isBlank()) {
            return read;
        }
        JSON.readTree(changes)
                .properties()
                .forEach(field -> read.put(
                        field.getKey(),
                        new Change(
                                value(field.getValue().get("before")),
                                value(field.getValue().get("after")))));
        return read;
    }

    private static Object value(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : JSON.treeToValue(node, Object.class);
    }

    private static Map<String, Change> redacted(Map<String, Change> changes, boolean about, String name) {
        Map<String, Change> redacted = new LinkedHashMap<>();
        changes.forEach((field, change) -> redacted.put(
                field, new Change(redacted(change.before(), about, name), redacted(change.after(), about, name))));
        return redacted;
    }

    private static Object redacted(Object value, boolean about, String name) {
        if (value == null) {
            return null;
        }
        if (about) {
            return REDACTED;
        }
        if (value instanceof String text) {
            return scrub(text, name);
        }
        if (value instanceof List<?> items) {
            return items.stream().map(item -> redacted(item, false, name)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> scrubbed = new LinkedHashMap<>();
            map.forEach((key, item) -> scrubbed.put(key, redacted(item, false, name)));
            return scrubbed;
        }
        return value;
    }

    private static String scrub(String text, String name) {
        return text == null || name == null || name.isBlank() ? text : text.replace(name, REDACTED);
    }

    /**
     * The fields whose values differ, in the order of {@code after} then of {@code before}, with
     * values as the trail stores them (dates as ISO text, whole numbers as longs) and secrets as
     * {@value #CHANGED}. {@code null}, a missing field and an empty list are the same.
     */
    public static Map<String, Change> differences(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object was = plain(before.get(field));
            Object is = plain(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.put(field, secret(field, new Change(was, is)));
            }
        }
        return changes;
    }

    /** Field names and values, alternating, in this order; a value may be {@code null}. */
    public static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values(...) takes names and values in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private void record(
            String action, String type, String id, String label, Map<String, Change> changes, List<String> mentions) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("at", Auditor.now());
        parameters.put("user", Auditor.currentUser());
        parameters.put("action", action);
        parameters.put("entityType", type);
        parameters.put("entityId", id);
        parameters.put("label", label);
        parameters.put("changes", JSON.writeValueAsString(changes));
        parameters.put("mentions", mentions);
        neo4j.query("""
                CREATE (:AuditEntry {id: $id, at: $at, user: $user, action: $action, entityType: $entityType,
                                     entityId: $entityId, label: $label, changes: $changes, mentions: $mentions})
                """).bindAll(parameters).run();
    }

    private static List<String> mentions(String id, Collection<String> others) {
        Set<String> mentions = new LinkedHashSet<>();
        if (id != null) {
            mentions.add(id);
        }
        others.stream().filter(Objects::nonNull).forEach(mentions::add);
        return List.copyOf(mentions);
    }

    private static Change secret(String field, Change change) {
        if (!SECRET_FIELDS.contains(field)) {
            return new Change(plain(change.before()), plain(change.after()));
        }
        return new Change(change.before() == null ? null : CHANGED, change.after() == null ? null : CHANGED);
    }

    /** A value as the trail's JSON holds it; {@code null} for nothing. */
    static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return null;
            }
            List<Object> plain = new ArrayList<>(items.size());
            items.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        if (value instanceof Change change) {
            return change;
        }
        return value.toString();
    }
}
