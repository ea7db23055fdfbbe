package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.network.GraphVersion;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The published values hold end to end: CSV import, Neo4j, the projection and the API. Each
 * network is imported beside the demo city as a component of its own, which leaves its
 * betweenness and degree as published (both count only within a component).
 */
@ConveneIntegrationTest
class PublishedNetworksIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    private List<String> imported = List.of();

    @AfterEach
    void removeTheNetwork() {
        neo4j.query("MATCH (p:Person) WHERE p.name IN $names DETACH DELETE p")
                .bind(imported)
                .to("names")
                .run();
        neo4j.query("MATCH (s:Sector) WHERE s.key STARTS WITH 'club-' DETACH DELETE s")
                .run();
        version.bump();
    }

    @Test
    void medicisBetweennessIsFortySevenAndAHalf() {
        importNetwork("florentine");
        var betweenness = scores("betweenness");
        assertThat(betweenness.get("Medici")).isCloseTo(47.5, within(1e-9));
        assertThat(scores("degree").get("Medici")).isEqualTo(6.0);
    }

    @Test
    void theKarateInstructorsBetweennessIsAsPublished() {
        var editor = Api.on(port).asEditor();
        editor.post("/api/sectors", Map.of("key", "club-mr-hi", "title", "Club: Mr. Hi"));
        editor.post("/api/sectors", Map.of("key", "club-officer", "title", "Club: Officer"));
        importNetwork("karate");
        var betweenness = scores("betweenness");
        assertThat(betweenness.get("0")).isCloseTo(231.0714286, within(1e-6));
        assertThat(betweenness.get("33")).isCloseTo(160.5515873, within(1e-6));
    }

    @Test
    void heatherBrokersTheKitesTail() {
        importNetwork("kite");
        assertThat(scores("betweenness").get("Heather")).isCloseTo(14.0, within(1e-9));
        assertThat(scores("degree").get("Diane")).isEqualTo(6.0);
    }

    private void importNetwork(String name) {
        String elements = read("networks/" + name + "/elements.csv");
        var answer = Api.on(port)
                .asEditor()
                .importCsv("/api/import", elements, read("networks/" + name + "/connections.csv"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        imported = elements.lines().skip(1).map(line -> line.split(",")[0]).toList();
    }

    private Map<String, Double> scores(String measure) {
        var answer =
                Api.on(port).asViewer().get("/api/metrics?measure=" + measure).json();
        Map<String, Double> scores = new HashMap<>();
        answer.forEach(score ->
                scores.put(score.get("name").asString(), score.get("value").asDouble()));
        return scores;
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
