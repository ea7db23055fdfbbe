package org.convene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;

/**
 * Reads the published networks under {@code src/test/resources/networks/NAME/} (Kumu-style
 * {@code elements.csv} and {@code connections.csv}, as the import takes them) into a JGraphT
 * graph of labels, and builds small hand-made graphs the same way.
 */
final class TestNetworks {

    private TestNetworks() {}

    /** A {@code Knows} tie; strength 1..5 as in the import. */
    record Tie(String from, String to, int strength) {

        /** The reading of strength (docs/api.md, Strength and probability) as the chance the tie carries an introduction. */
        double probability() {
            return switch (strength) {
                case 1 -> 0.15;
                case 2 -> 0.30;
                case 3 -> 0.50;
                case 4 -> 0.70;
                case 5 -> 0.85;
                default -> throw new IllegalArgumentException("strength " + strength);
            };
        }
    }

    /** A loaded network: the graph plus each person's sector (null where the cell is blank). */
    record Network(Graph<String, Tie> graph, Map<String, String> sectors) {

        String sector(String label) {
            return sectors.get(label);
        }
    }

    static Graph<String, Tie> emptyGraph() {
        return new SimpleGraph<>(null, null, false);
    }

    /** Adds a tie of the given strength, creating its people as needed. */
    static void tie(Graph<String, Tie> graph, String from, String to, int strength) {
        graph.addVertex(from);
        graph.addVertex(to);
        graph.addEdge(from, to, new Tie(from, to, strength));
    }

    /** A graph from "A-B" pairs, every tie of strength 3. */
    static Graph<String, Tie> graphOf(String... pairs) {
        Graph<String, Tie> graph = emptyGraph();
        for (String pair : pairs) {
            String[] ends = pair.split("-");
            tie(graph, ends[0], ends[1], 3);
        }
        return graph;
    }

    static Network load(String name) {
        Graph<String, Tie> graph = emptyGraph();
        Map<String, String> sectors = new HashMap<>();
        for (CSVRecord row : read(name, "elements.csv")) {
            String label = row.get("Label").trim();
            graph.addVertex(label);
            String sector = row.get("Sector").trim();
            sectors.put(label, sector.isEmpty() ? null : sector);
        }
        for (CSVRecord row : read(name, "connections.csv")) {
            if (!row.get("Type").equalsIgnoreCase("Knows")) {
                continue;
            }
            String from = row.get("From").trim();
            String to = row.get("To").trim();
            if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
                throw new IllegalStateException(name + ": unknown label in " + row);
            }
            graph.addEdge(
                    from,
                    to,
                    new Tie(from, to, Integer.parseInt(row.get("Strength").trim())));
        }
        return new Network(graph, Collections.unmodifiableMap(sectors));
    }

    private static Iterable<CSVRecord> read(String network, String file) {
        String path = "/networks/" + network + "/" + file;
        try (InputStream in = Objects.requireNonNull(TestNetworks.class.getResourceAsStream(path), path);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
