package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** One import of 100,000 rows goes through in one transaction. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Bulk ")
class LargeImportIT {

    static final int PEOPLE = 20_000;
    static final int TIES = 80_000;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aHundredThousandRowsImportInOneGo() {
        var elements = new StringBuilder("Label,Type,Sector,Coalition,Stage\n");
        for (int i = 0; i < PEOPLE; i++) {
            elements.append("Bulk Person ")
                    .append(i)
                    .append(",Person,families,")
                    .append(i % 50 == 0 ? "yes" : "no")
                    .append(",early majority\n");
        }
        var connections = new StringBuilder("From,To,Type,Strength,Context\n");
        var random = new Random(7);
        int written = 0;
        var seen = new HashSet<Long>();
        while (written < TIES) {
            int a = random.nextInt(PEOPLE);
            int b = random.nextInt(PEOPLE);
            if (a == b || !seen.add((long) Math.min(a, b) * PEOPLE + Math.max(a, b))) {
                continue;
            }
            connections
                    .append("Bulk Person ")
                    .append(a)
                    .append(",Bulk Person ")
                    .append(b)
                    .append(",Knows,")
                    .append(1 + random.nextInt(5))
                    .append(",colleague\n");
            written++;
        }

        long started = System.nanoTime();
        var answer = Api.on(port).asEditor().importCsv("/api/import", elements.toString(), connections.toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("people").asInt()).isEqualTo(PEOPLE);
        assertThat(answer.json().get("ties").asInt()).isEqualTo(TIES);
        assertThat(neo4j.query("MATCH (p:Person) WHERE p.name STARTS WITH 'Bulk ' RETURN count(p)")
                        .fetchAs(Long.class)
                        .one())
                .contains((long) PEOPLE);
        System.out.printf(
                "LargeImportIT: %d rows in %.1f s = %.0f rows/s%n", PEOPLE + TIES, seconds, (PEOPLE + TIES) / seconds);
    }
}
