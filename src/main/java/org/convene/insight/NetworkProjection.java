package org.convene.insight;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads people, organizations, affiliations and ties from Neo4j into an immutable
 * {@link CoalitionGraph}, streaming the records in one read transaction; or one person's details,
 * inside the caller's transaction, to update a projection in place.
 */
@Component
public class NetworkProjection {

    /** A person's details as the projection sees them, for the person bound as {@code p}. */
    private static final String PERSON = """
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
            """;

    private final Driver driver;
    private final Neo4jClient neo4j;

    NetworkProjection(Driver driver, Neo4jClient neo4j) {
        this.driver = driver;
        this.neo4j = neo4j;
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
                tx.run("MATCH (p:Person)\n" + PERSON).forEachRemaining(r -> {
                    PersonRow person = PersonRow.of(r);
                    graph.person(person.id(), person.name(), person.role(), person.organization(),
                            person.sectorKeys(), person.primarySector(), person.member(), person.stage());
                });
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

    /**
     * One person's details as {@link #read()} would project them, read through the Spring-managed
     * transaction in progress (so a write sees its own changes); empty when no such person is
     * stored.
     */
    Optional<PersonRow> person(String id) {
        return neo4j.query("MATCH (p:Person {id: $id})\n" + PERSON).bind(id).to("id")
                .fetchAs(PersonRow.class).mappedBy((types, record) -> PersonRow.of(record)).one();
    }

    private static String text(Record record, String key) {
        Value value = record.get(key);
        return value.isNull() ? null : value.asString();
    }

    /** A projection and the graph version it was read at. */
    public record Projected(long version, CoalitionGraph graph) {
    }

    /**
     * A person's details in the projection: the organization shown is the first affiliation (by
     * when it was made, then name); the sectors are the own one, then the organizations'; the
     * primary sector is the own one, else the first organization's.
     */
    record PersonRow(String id, String name, String role, String organization, Set<String> sectorKeys,
            String primarySector, boolean member, String stage) {

        static PersonRow of(Record r) {
            String own = text(r, "sector");
            Set<String> sectors = new LinkedHashSet<>();
            if (own != null) {
                sectors.add(own);
            }
            r.get("organizationSectors").asList(Value::asString).forEach(sectors::add);
            List<String> organizationNames = r.get("organizationNames").asList(Value::asString);
            String primary = own != null ? own : sectors.stream().findFirst().orElse(null);
            return new PersonRow(r.get("id").asString(), r.get("name").asString(), text(r, "role"),
                    organizationNames.isEmpty() ? null : organizationNames.get(0), sectors, primary,
                    r.get("member").asBoolean(), text(r, "stage"));
        }

        /** The graph with this person added, or their details replaced. */
        CoalitionGraph into(CoalitionGraph graph) {
            return graph.withPerson(id, name, role, organization, sectorKeys, primarySector, member, stage);
        }
    }
}
