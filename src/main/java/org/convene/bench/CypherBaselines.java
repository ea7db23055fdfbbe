package org.convene.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The nearest plain-Cypher equivalent of each engine answer, run read-only through the same
 * driver the application uses, each in its own transaction with a timeout: a query that runs
 * longer is stopped by the store and reported as timed out, not waited for.
 */
final class CypherBaselines {

    /**
     * Ranks the paths {@code p} by the product of their ties' probabilities (the engine's
     * {@code TieStrength} table), then by fewer hops, and keeps the best {@code $k}.
     */
    private static final String RANKED_BY_PROBABILITY = """
            WITH p, reduce(probability = 1.0, k IN relationships(p) |
                   probability * [0.0, 0.15, 0.30, 0.50, 0.70, 0.85][coalesce(k.strength, 3)]) AS probability
            RETURN [x IN nodes(p) | x.name] AS people, probability, length(p) AS hops
            ORDER BY probability DESC, hops
            LIMIT $k
            """;

    /**
     * Who can reach the target: every variable-length path of at most {@code $maxHops}
     * {@code KNOWS} ties from a member to the target, no other member inside and no person twice,
     * ranked by the product of the ties' probabilities, then by fewer hops.
     */
    static final String REACH = """
            MATCH (m:Person {coalition: true})
            MATCH p = (m)-[:KNOWS*1..%d]-(t:Person {id: $target})
            WHERE none(x IN nodes(p)[1..-1] WHERE x.coalition)
              AND all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
            """ + RANKED_BY_PROBABILITY;

    /** For reference: each member's hop-shortest path to the target, the k shortest. */
    static final String SHORTEST_PATH = """
            MATCH (m:Person {coalition: true}), (t:Person {id: $target})
            MATCH p = shortestPath((m)-[:KNOWS*..%d]-(t))
            RETURN [x IN nodes(p) | x.name] AS people, length(p) AS hops
            ORDER BY hops
            LIMIT $k
            """;

    /** For reference: all hop-shortest paths from each member, ranked by probability. */
    static final String ALL_SHORTEST_PATHS = """
            MATCH (m:Person {coalition: true}), (t:Person {id: $target})
            MATCH p = allShortestPaths((m)-[:KNOWS*..%d]-(t))
            """ + RANKED_BY_PROBABILITY;

    /** Every person's number of ties, highest first (the unweighted degree ranking). */
    static final String DEGREE = """
            MATCH (p:Person)
            RETURN p.id AS id, p.name AS name, COUNT { (p)-[:KNOWS]-(:Person) } AS degree
            ORDER BY degree DESC, name
            """;

    /**
     * Each sector's coverage: the members who count in it (own sector or an organization's),
     * and the five best entry points among the others, by their strongest tie from a member.
     */
    static final String COVERAGE = """
            MATCH (s:Sector)
            CALL (s) {
              MATCH (p:Person)
              WHERE (p)-[:IN_SECTOR]->(s) OR (p)-[:WORKS_AT]->(:Organization)-[:IN_SECTOR]->(s)
              RETURN collect(p) AS inSector
            }
            WITH s, [p IN inSector WHERE p.coalition] AS members, [p IN inSector WHERE NOT p.coalition] AS others
            CALL (members, others) {
              UNWIND others AS p
              OPTIONAL MATCH (p)-[k:KNOWS]-(m:Person {coalition: true})
              WITH p, k, m ORDER BY k.strength DESC, m.name
              WITH p, head(collect({via: m.name, strength: k.strength})) AS best
              ORDER BY coalesce(best.strength, 0) DESC, COUNT { (p)-[:KNOWS]-() } DESC, p.name
              LIMIT 5
              RETURN collect({person: p.name, via: best.via, strength: best.strength}) AS entryPoints
            }
            RETURN s.key AS sector, size(members) AS engaged, [m IN members | m.name] AS members, entryPoints
            ORDER BY s.position
            """;

    private final Driver driver;
    private final Duration timeout;

    CypherBaselines(Driver driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    /**
     * Runs the query to its last record.
     *
     * @return the records, or {@code null} when the store stopped it at the timeout
     */
    List<Record> run(String query, Map<String, Object> parameters) {
        var config =
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var session = driver.session(config)) {
            return session.run(
                            query,
                            parameters,
                            TransactionConfig.builder().withTimeout(timeout).build())
                    .list();
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                return null;
            }
            throw e;
        }
    }

    Duration timeout() {
        return timeout;
    }
}
