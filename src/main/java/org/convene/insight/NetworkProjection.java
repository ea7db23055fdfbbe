package org.convene.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.CoalitionGraphBuilder;
import org.convene.analysis.TieStrength;
import org.convene.network.InForce;
import org.convene.network.ListedPerson;
import org.convene.system.Today;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
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
     * A person's details as the projection sees them, for the person bound as {@code p}: the
     * listed organization and sector, and the sectors of all the organizations they work at, in
     * affiliation order. Data written around the app may break the model's rules (two sectors, no
     * name), so the query takes one sector per organization and falls back to the id for a
     * missing name.
     */
    private static final String PERSON = ListedPerson.ORGANIZATION_AND_SECTOR
            + """
            CALL (p) {
              OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization) WHERE o.id IS NOT NULL AND %s
              WITH o, w ORDER BY %s
              RETURN collect(COLLECT { MATCH (o)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0])
                       AS organizationSectors
            }
            RETURN p.id AS id, coalesce(p.name, p.id) AS name, toStringOrNull(p.role) AS role, ownSector,
                   organization, sector, %s AS member,
                   toStringOrNull(p.stage) AS stage, organizationSectors
            """.formatted(InForce.at("w"), ListedPerson.AFFILIATION_ORDER, InForce.memberAt("p"));

    private static final Logger log = LoggerFactory.getLogger(NetworkProjection.class);

    /**
     * A tie's strength for {@code k}: 3 when it has none, -1 (left out, with a warning) when it is
     * not a whole number (text, a list, 4.7), so data written around the app cannot fail the read.
     */
    private static final String STRENGTH = """
            CASE WHEN k.strength IS NULL THEN 3
                 WHEN toIntegerOrNull(k.strength) = k.strength THEN toInteger(k.strength)
                 ELSE -1 END""";

    private static final String VERSION =
            "OPTIONAL MATCH (v:GraphVersion {name: 'graph'}) RETURN coalesce(v.version, 0) AS v";

    private static final String SECTORS =
            "MATCH (s:Sector) RETURN s.key AS key, s.title AS title ORDER BY coalesce(s.position, 1000000), toLower(s.title)";

    private static final String ORGANIZATIONS = """
            MATCH (o:Organization) WHERE o.id IS NOT NULL
            RETURN o.id AS id, coalesce(o.name, o.id) AS name,
                   COLLECT { MATCH (o)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS sector,
                   toStringOrNull(o.level) AS level
            """;

    private static final String AFFILIATIONS = """
            MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE o.id IS NOT NULL AND %s
            RETURN elementId(p) AS person, o.id AS organization
            ORDER BY %s
            """.formatted(InForce.at("w"), ListedPerson.AFFILIATION_ORDER);

    private static final String PEOPLE = "MATCH (p:Person) WHERE p.id IS NOT NULL\n"
            + ListedPerson.ORGANIZATION_AND_SECTOR + """
            RETURN elementId(p) AS element, p.id AS id, coalesce(p.name, p.id) AS name, toStringOrNull(p.role) AS role,
                   ownSector, organization, sector,
                   %s AS member, toStringOrNull(p.stage) AS stage
            """.formatted(InForce.memberAt("p"));

    /**
     * Per person, the ties they started that are in force, the other person named by element id.
     * No filter on the other person's properties here: inside the comprehension it made the
     * planner join every person with every person (docs/performance.md); rows that do not fit are
     * skipped in Java. The filter on the tie's own dates only drops rows after the expand.
     */
    private static final String TIES = """
            MATCH (a:Person) WHERE a.id IS NOT NULL
            RETURN elementId(a) AS a,
                   [(a)-[k:KNOWS]->(b:Person) WHERE b <> a AND %s
                     | [elementId(b), %s, toStringOrNull(k.context)]] AS ties
            """.formatted(InForce.at("k"), STRENGTH);

    private final Driver driver;
    private final Neo4jClient neo4j;
    private final Today today;

    NetworkProjection(Driver driver, Neo4jClient neo4j, Today today) {
        this.driver = driver;
        this.neo4j = neo4j;
        this.today = today;
    }

    /**
     * The whole network as it is stored now, and the graph version it was read at.
     *
     * <p>Five streaming reads in one transaction, one method of {@code Reading} each: sectors,
     * organizations, affiliations (in {@link ListedPerson}'s order), people (as listed), and per
     * person the ties they started. People are keyed by their element id within the read, so a
     * tie names the other person without reading that person's id property (a string in the
     * dynamic store) once per tie, and one record per person carries all their ties instead of
     * one record per tie: the ties are most of the work.
     *
     * <p>Neo4j reads are read-committed: a write committing between these queries (or during
     * one) can leave a row that no longer fits, such as a tie to someone deleted meanwhile. Such
     * rows are skipped; the write bumps the version, so the next answer reads again. Data written
     * around the app may break the model's rules (no id, two sectors, a strength outside 1..5);
     * the read takes one sector, skips elements without an id and leaves such ties out.
     */
    public Projected read() {
        return read(today.date());
    }

    /**
     * The network with the ties, affiliations and memberships in force at {@code date} ({@link
     * InForce}); {@link #read()} is today's. Elements and stages are read as they are now.
     */
    Projected read(LocalDate date) {
        Map<String, Object> parameters = Map.of("date", date);
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> new Reading(tx, parameters).network());
        }
    }

    /** One read of the whole store: what its queries share, and one method per query, in order. */
    private static final class Reading {
        private final TransactionContext tx;
        /** The date the facts read must be in force at, as {@code $date}. */
        private final Map<String, Object> parameters;

        private final CoalitionGraphBuilder graph = CoalitionGraph.builder();
        private final Stopwatch watch = new Stopwatch();
        // Everything read is folded into a fingerprint, so a refresh that reads the same network
        // can keep the previous graph and every answer cached on it.
        private Fingerprint fingerprint;
        /** Organization id to its index in the graph. */
        private final Map<String, Integer> organizations = new HashMap<>();
        /** Each organization's sector, by index. */
        private final List<String> organizationSectors = new ArrayList<>();
        /** Person element id to the organizations they work at, in affiliation order. */
        private final Map<String, List<Integer>> worksAt = new HashMap<>();
        /** Person element id to their index in the graph. */
        private final Map<String, Integer> people = new HashMap<>();

        Reading(TransactionContext tx, Map<String, Object> parameters) {
            this.tx = tx;
            this.parameters = parameters;
        }

        Projected network() {
            long version = version();
            fingerprint = new Fingerprint(version);
            sectors();
            organizations();
            watch.lap("sectors and organizations");
            affiliations();
            watch.lap("affiliations");
            people();
            watch.lap("people");
            long skipped = ties();
            watch.lap("ties");
            // Ties written around the app may hold anything: a strength outside 1..5 (or not a
            // number) is left out of the analysis with a warning rather than failing every answer.
            if (skipped > 0) {
                log.warn("Left {} ties out of the analysis: their strength is not a whole number from 1 to 5", skipped);
            }
            CoalitionGraph built = graph.build();
            watch.lap("arrays");
            log.debug("Read the network at version {}: {}", version, watch);
            return new Projected(version, built, fingerprint.value());
        }

        private long version() {
            return tx.run(VERSION).single().get("v").asLong();
        }

        private void sectors() {
            tx.run(SECTORS).forEachRemaining(r -> {
                fingerprint.add(r);
                graph.sector(r.get("key").asString(), r.get("title").asString());
            });
        }

        private void organizations() {
            tx.run(ORGANIZATIONS).forEachRemaining(r -> {
                fingerprint.add(r);
                String id = r.get("id").asString();
                if (organizations.containsKey(id)) {
                    return;
                }
                graph.organization(id, r.get("name").asString(), text(r, "sector"), text(r, "level"));
                organizations.put(id, organizationSectors.size());
                organizationSectors.add(text(r, "sector"));
            });
        }

        private void affiliations() {
            tx.run(AFFILIATIONS, parameters).forEachRemaining(r -> {
                fingerprint.add(r);
                Integer organization = organizations.get(r.get("organization").asString());
                if (organization != null) {
                    List<Integer> at = worksAt.computeIfAbsent(r.get("person").asString(), p -> new ArrayList<>(2));
                    if (!at.contains(organization)) {
                        at.add(organization);
                    }
                }
            });
        }

        private void people() {
            Set<String> personIds = new HashSet<>();
            tx.run(PEOPLE, parameters).forEachRemaining(r -> {
                fingerprint.add(r);
                if (!personIds.add(r.get("id").asString())) {
                    return;
                }
                List<Integer> at = worksAt.getOrDefault(r.get("element").asString(), List.of());
                PersonRow person = PersonRow.of(
                        r,
                        at.stream()
                                .map(organizationSectors::get)
                                .filter(Objects::nonNull)
                                .toList());
                int index = people.size();
                graph.person(
                        person.id(),
                        person.name(),
                        person.role(),
                        person.organization(),
                        person.sectorKeys(),
                        person.primarySector(),
                        person.member(),
                        person.stage());
                people.put(r.get("element").asString(), index);
                at.forEach(o -> graph.affiliation(index, o));
            });
        }

        /** Adds the ties; returns how many were left out for a strength outside 1..5. */
        private long ties() {
            long[] skipped = {0};
            tx.run(TIES, parameters).forEachRemaining(r -> {
                Value ties = r.get("ties");
                if (ties.isEmpty()) {
                    return;
                }
                String element = r.get("a").asString();
                fingerprint.add(element);
                // someone without an id (or read twice) is not in people: their ties are skipped
                Integer a = people.get(element);
                for (int i = 0, n = ties.size(); i < n; i++) {
                    Value tie = ties.get(i);
                    String other = tie.get(0).asString();
                    long strength = tie.get(1).asLong();
                    Value context = tie.get(2);
                    String text = context.isNull() ? null : context.asString();
                    fingerprint.add(other, strength, text);
                    Integer b = people.get(other);
                    if (a == null || b == null) {
                        continue;
                    }
                    if (strength < TieStrength.MIN || strength > TieStrength.MAX) {
                        skipped[0]++;
                        continue;
                    }
                    graph.tie(a, b, (int) strength, text);
                }
            });
            return skipped[0];
        }
    }

    /** A running hash of everything a read saw. */
    private static final class Fingerprint {
        private long value;

        Fingerprint(long seed) {
            value = seed;
        }

        void add(Record record) {
            value = 31 * value + record.values().hashCode();
        }

        void add(String text) {
            value = 31 * value + text.hashCode();
        }

        void add(String other, long strength, String context) {
            value = 31 * (31 * (31 * value + other.hashCode()) + strength) + (context == null ? 0 : context.hashCode());
        }

        long value() {
            return value;
        }
    }

    /** Wall time per step of a read, for the debug log. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append((now - last) / 1_000_000)
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
        return neo4j.query("MATCH (p:Person {id: $id})\n" + PERSON)
                .bindAll(Map.of("id", id, "date", today.date()))
                .fetchAs(PersonRow.class)
                .mappedBy((types, record) -> PersonRow.of(record))
                .one();
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
     * A person's details in the projection: the organization and primary sector are the person
     * as listed ({@link ListedPerson}); the sectors are the own one, then those of the
     * organizations they work at.
     */
    record PersonRow(
            String id,
            String name,
            String role,
            String organization,
            Set<String> sectorKeys,
            String primarySector,
            boolean member,
            String stage) {

        /** The person in a record of {@code PERSON}, which carries their organizations' sectors. */
        static PersonRow of(Record r) {
            List<String> organizationSectors = new ArrayList<>();
            for (Value key : r.get("organizationSectors").values()) {
                if (!key.isNull()) {
                    organizationSectors.add(key.asString());
                }
            }
            return of(r, organizationSectors);
        }

        /**
         * The person in a record with their id, name, role, own sector, organization and sector as
         * listed, membership and stage.
         *
         * @param organizationSectors the sectors of the organizations they work at, in affiliation
         *     order, those without one left out
         */
        static PersonRow of(Record r, List<String> organizationSectors) {
            Set<String> sectors = new LinkedHashSet<>();
            String ownSector = text(r, "ownSector");
            if (ownSector != null) {
                sectors.add(ownSector);
            }
            sectors.addAll(organizationSectors);
            return new PersonRow(
                    r.get("id").asString(),
                    r.get("name").asString(),
                    text(r, "role"),
                    text(r, "organization"),
                    sectors,
                    text(r, "sector"),
                    r.get("member").asBoolean(),
                    text(r, "stage"));
        }

        /** The graph with this person added, or their details replaced. */
        CoalitionGraph into(CoalitionGraph graph) {
            return graph.withPerson(id, name, role, organization, sectorKeys, primarySector, member, stage);
        }
    }
}
