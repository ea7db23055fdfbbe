package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench command as a user runs it, {@code java -jar target/convene.jar bench ...}, on a tiny
 * network: one JSON line per operation and the summary last, every operation in it with positive
 * figures. It checks the shape only; timings belong in docs/performance.md, not in tests.
 */
class BenchIT {

    private static final List<String> OPERATIONS = List.of(
            "import",
            "projection",
            "memory",
            "reach",
            "degree",
            "coverage",
            "betweenness",
            "update_after_edit",
            "import_xlsx");

    @Test
    void theBenchCommandPrintsALinePerOperationAndASummaryLast() throws Exception {
        Path jar = Path.of("target", "convene.jar");
        assertThat(jar)
                .as("the packaged application (the package phase runs before the integration tests)")
                .exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stdout = Files.createTempFile("bench", ".jsonl");
        Path stderr = Files.createTempFile("bench", ".log");
        Path edges = Files.createTempFile("bench", ".edges");
        try {
            Process bench = new ProcessBuilder(
                            java,
                            "-Xmx1g",
                            "-jar",
                            jar.toString(),
                            "bench",
                            "--people",
                            "200",
                            "--ties",
                            "800",
                            "--seed",
                            "7",
                            "--targets",
                            "3",
                            "--write-edges",
                            edges.toString())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            boolean finished = bench.waitFor(10, TimeUnit.MINUTES);
            if (!finished) {
                bench.destroyForcibly();
            }
            assertThat(finished).as("the bench finished").isTrue();
            assertThat(bench.exitValue()).as(tail(stderr)).isZero();

            JsonMapper json = JsonMapper.builder().build();
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
                lines.add(json.readTree(line));
            }
            List<String> printed = lines.stream()
                    .filter(l -> l.has("operation"))
                    .map(l -> l.get("operation").asString())
                    .toList();
            assertThat(printed).containsAll(OPERATIONS);

            JsonNode summary = lines.get(lines.size() - 1).get("summary");
            assertThat(summary).as("the last line is the summary").isNotNull();
            assertThat(summary.get("people").asInt()).isEqualTo(200);
            assertThat(summary.get("ties").asInt()).isEqualTo(800);
            for (String operation : OPERATIONS) {
                JsonNode engine = summary.get(operation).get("engine");
                assertThat(engine).as(operation).isNotNull();
                engine.properties().forEach(field -> {
                    if (field.getValue().isNumber()) {
                        assertThat(field.getValue().asDouble())
                                .as(operation + " " + field.getKey())
                                .isPositive();
                    }
                });
            }
            for (String operation : List.of(
                    "import", "projection", "reach", "degree", "coverage", "betweenness", "update_after_edit")) {
                assertThat(summary.get(operation).get("engine").get("p50_ms").asDouble())
                        .as(operation)
                        .isPositive();
                assertThat(summary.get(operation).get("engine").get("p95_ms").asDouble())
                        .as(operation)
                        .isPositive();
            }
            for (String operation : List.of("reach", "degree", "coverage")) {
                JsonNode cypher = summary.get(operation).get("cypher");
                assertThat(cypher)
                        .as(operation + " has a plain-Cypher baseline")
                        .isNotNull();
                assertThat(cypher.get("p50_ms").asDouble()).isPositive();
                assertThat(cypher.get("p95_ms").asDouble()).isPositive();
            }
            assertThat(summary.get("betweenness").has("cypher")).isFalse();
            List<String> edgeList = Files.readAllLines(edges, StandardCharsets.UTF_8);
            assertThat(edgeList).as("one line per tie of the projected network").hasSize(800);
            assertThat(edgeList).allMatch(line -> line.matches("\\d+ \\d+ \\d+\\.\\d+(E-?\\d+)?"));
            JsonNode betweenness = summary.get("betweenness").get("engine");
            assertThat(betweenness.get("cpu_s_per_call").asDouble()).isPositive();
            assertThat(betweenness.get("weighted").get("cpu_s_per_call").asDouble())
                    .as("the weighted kernel is timed beside the unweighted one")
                    .isPositive();
            assertThat(betweenness.get("weighted").get("p50_ms").asDouble()).isPositive();
            assertThat(summary.get("import").get("engine").get("rows_per_s").asDouble())
                    .isPositive();
            assertThat(summary.get("import_xlsx")
                            .get("engine")
                            .get("of_csv_rate")
                            .asDouble())
                    .as("the workbook's rate is compared with the CSV files' in the same run")
                    .isPositive();
            assertThat(summary.get("memory").get("engine").get("bytes_per_tie").asDouble())
                    .isPositive();

            String log = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(log.substring(log.lastIndexOf("200 people / 800 ties; targets for 10,000 people")))
                    .as("the targets table closes standard error")
                    .contains("| operation | this run | target | met |")
                    .contains(
                            "| who can reach (k=5, maxHops=4), p50 |",
                            "| projection from Neo4j",
                            "| engine memory",
                            "| betweenness, unweighted |",
                            "| CSV import |",
                            "| XLSX import |",
                            "| update after one edit");
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            Files.deleteIfExists(edges);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
