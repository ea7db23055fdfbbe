package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class GraphFormatsTests {

    private static List<String> element(String id, String label, String type, String sector, String stage) {
        List<String> row = new ArrayList<>();
        for (String column : Sheet.ELEMENTS.columns()) {
            row.add(
                    switch (column) {
                        case "ID" -> id;
                        case "Label" -> label;
                        case "Type" -> type;
                        case "Sector" -> sector;
                        case "Stage" -> stage;
                        case "Coalition" -> type.equals("Person") ? "yes" : "";
                        case "Description" -> "<b>&amp; \"quoted\"</b>";
                        default -> "";
                    });
        }
        return row;
    }

    private static List<String> connection(String from, String to, String type, String strength, String since) {
        List<String> row = new ArrayList<>();
        for (String column : Sheet.CONNECTIONS.columns()) {
            row.add(
                    switch (column) {
                        case "From" -> from;
                        case "To" -> to;
                        case "Type" -> type;
                        case "Strength" -> strength;
                        case "Since" -> since;
                        default -> "";
                    });
        }
        return row;
    }

    private static final NetworkExport.Sheets SHEETS = new NetworkExport.Sheets(
            List.of(
                    Sheet.ELEMENTS.columns(),
                    element("p1", "Ada Lind", "Person", "health", "innovator"),
                    element("p2", "Bo Lind", "Person", "families", ""),
                    element("o1", "Brightwater Clinic", "Organization", "health", "")),
            List.of(
                    Sheet.CONNECTIONS.columns(),
                    connection("Ada Lind", "Bo Lind", "Knows", "4", "2025-03-01"),
                    connection("Ada Lind", "Brightwater Clinic", "Works at", "", "")));

    @Test
    void jgraphtsGraphMlImporterReadsEveryNodeEdgeAndAttributeOfTheExport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphFormats.writeGraphMl(SHEETS, out);

        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(false)
                .edgeClass(DefaultEdge.class)
                .vertexSupplier(new java.util.function.Supplier<String>() {
                    private int next;

                    @Override
                    public String get() {
                        return "v" + next++;
                    }
                })
                .buildGraph();
        Map<String, Map<String, String>> nodeData = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeData = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.addVertexAttributeConsumer(
                (pair, attribute) -> nodeData.computeIfAbsent(pair.getFirst(), v -> new HashMap<>())
                        .put(pair.getSecond(), value(attribute)));
        importer.addEdgeAttributeConsumer(
                (pair, attribute) -> edgeData.computeIfAbsent(pair.getFirst(), e -> new HashMap<>())
                        .put(pair.getSecond(), value(attribute)));
        importer.importGraph(graph, new StringReader(out.toString(StandardCharsets.UTF_8)));

        assertThat(graph.vertexSet()).hasSize(3);
        assertThat(graph.edgeSet()).hasSize(2);
        Map<String, Map<String, String>> byLabel = new HashMap<>();
        nodeData.values().forEach(data -> byLabel.put(data.get("label"), data));
        assertThat(byLabel.get("Ada Lind"))
                .containsEntry("type", "Person")
                .containsEntry("sector", "health")
                .containsEntry("stage", "innovator")
                .containsEntry("coalition", "yes")
                .containsEntry("description", "<b>&amp; \"quoted\"</b>");
        assertThat(byLabel.get("Brightwater Clinic"))
                .containsEntry("type", "Organization")
                .doesNotContainKey("stage");
        List<Map<String, String>> edges = new ArrayList<>(edgeData.values());
        assertThat(edges)
                .anySatisfy(data -> assertThat(data)
                        .containsEntry("type", "Knows")
                        .containsEntry("strength", "4")
                        .containsEntry("probability", "0.7")
                        .containsEntry("since", "2025-03-01"))
                .anySatisfy(data ->
                        assertThat(data).containsEntry("type", "Works at").doesNotContainKey("probability"));
    }

    @Test
    void jgraphtsGexfImporterReadsTheGexfExportWithColourBySectorAndSizeByDegree() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphFormats.writeGexf(SHEETS, new SectorPalette(), out);
        String text = out.toString(StandardCharsets.UTF_8);

        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(false)
                .edgeClass(DefaultEdge.class)
                .vertexSupplier(new java.util.function.Supplier<String>() {
                    private int next;

                    @Override
                    public String get() {
                        return "v" + next++;
                    }
                })
                .buildGraph();
        Map<String, Map<String, String>> nodeData = new HashMap<>();
        var importer = new org.jgrapht.nio.gexf.SimpleGEXFImporter<String, DefaultEdge>();
        importer.setSchemaValidation(false);
        importer.addVertexAttributeConsumer(
                (pair, attribute) -> nodeData.computeIfAbsent(pair.getFirst(), v -> new HashMap<>())
                        .put(pair.getSecond(), value(attribute)));
        importer.importGraph(graph, new StringReader(text));

        assertThat(graph.vertexSet()).hasSize(3);
        assertThat(graph.edgeSet()).hasSize(2);
        assertThat(nodeData.values())
                .anySatisfy(
                        data -> assertThat(data).containsEntry("type", "Person").containsEntry("stage", "innovator"));
        // health is #2e9e5b in sector-colours.json; Ada Lind has two connections, Bo Lind one
        assertThat(text)
                .contains("<node id=\"p1\" label=\"Ada Lind\">")
                .contains("<viz:color r=\"46\" g=\"158\" b=\"91\"/><viz:size value=\"7.0\"/>")
                .contains("<viz:size value=\"6.0\"/>")
                .contains("defaultedgetype=\"undirected\"");
    }

    @Test
    void networkxReadsBothGraphExportsWithEveryNodeAndEdge(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path graphMl = dir.resolve("convene.graphml");
        java.nio.file.Path gexf = dir.resolve("convene.gexf");
        try (var out = java.nio.file.Files.newOutputStream(graphMl)) {
            GraphFormats.writeGraphMl(SHEETS, out);
        }
        try (var out = java.nio.file.Files.newOutputStream(gexf)) {
            GraphFormats.writeGexf(SHEETS, new SectorPalette(), out);
        }
        String script = """
                import sys, networkx
                for graph in (networkx.read_graphml(sys.argv[1]), networkx.read_gexf(sys.argv[2])):
                    print(graph.number_of_nodes(), graph.number_of_edges(), graph.is_directed())
                """;
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", script, graphMl.toString(), gexf.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            python = null;
        }
        String output =
                python == null ? "" : new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ran = python != null && python.waitFor() == 0;
        if (!ran && !"true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.abort(
                    "python3 with networkx is not installed (apt-get install python3-networkx): " + output);
        }
        assertThat(ran).as(output).isTrue();
        assertThat(output.strip().lines().toList()).containsExactly("3 2 False", "3 2 False");
    }

    @Test
    void aCustomSectorGetsTheColourTheMapDerivesFromItsKey() {
        // sectors.js (run under node) gives "arts" hash 3002992 -> hue 232: hsl(232 55% 50%) = rgb(57, 76, 198)
        assertThat(new SectorPalette().rgb("arts")).containsExactly(57, 76, 198);
        assertThat(new SectorPalette().rgb("")).containsExactly(0xb8, 0xc2, 0xcc);
    }

    private static String value(Attribute attribute) {
        return attribute.getValue();
    }
}
