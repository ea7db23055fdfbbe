package org.convene.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
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

    private static final Logger log = LoggerFactory.getLogger(NetworkProjection.class);

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

    /**
     * The whole network as it is stored now, and the graph version it was read at.
     *
     * <p>Five streaming reads in one transaction: sectors, organizations, affiliations (in the
     * order that picks the organization shown with a person), people, and per person the ties
     * they started. People are keyed by their element id within the read, so a tie names the
     * other person without reading that person's id property (a string in the dynamic store)
     * once per tie, and one record per person carries all their ties instead of one record per
     * tie: the ties are most of the work.
     */
    public Projected read() {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                long version = tx.run("OPTIONAL MATCH (v:GraphVersion {name: 'graph'}) RETURN coalesce(v.version, 0) AS v")
                        .single().get("v").asLong();
                CoalitionGraph.Builder graph = CoalitionGraph.builder();
                Stopwatch watch = new Stopwatch();
                tx.run("MATCH (s:Sector) RETURN s.key AS key, s.title AS title ORDER BY coalesce(s.position, 1000000), toLower(s.title)")
                        .forEachRemaining(r -> graph.sector(r.get("key").asString(), r.get("title").asString()));
                Map<String, Integer> organizations = new HashMap<>();
                List<String> organizationNames = new ArrayList<>();
                List<String> organizationSectors = new ArrayList<>();
                tx.run("""
                        MATCH (o:Organization)
                        OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
                        RETURN o.id AS id, o.name AS name, s.key AS sector, o.level AS level
                        """)
                        .forEachRemaining(r -> {
                            String id = r.get("id").asString();
                            String name = r.get("name").asString();
                            graph.organization(id, name, text(r, "sector"), text(r, "level"));
                            organizations.put(id, organizationNames.size());
                            organizationNames.add(name);
                            organizationSectors.add(text(r, "sector"));
                        });
                watch.lap("sectors and organizations");
                Map<String, List<Integer>> worksAt = new HashMap<>();
                tx.run("""
                        MATCH (p:Person)-[w:WORKS_AT]->(o:Organization)
                        RETURN elementId(p) AS person, o.id AS organization
                        ORDER BY w.createdAt, o.name
                        """)
                        .forEachRemaining(r -> worksAt.computeIfAbsent(r.get("person").asString(), p -> new ArrayList<>(2))
                                .add(organizations.get(r.get("organization").asString())));
                watch.lap("affiliations");
                Map<String, Integer> people = new HashMap<>();
                tx.run("""
                        MATCH (p:Person)
                        OPTIONAL MATCH (p)-[:IN_SECTOR]->(own:Sector)
                        RETURN elementId(p) AS element, p.id AS id, p.name AS name, p.role AS role, own.key AS sector,
                               coalesce(p.coalition, false) AS member, p.stage AS stage
                        """)
                        .forEachRemaining(r -> {
                            List<Integer> at = worksAt.getOrDefault(r.get("element").asString(), List.of());
                            PersonRow person = PersonRow.of(r.get("id").asString(), r.get("name").asString(),
                                    text(r, "role"), text(r, "sector"),
                                    at.stream().map(organizationNames::get).toList(),
                                    at.stream().map(organizationSectors::get).filter(Objects::nonNull).toList(),
                                    r.get("member").asBoolean(), text(r, "stage"));
                            int index = people.size();
                            graph.person(person.id(), person.name(), person.role(), person.organization(),
                                    person.sectorKeys(), person.primarySector(), person.member(), person.stage());
                            people.put(r.get("element").asString(), index);
                            at.forEach(o -> graph.affiliation(index, o));
                        });
                watch.lap("people");
                tx.run("""
                        MATCH (a:Person)
                        RETURN elementId(a) AS a,
                               [(a)-[k:KNOWS]->(b:Person) WHERE b <> a | [elementId(b), coalesce(k.strength, 3), k.context]] AS ties
                        """)
                        .forEachRemaining(r -> {
                            Value ties = r.get("ties");
                            if (ties.isEmpty()) {
                                return;
                            }
                            int a = people.get(r.get("a").asString());
                            for (int i = 0, n = ties.size(); i < n; i++) {
                                Value tie = ties.get(i);
                                Value context = tie.get(2);
                                graph.tie(a, people.get(tie.get(0).asString()), tie.get(1).asInt(),
                                        context.isNull() ? null : context.asString());
                            }
                        });
                watch.lap("ties");
                CoalitionGraph built = graph.build();
                watch.lap("arrays");
                log.debug("Read the network at version {}: {}", version, watch);
                return new Projected(version, built);
            });
        }
    }

    /** Wall time per step of a read, for the debug log. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
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
            return of(r.get("id").asString(), r.get("name").asString(), text(r, "role"), text(r, "sector"),
                    r.get("organizationNames").asList(Value::asString),
                    r.get("organizationSectors").asList(Value::asString), r.get("member").asBoolean(),
                    text(r, "stage"));
        }

        /**
         * @param organizationNames the organizations the person works at, in affiliation order
         * @param organizationSectors their sectors, in the same order, those without one left out
         */
        static PersonRow of(String id, String name, String role, String ownSector, List<String> organizationNames,
                List<String> organizationSectors, boolean member, String stage) {
            Set<String> sectors = new LinkedHashSet<>();
            if (ownSector != null) {
                sectors.add(ownSector);
            }
            sectors.addAll(organizationSectors);
            String primary = ownSector != null ? ownSector : sectors.stream().findFirst().orElse(null);
            return new PersonRow(id, name, role, organizationNames.isEmpty() ? null : organizationNames.get(0),
                    sectors, primary, member, stage);
        }

        /** The graph with this person added, or their details replaced. */
        CoalitionGraph into(CoalitionGraph graph) {
            return graph.withPerson(id, name, role, organization, sectorKeys, primarySector, member, stage);
        }
    }
}
