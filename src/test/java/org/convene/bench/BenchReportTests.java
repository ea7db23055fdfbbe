package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JSON lines a bench run prints, byte for byte, from figures given by hand. */
class BenchReportTests {

    @Test
    void eachOperationIsOneLineAndTheSummaryLastHoldsThemAllInOrder() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport report = new BenchReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200, 800);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("people", 200);
        setup.put("seed", 7L);
        report.setup(setup);
        Samples degree = new Samples();
        degree.add(2_000_000);
        degree.add(1_000_000);
        Samples cypher = new Samples(60_000);
        cypher.add(40_123_456);
        cypher.addTimeout();
        report.operation("degree", degree.toMap(), cypher.toMap());
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("bytes_per_tie", 57.9);
        report.operation("memory", memory, null, Map.of("readings", 3));

        Map<String, Object> summary = report.summary(200, 800, 1.234, 1.5, 55_249_000_000L);

        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n"))
                .containsExactly(
                        // the set-up's own people keep their place after the operation's name
                        "{\"operation\":\"setup\",\"people\":200,\"ties\":800,\"seed\":7}",
                        "{\"operation\":\"degree\",\"people\":200,\"ties\":800,"
                                + "\"engine\":{\"p50_ms\":1.0,\"p95_ms\":2.0,\"max_ms\":2.0,\"runs\":2},"
                                + "\"cypher\":{\"p50_ms\":40.123,\"p95_ms\":60000.0,\"max_ms\":60000.0,\"runs\":2,"
                                + "\"timeouts\":1,\"timeout_ms\":60000}}",
                        "{\"operation\":\"memory\",\"people\":200,\"ties\":800,"
                                + "\"engine\":{\"bytes_per_tie\":57.9},\"readings\":3}",
                        "{\"summary\":{\"people\":200,\"ties\":800,"
                                + "\"degree\":{\"engine\":{\"p50_ms\":1.0,\"p95_ms\":2.0,\"max_ms\":2.0,\"runs\":2},"
                                + "\"cypher\":{\"p50_ms\":40.123,\"p95_ms\":60000.0,\"max_ms\":60000.0,\"runs\":2,"
                                + "\"timeouts\":1,\"timeout_ms\":60000}},"
                                + "\"memory\":{\"engine\":{\"bytes_per_tie\":57.9},\"readings\":3},"
                                + "\"load_average\":{\"before\":1.23,\"after\":1.5},\"total_s\":55.2}}");
        assertThat(summary).containsOnlyKeys("people", "ties", "degree", "memory", "load_average", "total_s");
    }
}
