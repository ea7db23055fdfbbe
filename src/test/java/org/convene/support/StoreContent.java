package org.convene.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Everything in the store that a test could leave behind or change, read at one moment: each node
 * with its labels and properties, each relationship with its type, properties and ends. The
 * {@code :GraphVersion} counter, which every write raises, the {@code :AuditEntry} trail, which
 * every write adds to and no undo takes back, and the {@code updatedAt} and
 * {@code updatedBy} stamps and a user's {@code credentialVersion}, which an edit and its undo cannot
 * put back, are left out; a password
 * hash is compared but never shown.
 */
final class StoreContent {

    static final List<String> UNCOMPARED_LABELS = List.of("GraphVersion", "AuditEntry");
    static final Set<String> UNCOMPARED_PROPERTIES = Set.of("updatedAt", "updatedBy", "credentialVersion");
    private static final Set<String> HIDDEN_PROPERTIES = Set.of("passwordHash");
    /** The properties that name a node for pairing its before and after, first found first. */
    private static final List<String> IDENTITY_PROPERTIES = List.of("id", "key", "username");

    private static final int LISTED = 12;

    /**
     * One node or relationship: its labels or type; what names it across two readings; a short
     * name for people to read; its properties; all of it as compared, and as shown.
     */
    record Item(
            List<String> kinds,
            String identity,
            String name,
            SortedMap<String, String> properties,
            String compared,
            String text) {}

    private final List<Item> nodes;
    private final List<Item> relationships;

    StoreContent(List<Item> nodes, List<Item> relationships) {
        this.nodes = List.copyOf(nodes);
        this.relationships = List.copyOf(relationships);
    }

    static StoreContent read(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, Item> byElementId = new HashMap<>();
                List<Item> nodes = new ArrayList<>();
                var nodeRows = tx.run("""
                        MATCH (n) WHERE NOT n:%s
                        RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS properties
                        """.formatted(String.join("|", UNCOMPARED_LABELS)));
                nodeRows.forEachRemaining(row -> {
                    Item node = node(
                            row.get("labels").asList(Value::asString),
                            row.get("properties").asMap(Function.identity()));
                    nodes.add(node);
                    byElementId.put(row.get("ref").asString(), node);
                });
                List<Item> relationships = new ArrayList<>();
                var relationshipRows = tx.run("""
                        MATCH (a)-[r]->(b) WHERE NOT a:%1$s AND NOT b:%1$s
                        RETURN elementId(a) AS from, type(r) AS type, properties(r) AS properties, elementId(b) AS to
                        """.formatted(String.join("|", UNCOMPARED_LABELS)));
                relationshipRows.forEachRemaining(row -> relationships.add(relationship(
                        Objects.requireNonNull(byElementId.get(row.get("from").asString())),
                        row.get("type").asString(),
                        row.get("properties").asMap(Function.identity()),
                        Objects.requireNonNull(byElementId.get(row.get("to").asString())))));
                return new StoreContent(nodes, relationships);
            });
        }
    }

    static Item node(List<String> labels, Map<String, Value> stored) {
        SortedMap<String, String> properties = properties(stored);
        List<String> sorted = labels.stream().sorted().toList();
        String kinds = sorted.stream().map(label -> ":" + label).collect(Collectors.joining());
        String key = IDENTITY_PROPERTIES.stream()
                .filter(properties::containsKey)
                .findFirst()
                .map(property -> property + ": " + properties.get(property))
                .orElse(null);
        String text = "(" + kinds + " " + shown(properties) + ")";
        String identity = key == null ? text : "(" + kinds + " {" + key + "})";
        String name = properties.containsKey("name")
                ? "(" + kinds + " " + properties.get("name") + ")"
                : key == null ? text : identity;
        return new Item(sorted, identity, name, properties, "(" + kinds + " " + properties + ")", text);
    }

    static Item relationship(Item from, String type, Map<String, Value> stored, Item to) {
        SortedMap<String, String> properties = properties(stored);
        String text = from.name() + "-[:" + type + " " + shown(properties) + "]->" + to.name();
        String identity = properties.containsKey("id")
                ? "[:" + type + " {id: " + properties.get("id") + "}]"
                : from.identity() + "-[:" + type + "]->" + to.identity();
        String name = from.name() + "-[:" + type + "]->" + to.name();
        String compared = from.identity() + "-[:" + type + " " + properties + "]->" + to.identity();
        return new Item(List.of(type), identity, name, properties, compared, text);
    }

    private static SortedMap<String, String> properties(Map<String, Value> properties) {
        SortedMap<String, String> kept = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (!UNCOMPARED_PROPERTIES.contains(key)) {
                kept.put(key, value.toString());
            }
        });
        return kept;
    }

    private static String shown(SortedMap<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> e.getKey() + ": " + (HIDDEN_PROPERTIES.contains(e.getKey()) ? "(hidden)" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** How many nodes carry each label and how many relationships have each type, by name. */
    SortedMap<String, Integer> counts() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (Item item : nodes) {
            item.kinds().forEach(label -> counts.merge(":" + label, 1, Integer::sum));
        }
        for (Item item : relationships) {
            counts.merge("[:" + item.kinds().get(0) + "]", 1, Integer::sum);
        }
        return counts;
    }

    /**
     * What is different in this reading from an earlier one, as lines for a person to read: the
     * counts that moved, then what was left behind, what is gone and what changed; empty when the
     * two readings hold the same.
     */
    List<String> differencesFrom(StoreContent before) {
        List<String> lines = new ArrayList<>();
        SortedMap<String, Integer> was = before.counts();
        SortedMap<String, Integer> is = counts();
        SortedMap<String, String> moved = new TreeMap<>();
        was.forEach((kind, n) -> {
            int now = is.getOrDefault(kind, 0);
            if (now != n) {
                moved.put(kind, n + " → " + now);
            }
        });
        is.forEach((kind, n) -> {
            if (!was.containsKey(kind)) {
                moved.put(kind, "0 → " + n);
            }
        });
        if (!moved.isEmpty()) {
            lines.add("counts: "
                    + moved.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        differences("node", before.nodes, nodes, lines);
        differences("relationship", before.relationships, relationships, lines);
        return lines;
    }

    private static void differences(String what, List<Item> before, List<Item> after, List<String> lines) {
        List<Item> gone = minus(before, after);
        Map<String, Deque<Item>> goneByIdentity = new HashMap<>();
        gone.forEach(item -> goneByIdentity
                .computeIfAbsent(item.kinds() + item.identity(), k -> new ArrayDeque<>())
                .add(item));
        List<Item> leftBehind = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<Item> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item item : minus(after, before)) {
            Deque<Item> candidates = goneByIdentity.get(item.kinds() + item.identity());
            Item old = candidates == null ? null : candidates.poll();
            if (old == null) {
                leftBehind.add(item);
            } else {
                paired.add(old);
                changed.add(item.name() + " " + changes(old.properties(), item.properties()));
            }
        }
        gone = gone.stream().filter(item -> !paired.contains(item)).toList();
        list(
                plural(what, leftBehind.size()) + " left behind",
                leftBehind.stream().map(Item::text).toList(),
                "+ ",
                lines);
        list(plural(what, gone.size()) + " gone", gone.stream().map(Item::text).toList(), "- ", lines);
        list(plural(what, changed.size()) + " changed", changed, "~ ", lines);
    }

    private static String plural(String what, int n) {
        return n == 1 ? what : what + "s";
    }

    private static String changes(SortedMap<String, String> was, SortedMap<String, String> is) {
        List<String> changes = new ArrayList<>();
        TreeMap<String, String> keys = new TreeMap<>(was);
        is.forEach(keys::putIfAbsent);
        for (String key : keys.keySet()) {
            String old = was.get(key);
            String now = is.get(key);
            if (!Objects.equals(old, now)) {
                boolean hidden = HIDDEN_PROPERTIES.contains(key);
                changes.add(key + ": " + (old == null ? "(none)" : hidden ? "(hidden)" : old) + " → "
                        + (now == null ? "(none)" : hidden ? "(hidden)" : now));
            }
        }
        return String.join(", ", changes);
    }

    private static void list(String title, List<String> items, String mark, List<String> lines) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(items.size() + " " + title + ":");
        items.stream().limit(LISTED).forEach(item -> lines.add("  " + mark + item));
        if (items.size() > LISTED) {
            lines.add("  … and " + (items.size() - LISTED) + " more");
        }
    }

    /** The items of one list that the other lacks, counting repeats, in a stable order. */
    private static List<Item> minus(List<Item> these, List<Item> those) {
        Map<String, Integer> remaining = new HashMap<>();
        those.forEach(item -> remaining.merge(item.compared(), 1, Integer::sum));
        List<Item> extra = new ArrayList<>();
        for (Item item : these) {
            Integer n = remaining.get(item.compared());
            if (n == null || n == 0) {
                extra.add(item);
            } else {
                remaining.put(item.compared(), n - 1);
            }
        }
        extra.sort((a, b) -> a.compared().compareTo(b.compared()));
        return extra;
    }
}
