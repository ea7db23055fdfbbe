package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The published values hold end to end: CSV import, Neo4j, the projection and the API. Each
 * network is imported beside the demo city as a component of its own, which leaves its
 * betweenness and degree as published (both count only within a component).
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = PublishedNetworksIT.PREFIX, sectorKeys = "club-")
class PublishedNetworksIT {

    /** Put before every label of a published network, so it is told apart from the demo city and removed. */
    static final String PREFIX = "Pn ";

    @LocalServerPort
    int port;

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
        String elements = prefixed(read("networks/" + name + "/elements.csv"), 1);
        String connections = prefixed(read("networks/" + name + "/connections.csv"), 2);
        var answer = Api.on(port).asEditor().importCsv("/api/import", elements, connections);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** The file with {@link #PREFIX} before the labels in its first columns (the files hold no quotes). */
    private static String prefixed(String csv, int labelColumns) {
        var lines = csv.lines().toList();
        var out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < labelColumns; i++) {
                cells[i] = PREFIX + cells[i];
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private Map<String, Double> scores(String measure) {
        var answer =
                Api.on(port).asViewer().get("/api/metrics?measure=" + measure).json();
        Map<String, Double> scores = new HashMap<>();
        answer.forEach(score -> {
            String name = score.get("name").asString();
            if (name.startsWith(PREFIX)) {
                scores.put(name.substring(PREFIX.length()), score.get("value").asDouble());
            }
        });
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
