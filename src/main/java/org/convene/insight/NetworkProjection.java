package org.convene.insight;

import java.util.LinkedHashSet;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads people, organizations, affiliations and ties from Neo4j into an immutable
 * {@link CoalitionGraph}, streaming the records in one read transaction.
 */
@Component
public class NetworkProjection {

    private final Driver driver;

    NetworkProjection(Driver driver) {
        this.driver = driver;
    }

    /** The whole network as it is stored now, and the graph version it was read at. */
    public Projected read() {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                long version = tx.run("OPTIONAL MATCH (v:GraphVersion {name: 'graph'}) RETURN coalesce(v.version, 0) AS v")
                        .single().get("v").asLong();
                CoalitionGraph.Builder graph = CoalitionGraph.builder();
                tx.run("MATCH (s:Sector) RETURN s.key AS key, s.title AS title ORDER BY coalesce(s.position, 1000000), toLower(s.title)")
                        .forEachRemaining(r -> graph.sector(r.get("key").asString(), r.get("title").asString()));
                tx.run("""
                        MATCH (o:Organization)
                        OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
                        RETURN o.id AS id, o.name AS name, s.key AS sector, o.level AS level
                        """)
                        .forEachRemaining(r -> graph.organization(r.get("id").asString(), r.get("name").asString(),
                                text(r, "sector"), text(r, "level")));
                tx.run("""
                        MATCH (p:Person)
                        OPTIONAL MATCH (p)-[:IN_SECTOR]->(own:Sector)
                        CALL (p) {
                          OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
                          OPTIONAL MATCH (o)-[:IN_SECTOR]->(os:Sector)
                          WITH o, os ORDER BY w.createdAt, o.name
                          RETURN collect(o.id) AS organizations, collect(o.name) AS organizationNames,
                                 collect(os.key) AS organizationSectors
                        }
                        RETURN p.id AS id, p.name AS name, p.role AS role, own.key AS sector,
                               coalesce(p.coalition, false) AS member, p.stage AS stage,
                               organizations, organizationNames, organizationSectors
                        """)
                        .forEachRemaining(r -> person(graph, r));
                tx.run("""
                        MATCH (p:Person)-[:WORKS_AT]->(o:Organization)
                        RETURN p.id AS person, o.id AS organization
                        """)
                        .forEachRemaining(r -> graph.affiliation(r.get("person").asString(), r.get("organization").asString()));
                tx.run("""
                        MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a <> b
                        RETURN a.id AS a, b.id AS b, coalesce(k.strength, 3) AS strength, k.context AS context
                        """)
                        .forEachRemaining(r -> graph.tie(r.get("a").asString(), r.get("b").asString(),
                                r.get("strength").asInt(), text(r, "context")));
                return new Projected(version, graph.build());
            });
        }
    }

    private static void person(CoalitionGraph.Builder graph, Record r) {
        String own = text(r, "sector");
        Set<String> sectors = new LinkedHashSet<>();
        if (own != null) {
            sectors.add(own);
        }
        r.get("organizationSectors").asList(Value::asString).forEach(sectors::add);
        var organizationNames = r.get("organizationNames").asList(Value::asString);
        String primary = own != null ? own : sectors.stream().findFirst().orElse(null);
        graph.person(r.get("id").asString(), r.get("name").asString(), text(r, "role"),
                organizationNames.isEmpty() ? null : organizationNames.get(0), sectors, primary,
                r.get("member").asBoolean(), text(r, "stage"));
    }

    private static String text(Record record, String key) {
        Value value = record.get(key);
        return value.isNull() ? null : value.asString();
    }

    /** A projection and the graph version it was read at. */
    public record Projected(long version, CoalitionGraph graph) {
    }
}
