package org.convene.map;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.network.InForce;
import org.convene.network.ListedPerson;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads today's network for the map: the ties, affiliations, partnerships and memberships in
 * force today ({@link InForce}). A network of up to {@link #MAX_NODES} people and organizations is
 * sent whole; a larger one only in parts the browser can draw: a person's neighbourhood, or by
 * default the coalition members and their closest contacts.
 */
@Component
class NetworkMap {

    /** The most nodes the map draws at once; a larger network opens on a part of it. */
    static final int MAX_NODES = 3000;
    /** How many people a part of a large network holds unless the request says otherwise. */
    static final int DEFAULT_LIMIT = 1000;
    /** How many people a request may ask to include by id (a highlighted path, a selection). */
    static final int MAX_INCLUDE = 100;

    private static final String TOTALS = """
            RETURN COUNT { (:Person) } AS people, COUNT { (:Organization) } AS organizations,
                   COUNT { MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a <> b AND %s } AS ties
            """.formatted(InForce.at("k"));

    /** A person {@code p}'s number of ties in force. */
    private static final String DEGREE = "COUNT { MATCH (p)-[k:KNOWS]-(:Person) WHERE %s }".formatted(InForce.at("k"));

    /** The coalition members first, then the people they know, then everyone else; each by degree. */
    private static final String AROUND_THE_COALITION =
            """
            MATCH (p:Person)
            WITH p, CASE WHEN %s THEN 0
                         WHEN EXISTS { MATCH (p)-[k:KNOWS]-(m:Person) WHERE %s AND %s } THEN 1
                         ELSE 2 END AS tier
            ORDER BY tier, %s DESC, p.name
            LIMIT $limit
            RETURN p.id AS id, tier
            """.formatted(InForce.memberAt("p"), InForce.at("k"), InForce.memberAt("m"), DEGREE);

    private static final String FOCUS = """
            OPTIONAL MATCH (byId:Person {id: $focus})
            OPTIONAL MATCH (byName:Person {name: $focus})
            WITH coalesce(byId, byName) AS f WHERE f IS NOT NULL
            RETURN f.id AS id, f.name AS name
            """;

    private static final String NEIGHBOURHOOD = """
            MATCH (f:Person {id: $focus})
            CALL (f) {
              RETURN f AS p, 0 AS distance
              UNION
              MATCH (f)-[k:KNOWS]-(p:Person) WHERE %1$s RETURN p, 1 AS distance
              UNION
              MATCH (f)-[k:KNOWS]-(:Person)-[k2:KNOWS]-(p:Person) WHERE $hops >= 2 AND p <> f AND %1$s AND %2$s
              RETURN p, 2 AS distance
            }
            WITH p, min(distance) AS distance
            ORDER BY distance, %3$s DESC, p.name
            LIMIT $limit
            RETURN p.id AS id, distance AS tier
            """.formatted(InForce.at("k"), InForce.at("k2"), DEGREE);

    private static final String PERSON_FIELDS =
            ListedPerson.ORGANIZATION_AND_SECTOR + """
            RETURN 'person' AS type, p.id AS id, p.name AS name, p.role AS role, organization, sector,
                   %s AS coalition, p.stage AS stage, null AS level, %s AS degree
            """.formatted(InForce.memberAt("p"), DEGREE);

    private static final String ORGANIZATION_FIELDS = """
            OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
            RETURN 'organization' AS type, o.id AS id, o.name AS name, null AS role, null AS organization,
                   s.key AS sector, null AS coalition, null AS stage, o.level AS level, null AS degree
            """;

    private static final String ALL_NODES =
            "MATCH (p:Person)\n" + PERSON_FIELDS + "UNION ALL\nMATCH (o:Organization)\n" + ORGANIZATION_FIELDS;

    private static final String SOME_NODES = "UNWIND $ids AS id MATCH (p:Person {id: id})\n" + PERSON_FIELDS
            + "UNION ALL\nUNWIND $ids AS id MATCH (:Person {id: id})-[w:WORKS_AT]->(o:Organization) WHERE "
            + InForce.at("w") + "\nWITH DISTINCT o\n" + ORGANIZATION_FIELDS;

    private static final String ALL_EDGES = """
            MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a <> b AND %1$s
            RETURN coalesce(k.id, elementId(k)) AS id, a.id AS source, b.id AS target, 'knows' AS type,
                   coalesce(k.strength, 3) AS strength, k.context AS context, null AS role
            UNION ALL
            MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE %2$s
            RETURN coalesce(w.id, elementId(w)) AS id, p.id AS source, o.id AS target, 'works-at' AS type,
                   null AS strength, null AS context, w.role AS role
            UNION ALL
            MATCH (a:Organization)-[r:PARTNERS_WITH]->(b:Organization) WHERE a <> b AND %3$s
            RETURN coalesce(r.id, elementId(r)) AS id, a.id AS source, b.id AS target, 'partners' AS type,
                   r.strength AS strength, r.context AS context, null AS role
            """.formatted(InForce.at("k"), InForce.at("w"), InForce.at("r"));

    private static final String SOME_EDGES = """
            UNWIND $ids AS id
            MATCH (a:Person {id: id})-[k:KNOWS]->(b:Person) WHERE b.id IN $ids AND a <> b AND %1$s
            RETURN coalesce(k.id, elementId(k)) AS id, a.id AS source, b.id AS target, 'knows' AS type,
                   coalesce(k.strength, 3) AS strength, k.context AS context, null AS role
            UNION ALL
            UNWIND $ids AS id
            MATCH (p:Person {id: id})-[w:WORKS_AT]->(o:Organization) WHERE %2$s
            RETURN coalesce(w.id, elementId(w)) AS id, p.id AS source, o.id AS target, 'works-at' AS type,
                   null AS strength, null AS context, w.role AS role
            UNION ALL
            UNWIND $organizations AS id
            MATCH (a:Organization {id: id})-[r:PARTNERS_WITH]->(b:Organization)
            WHERE b.id IN $organizations AND a <> b AND %3$s
            RETURN coalesce(r.id, elementId(r)) AS id, a.id AS source, b.id AS target, 'partners' AS type,
                   r.strength AS strength, r.context AS context, null AS role
            """.formatted(InForce.at("k"), InForce.at("w"), InForce.at("r"));

    private final Neo4jClient neo4j;
    private final Today today;

    NetworkMap(Neo4jClient neo4j, Today today) {
        this.neo4j = neo4j;
        this.today = today;
    }

    /**
     * The whole network when it is small enough and no focus is asked for; otherwise the focused
     * person's neighbourhood within {@code hops} ties, or the part around the coalition, at most
     * {@code limit} people, plus the people {@code include} names.
     */
    @Transactional(readOnly = true)
    MapView read(String focus, int hops, int limit, List<String> include) {
        if (hops < 1 || hops > 2) {
            throw InvalidRequestException.field("hops", "'hops' must be 1 or 2.");
        }
        if (limit < 1 || limit > MAX_NODES) {
            throw InvalidRequestException.field("limit", "'limit' must be between 1 and " + MAX_NODES + ".");
        }
        List<String> included = include == null
                ? List.of()
                : include.stream()
                        .filter(id -> id != null && !id.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (included.size() > MAX_INCLUDE) {
            throw InvalidRequestException.field("include", "'include' names at most " + MAX_INCLUDE + " people.");
        }
        MapView.Totals total = neo4j.query(TOTALS)
                .bind(today.date())
                .to("date")
                .fetchAs(MapView.Totals.class)
                .mappedBy((types, r) -> new MapView.Totals(
                        r.get("people").asLong(),
                        r.get("organizations").asLong(),
                        r.get("ties").asLong()))
                .one()
                .orElseThrow();
        boolean focused = focus != null && !focus.isBlank();
        if (!focused && total.nodes() <= MAX_NODES) {
            return view(total, true, null, null, null, nodes(ALL_NODES, Map.of()), null);
        }
        if (focused) {
            Map<String, Object> person = neo4j.query(FOCUS)
                    .bind(focus.strip())
                    .to("focus")
                    .fetch()
                    .one()
                    .orElseThrow(() -> NotFoundException.of("person", focus));
            String id = (String) person.get("id");
            List<Map<String, Object>> chosen = choose(NEIGHBOURHOOD, Map.of("focus", id, "hops", hops, "limit", limit));
            long reached = chosen.size();
            String notice = "Showing " + person.get("name") + " and the people within " + hops
                    + (hops == 1 ? " tie" : " ties") + (reached >= limit ? ", the " + limit + " best connected" : "")
                    + ": " + count(reached) + " of " + count(total.people()) + " people.";
            return partial(total, chosen, included, notice, id, hops);
        }
        List<Map<String, Object>> chosen = choose(AROUND_THE_COALITION, Map.of("limit", limit));
        long members = chosen.stream()
                .filter(row -> ((Number) row.get("tier")).intValue() == 0)
                .count();
        long contacts = chosen.stream()
                .filter(row -> ((Number) row.get("tier")).intValue() == 1)
                .count();
        String notice =
                "This network has " + count(total.nodes()) + " people and organizations, too many to draw at once. "
                        + "Showing " + count(chosen.size()) + " people: " + count(members) + " coalition members and "
                        + count(contacts) + " of the people they know, the best connected first"
                        + (chosen.size() > members + contacts ? ", then others" : "")
                        + ". Search for someone or focus on a person to see their part of the network.";
        return partial(total, chosen, included, notice, null, null);
    }

    private List<Map<String, Object>> choose(String query, Map<String, Object> parameters) {
        return List.copyOf(
                neo4j.query(query).bindAll(onToday(parameters)).fetch().all());
    }

    private MapView partial(
            MapView.Totals total,
            List<Map<String, Object>> chosen,
            List<String> included,
            String notice,
            String focus,
            Integer hops) {
        Set<String> ids = new LinkedHashSet<>();
        chosen.forEach(row -> ids.add((String) row.get("id")));
        ids.addAll(included);
        List<String> people = List.copyOf(ids);
        List<MapView.Element<MapView.Node>> nodes = nodes(SOME_NODES, Map.of("ids", people));
        return view(total, false, notice, focus, hops, nodes, people);
    }

    private MapView view(
            MapView.Totals total,
            boolean complete,
            String notice,
            String focus,
            Integer hops,
            List<MapView.Element<MapView.Node>> nodes,
            List<String> people) {
        List<String> organizations = nodes.stream()
                .map(MapView.Element::data)
                .filter(n -> n.type().equals("organization"))
                .map(MapView.Node::id)
                .toList();
        List<MapView.Element<MapView.Edge>> edges = people == null
                ? edges(ALL_EDGES, Map.of())
                : edges(SOME_EDGES, Map.of("ids", people, "organizations", organizations));
        int shownOrganizations = organizations.size();
        return new MapView(
                total,
                nodes.size() - shownOrganizations,
                shownOrganizations,
                complete,
                notice,
                focus,
                hops,
                nodes,
                edges);
    }

    private List<MapView.Element<MapView.Node>> nodes(String query, Map<String, Object> parameters) {
        List<MapView.Element<MapView.Node>> nodes = new ArrayList<>();
        neo4j.query(query)
                .bindAll(onToday(parameters))
                .fetch()
                .all()
                .forEach(row -> nodes.add(new MapView.Element<>(new MapView.Node(
                        text(row, "id"),
                        text(row, "name"),
                        text(row, "type"),
                        text(row, "sector"),
                        text(row, "role"),
                        text(row, "organization"),
                        (Boolean) row.get("coalition"),
                        text(row, "stage"),
                        text(row, "level"),
                        number(row, "degree")))));
        return nodes;
    }

    private List<MapView.Element<MapView.Edge>> edges(String query, Map<String, Object> parameters) {
        List<MapView.Element<MapView.Edge>> edges = new ArrayList<>();
        neo4j.query(query)
                .bindAll(onToday(parameters))
                .fetch()
                .all()
                .forEach(row -> edges.add(new MapView.Element<>(new MapView.Edge(
                        text(row, "id"),
                        text(row, "source"),
                        text(row, "target"),
                        text(row, "type"),
                        number(row, "strength"),
                        text(row, "context"),
                        text(row, "role")))));
        return edges;
    }

    /** The parameters with {@code $date}, today, which every query's {@link InForce} reads. */
    private Map<String, Object> onToday(Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("date", today.date());
        return all;
    }

    private static String text(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    private static Integer number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
