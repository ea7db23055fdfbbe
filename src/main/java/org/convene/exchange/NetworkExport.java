package org.convene.exchange;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.network.ListedPerson;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the network for an export: only the allow-listed labels and relationship types
 * ({@link #NODE_LABELS}, {@link #RELATIONSHIP_TYPES}) ever leave, so users, tokens, the audit
 * trail and the graph version never do, whatever else the store holds.
 */
@Component
class NetworkExport {

    /** The labels of the network's own nodes; a node without one of these is never exported. */
    static final Set<String> NODE_LABELS = Set.of("Element", "Person", "Organization", "Sector", "StageChange");

    /** The relationship types of the network; no other type is ever exported. */
    static final Set<String> RELATIONSHIP_TYPES =
            Set.of("KNOWS", "WORKS_AT", "PARTNERS_WITH", "IN_SECTOR", "HAD_STAGE");

    private static final String ELEMENTS = """
            MATCH (e:Element) WHERE e:Person OR e:Organization
            RETURN e.id AS id, e.name AS label, e:Person AS person,
                   COLLECT { MATCH (e)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS sector,
                   e.level AS level, e.role AS role, e.coalition AS coalition, e.joinedAt AS joined,
                   e.leftAt AS left, e.stage AS stage,
                   COLLECT { MATCH (e)-[:HAD_STAGE]->(c:StageChange) RETURN c.at ORDER BY c.at DESC LIMIT 1 }[0] AS stageAt,
                   e.power AS power, e.urgency AS urgency, e.optimism AS optimism,
                   e.collaboration AS collaboration, e.openness AS openness, e.noResources AS noResources,
                   e.resources AS resources, e.description AS description, e.tags AS tags
            ORDER BY person, e.name, e.id
            """;

    private static final String TIES = """
            MATCH (a:Person)-[k:KNOWS]->(b:Person)
            RETURN a.name AS from, b.name AS to, 'Knows' AS type, k.strength AS strength, k.context AS context,
                   k.since AS since, k.until AS until, k.source AS source, null AS role, null AS leads
            ORDER BY a.name, b.name
            """;

    private static final String AFFILIATIONS = """
            MATCH (p:Person)-[w:WORKS_AT]->(o:Organization)
            WITH p, w, o ORDER BY p.name, p.id, %s
            RETURN p.name AS from, o.name AS to, 'Works at' AS type, null AS strength, null AS context,
                   w.since AS since, w.until AS until, w.source AS source, w.role AS role, w.leads AS leads
            """.formatted(ListedPerson.AFFILIATION_ORDER);

    private static final String PARTNERSHIPS = """
            MATCH (a:Organization)-[r:PARTNERS_WITH]->(b:Organization)
            RETURN a.name AS from, b.name AS to, 'Partners with' AS type, null AS strength, null AS context,
                   r.since AS since, r.until AS until, r.source AS source, null AS role, null AS leads
            ORDER BY a.name, b.name
            """;

    private static final String GRAPH_NODES = """
            MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
            RETURN elementId(n) AS id, [label IN labels(n) WHERE label IN $labels] AS labels,
                   properties(n) AS properties
            """;

    private static final String GRAPH_RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            WHERE type(r) IN $types
              AND any(label IN labels(a) WHERE label IN $labels) AND any(label IN labels(b) WHERE label IN $labels)
            RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end,
                   properties(r) AS properties
            """;

    private final Neo4jClient neo4j;
    private final Today today;

    NetworkExport(Neo4jClient neo4j, Today today) {
        this.neo4j = neo4j;
        this.today = today;
    }

    /** Both sheets of the import format, each a header and its rows of cells (unescaped text). */
    record Sheets(List<List<String>> elements, List<List<String>> connections) {}

    /** The whole network as the import's Elements and Connections sheets, with an ID column. */
    @Transactional(readOnly = true)
    Sheets sheets() {
        List<List<String>> elements = new ArrayList<>();
        elements.add(Sheet.ELEMENTS.columns());
        for (Map<String, Object> e : neo4j.query(ELEMENTS).fetch().all()) {
            boolean person = Boolean.TRUE.equals(e.get("person"));
            List<String> row = new ArrayList<>();
            row.add(text(e.get("id")));
            row.add(text(e.get("label")));
            row.add(person ? ElementType.PERSON.title() : ElementType.ORGANIZATION.title());
            row.add(text(e.get("sector")));
            row.add(text(e.get("level")));
            row.add(""); // Organization: every affiliation travels as a Works at row, in order
            row.add(text(e.get("role")));
            row.add(person ? yesNo(e.get("coalition"), false) : "");
            row.add(text(e.get("joined")));
            row.add(text(e.get("left")));
            row.add(text(e.get("stage")));
            row.add(e.get("stageAt") == null ? "" : stageDate(e.get("stageAt")));
            row.add(text(e.get("power")));
            row.add(text(e.get("urgency")));
            row.add(text(e.get("optimism")));
            row.add(text(e.get("collaboration")));
            row.add(text(e.get("openness")));
            row.add(e.get("noResources") == null ? "" : yesNo(e.get("noResources"), false));
            row.add(text(e.get("resources")));
            row.add(text(e.get("description")));
            row.add(e.get("tags") instanceof Collection<?> tags ? String.join(";", strings(tags)) : "");
            elements.add(row);
        }
        List<List<String>> connections = new ArrayList<>();
        connections.add(Sheet.CONNECTIONS.columns());
        for (String query : List.of(TIES, AFFILIATIONS, PARTNERSHIPS)) {
            for (Map<String, Object> c : neo4j.query(query).fetch().all()) {
                connections.add(List.of(
                        text(c.get("from")),
                        text(c.get("to")),
                        text(c.get("type")),
                        text(c.get("strength")),
                        text(c.get("context")),
                        text(c.get("since")),
                        text(c.get("until")),
                        text(c.get("source")),
                        text(c.get("role")),
                        c.get("leads") == null ? "" : yesNo(c.get("leads"), false)));
            }
        }
        return new Sheets(elements, connections);
    }

    /** The graph as it is stored, node and relationship properties as they are (dates as ISO text). */
    record Graph(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {}

    @Transactional(readOnly = true)
    Graph graph() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Map<String, Object> n : neo4j.query(GRAPH_NODES)
                .bind(List.copyOf(NODE_LABELS))
                .to("labels")
                .fetch()
                .all()) {
            nodes.add(ordered(n, "id", "labels", "properties"));
        }
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (Map<String, Object> r : neo4j.query(GRAPH_RELATIONSHIPS)
                .bind(List.copyOf(NODE_LABELS))
                .to("labels")
                .bind(List.copyOf(RELATIONSHIP_TYPES))
                .to("types")
                .fetch()
                .all()) {
            relationships.add(ordered(r, "id", "type", "start", "end", "properties"));
        }
        return new Graph(nodes, relationships);
    }

    private static Map<String, Object> ordered(Map<String, Object> record, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, key.equals("properties") ? jsonValue(record.get(key)) : record.get(key));
        }
        return out;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
                    .forEach(entry -> out.put(String.valueOf(entry.getKey()), jsonValue(entry.getValue())));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(NetworkExport::jsonValue).toList();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value;
    }

    /** The day a stage began, in the one time zone, as {@code Stage since} takes it. */
    private String stageDate(Object at) {
        if (at instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(today.zone()).toLocalDate().toString();
        }
        if (at instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(today.zone()).toLocalDate().toString();
        }
        if (at instanceof LocalDate date) {
            return date.toString();
        }
        return "";
    }

    private static String yesNo(Object value, boolean otherwise) {
        boolean yes = value instanceof Boolean b ? b : otherwise;
        return yes ? "yes" : "no";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Collection<?> values) {
        return values.stream().map(String::valueOf).toList();
    }
}
