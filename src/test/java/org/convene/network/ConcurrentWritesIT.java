package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.convene.support.Api;
import org.convene.support.AtOnce;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Fifty clients writing overlapping ties and people for a few seconds (new people, new ties among
 * a small crowd, edits of the same people) get no 5xx, and every write answered with success is in
 * the store: transient store errors such as deadlocks are retried around the whole transaction.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Crowd ")
class ConcurrentWritesIT {

    private static final int CLIENTS = 50;
    private static final int CROWD = 12;
    private static final Duration RUN = Duration.ofSeconds(4);
    /** Each client makes at least this many requests, however slow the machine. */
    private static final int REQUESTS_EACH = 8;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void fiftyClientsWritingOverlappingTiesAndPeopleGetNo5xxAndLoseNoAcknowledgedWrite() throws Exception {
        var editor = Api.on(port).asEditor();
        List<String> crowd = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            var created = editor.post("/api/people", Map.of("name", "Zz Crowd " + i));
            assertThat(created.status()).isEqualTo(201);
            crowd.add(created.json().get("id").asString());
        }
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> createdPeople = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> createdTies = new ConcurrentLinkedQueue<>();
        Map<String, List<String>> acknowledgedDescriptions = new ConcurrentHashMap<>();
        long end = System.nanoTime() + RUN.toNanos();

        AtOnce.run(CLIENTS, client -> () -> {
            Random random = new Random(client);
            var api = Api.on(port).asEditor();
            int n = 0;
            while (n < REQUESTS_EACH || System.nanoTime() < end) {
                n++;
                int kind = random.nextInt(3);
                Api.Response answer;
                if (kind == 0) {
                    int a = random.nextInt(CROWD);
                    int b = (a + 1 + random.nextInt(CROWD - 1)) % CROWD;
                    answer = api.post(
                            "/api/ties",
                            Map.of("from", crowd.get(a), "to", crowd.get(b), "strength", 1 + random.nextInt(5)));
                    if (answer.status() == 201) {
                        createdTies.add(answer.json().get("id").asString());
                    }
                } else if (kind == 1) {
                    int who = random.nextInt(CROWD);
                    String description = "client " + client + " write " + n;
                    answer = api.put(
                            "/api/people/" + crowd.get(who),
                            Map.of("name", "Zz Crowd " + who, "description", description));
                    if (answer.status() == 200) {
                        acknowledgedDescriptions
                                .computeIfAbsent(crowd.get(who), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add(description);
                    }
                } else {
                    answer = api.post("/api/people", Map.of("name", "Zz Crowd new " + client + "-" + n));
                    if (answer.status() == 201) {
                        createdPeople.add(answer.json().get("id").asString());
                    }
                }
                statuses.merge(answer.status(), 1L, Long::sum);
                if (answer.status() >= 500) {
                    failures.add(answer.toString());
                }
            }
            return n;
        });

        assertThat(failures).as("answers with 5xx (statuses: %s)", statuses).isEmpty();
        assertThat(statuses.keySet())
                .as("every answer is a success or a tie that exists (409)")
                .isSubsetOf(200, 201, 409);
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum())
                .as("requests made")
                .isGreaterThanOrEqualTo((long) CLIENTS * REQUESTS_EACH);

        long peopleStored = neo4j.query("MATCH (p:Person) WHERE p.id IN $ids RETURN count(p) AS n")
                .bind(List.copyOf(createdPeople))
                .to("ids")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(peopleStored).isEqualTo(createdPeople.size());
        long tiesStored = neo4j.query("MATCH ()-[k:KNOWS]->() WHERE k.id IN $ids RETURN count(k) AS n")
                .bind(List.copyOf(createdTies))
                .to("ids")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(tiesStored).isEqualTo(createdTies.size());
        long pairsTwice = neo4j.query("""
                        MATCH (a:Person)-[k:KNOWS]-(b:Person)
                        WHERE a.name STARTS WITH 'Zz Crowd ' AND elementId(a) < elementId(b)
                        WITH a, b, count(k) AS ties WHERE ties > 1 RETURN count(*) AS n
                        """).fetchAs(Long.class).one().orElseThrow();
        assertThat(pairsTwice).as("pairs with more than one tie").isZero();
        Map<String, Object> descriptions = neo4j
                .query("MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.description AS d")
                .bind(List.copyOf(acknowledgedDescriptions.keySet()))
                .to("ids")
                .fetch()
                .all()
                .stream()
                .collect(Collectors.toMap(row -> (String) row.get("id"), row -> row.get("d")));
        acknowledgedDescriptions.forEach((id, written) -> assertThat(written)
                .as("the stored description is one that was acknowledged")
                .contains((String) descriptions.get(id)));
    }
}
