package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.convene.network.GraphVersion;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** A write made around the app (cypher-shell, another tool) shows within the max staleness (3 s in tests). */
@ConveneIntegrationTest
class StalenessIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    @AfterEach
    void removeTheTie() {
        neo4j.query("""
                MATCH (:Person {name: 'Kenji Morrow'})-[k:KNOWS {source: 'around-the-app'}]-(:Person {name: 'Gordon Ashby'})
                DELETE k
                """).run();
        version.bump();
    }

    @Test
    void aTieWrittenAroundTheAppShowsWithinTheMaxStaleness() throws InterruptedException {
        var viewer = Api.on(port).asViewer();
        assertThat(firstPathHops(viewer)).isEqualTo(2);

        neo4j.query("""
                MATCH (a:Person {name: 'Kenji Morrow'}), (b:Person {name: 'Gordon Ashby'})
                CREATE (a)-[:KNOWS {id: randomUUID(), strength: 5, context: 'alumni', source: 'around-the-app'}]->(b)
                """).run();

        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(3 + 5).toNanos();
        int hops = firstPathHops(viewer);
        while (hops != 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            hops = firstPathHops(viewer);
        }
        assertThat(hops)
                .as("direct tie seen within the max staleness and a margin")
                .isEqualTo(1);
        System.out.printf(
                "StalenessIT: a write around the app was seen after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "0", "4.7", "'strong'", "[4]", "true"})
    void aTieWithAnImpossibleStrengthWrittenAroundTheAppIsLeftOutRatherThanFatal(String strength) {
        neo4j.query("""
                MATCH (a:Person {name: 'Kenji Morrow'}), (b:Person {name: 'Gordon Ashby'})
                CREATE (a)-[:KNOWS {id: randomUUID(), strength: %s, context: ['a', 'list'], source: 'around-the-app'}]->(b)
                """.formatted(strength)).run();
        version.bump();

        var viewer = Api.on(port).asViewer();
        var reach = viewer.get("/api/reach?target=Gordon%20Ashby&k=1");
        assertThat(reach.status()).as(reach.body()).isEqualTo(200);
        assertThat(firstPathHops(viewer)).isEqualTo(2);
        assertThat(viewer.get("/api/metrics?measure=degree").status()).isEqualTo(200);
    }

    private static int firstPathHops(Api viewer) {
        return viewer.get("/api/reach?target=Gordon%20Ashby&k=1")
                .json()
                .get("paths")
                .get(0)
                .get("hops")
                .asInt();
    }
}
