package org.convene.insight;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.TieStrength;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads people, organizations, affiliations and ties from Neo4j into an immutable
 * {@link CoalitionGraph}, streaming the records in one read transaction; or one person's details,
 * inside the caller's transaction, to update a projection in place.
 */
@Component
public class NetworkProjection {

    /**
     * A person's details as the projection sees them, for the person bound as {@code p}. Data
     * written around the app may break the model's rules (two sectors, no name), so the query
     * takes one sector and falls back to the id for a missing name.
     */
    private static final String PERSON = """
            CALL (p) {
              OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
              WITH o, w ORDER BY w.createdAt, o.name
              RETURN collect(o.name) AS organizationNames,
                     collect(COLLECT { MATCH (o)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0])
                       AS organizationSectors
            }
            RETURN p.id AS id, coalesce(p.name, p.id) AS name, toString(p.role) AS role,
                   COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS sector,
                   coalesce(p.coalition, false) = true AS member, toString(p.stage) AS stage,
                   organizationNames, organizationSectors
            """;

    private static final Logger log = LoggerFactory.getLogger(NetworkProjection.class);

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
                // Everything read is folded into a fingerprint, so a refresh that reads the same
                // network can keep the previous graph and every answer cached on it.
                long[] fingerprint = {version};
                // Neo4j reads are read-committed: a write committing between these queries (or
                // during one) can leave a row that no longer fits, such as a tie to someone
                // deleted meanwhile. Such rows are skipped; the write bumps the version, so the
                // next answer reads again.
                Set<String> people = new HashSet<>();
                Set<String> organizations = new HashSet<>();
                tx.run("MATCH (s:Sector) RETURN s.key AS key, s.title AS title ORDER BY coalesce(s.position, 1000000), toLower(s.title)")
                        .stream().peek(r -> fingerprint[0] = 31 * fingerprint[0] + r.values().hashCode())
                        .forEach(r -> graph.sector(r.get("key").asString(), r.get("title").asString()));
                tx.run("""
                        MATCH (o:Organization) WHERE o.id IS NOT NULL
                        RETURN o.id AS id, coalesce(o.name, o.id) AS name,
                               COLLECT { MATCH (o)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS sector,
                               o.level AS level
                        """)
                        .stream().peek(r -> fingerprint[0] = 31 * fingerprint[0] + r.values().hashCode())
                        .filter(r -> !r.get("id").isNull() && organizations.add(r.get("id").asString()))
                        .forEach(r -> graph.organization(r.get("id").asString(), r.get("name").asString(),
                                text(r, "sector"), text(r, "level")));
                tx.run("MATCH (p:Person) WHERE p.id IS NOT NULL\n" + PERSON)
                        .stream().peek(r -> fingerprint[0] = 31 * fingerprint[0] + r.values().hashCode())
                        .filter(r -> !r.get("id").isNull() && people.add(r.get("id").asString()))
                        .forEach(r -> {
                            PersonRow person = PersonRow.of(r);
                            graph.person(person.id(), person.name(), person.role(), person.organization(),
                                    person.sectorKeys(), person.primarySector(), person.member(), person.stage());
                        });
                tx.run("""
                        MATCH (p:Person)-[:WORKS_AT]->(o:Organization) WHERE p.id IS NOT NULL AND o.id IS NOT NULL
                        RETURN p.id AS person, o.id AS organization
                        """)
                        .stream().peek(r -> fingerprint[0] = 31 * fingerprint[0] + r.values().hashCode())
                        .filter(r -> people.contains(text(r, "person")) && organizations.contains(text(r, "organization")))
                        .forEach(r -> graph.affiliation(r.get("person").asString(), r.get("organization").asString()));
                // Ties written around the app may hold anything: a strength outside 1..5 (or not a
                // number) is left out of the analysis with a warning rather than failing every answer.
                long[] skipped = {0};
                tx.run("""
                        MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a <> b AND a.id IS NOT NULL AND b.id IS NOT NULL
                        RETURN a.id AS a, b.id AS b, coalesce(toInteger(k.strength), 3) AS strength,
                               toString(k.context) AS context
                        """)
                        .forEachRemaining(r -> {
                            fingerprint[0] = 31 * fingerprint[0] + r.values().hashCode();
                            if (!people.contains(text(r, "a")) || !people.contains(text(r, "b"))) {
                                return;
                            }
                            long strength = r.get("strength").asLong();
                            if (strength < TieStrength.MIN || strength > TieStrength.MAX) {
                                skipped[0]++;
                                return;
                            }
                            graph.tie(r.get("a").asString(), r.get("b").asString(), (int) strength, text(r, "context"));
                        });
                if (skipped[0] > 0) {
                    log.warn("Left {} ties out of the analysis: their strength is not a whole number from 1 to 5", skipped[0]);
                }
                return new Projected(version, graph.build(), fingerprint[0]);
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

    /**
     * A projection, the graph version it was read at, and a fingerprint of everything it read
     * ({@link #UPDATED_IN_PLACE} for one derived from a previous projection and the app's changes).
     */
    public record Projected(long version, CoalitionGraph graph, long fingerprint) {

        /** The fingerprint of a projection updated in place: never equal to a read one in practice. */
        public static final long UPDATED_IN_PLACE = Long.MIN_VALUE;
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
            for (Value key : r.get("organizationSectors").values()) {
                if (!key.isNull()) {
                    sectors.add(key.asString());
                }
            }
            List<String> organizationNames = r.get("organizationNames").asList(v -> v.isNull() ? "" : v.asString());
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
