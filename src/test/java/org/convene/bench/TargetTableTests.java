package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetTableTests {

    @Test
    void aReferenceRunIsHeldToTheSmallTargets() {
        Map<String, Object> summary = Map.of(
                "reach", Map.of("engine", Map.of("p50_ms", 2.0), "cypher", Map.of("p50_ms", 3000.0)),
                "projection", Map.of("engine", Map.of("p50_ms", 525.0)),
                "memory", Map.of("engine", Map.of("bytes_per_tie", 57.83)),
                "betweenness", Map.of("engine", Map.of("p50_ms", 6100.0, "exact", true)),
                "import", Map.of("engine", Map.of("rows_per_s", 18_836)),
                "import_xlsx", Map.of("engine", Map.of("rows_per_s", 17_500, "of_csv_rate", 0.93)),
                "update_after_edit", Map.of("engine", Map.of("p50_ms", 24.5)));

        String table = TargetTable.of(summary, 10_000, 100_000);

        assertThat(table)
                .startsWith("10,000 people / 100,000 ties; targets for 10,000 people / 100,000 ties")
                .contains("| who can reach (k=5, maxHops=4), p50 | 2.0 ms, 1,500× faster than Cypher "
                        + "| ≤ 5 ms and ≥ 20× faster than Cypher | yes |")
                .contains("| projection from Neo4j into the engine, p50 | 525.0 ms | ≤ 1 s | yes |")
                .contains(
                        "| engine memory for the projection (retained heap) | 57.8 bytes per tie | ≤ 64 bytes per tie | yes |")
                .contains("| betweenness, unweighted | 6.10 s, exact | exact, ≤ 30 s | yes |")
                .contains("| CSV import | 18,836 rows/s | ≥ 20,000 rows/s | **no** |")
                .contains("| XLSX import | 17,500 rows/s, 93% of the CSV rate | ≥ 90% of the CSV rate | yes |")
                .contains("| update after one edit visible to the next query, p50 | 24.5 ms | ≤ 50 ms | yes |");
    }

    @Test
    void aLargeRunIsHeldToTheLargeTargetsAndASlowReachFails() {
        Map<String, Object> summary = Map.of(
                "reach", Map.of("engine", Map.of("p50_ms", 60.0), "cypher", Map.of("p50_ms", 600.0)),
                "betweenness",
                        Map.of(
                                "engine",
                                Map.of(
                                        "p50_ms",
                                        11_000.0,
                                        "exact",
                                        false,
                                        "pivots",
                                        1000,
                                        "error_bound_normalised",
                                        0.0917,
                                        "confidence",
                                        0.99)));

        String table = TargetTable.of(summary, 100_000, 1_000_000);

        assertThat(table)
                .contains("targets for 100,000 people / 1,000,000 ties")
                .contains(
                        "| who can reach (k=5, maxHops=4), p50 | 60.0 ms, 10× faster than Cypher | ≤ 50 ms | **no** |")
                .contains(
                        "| betweenness, unweighted | 11.00 s, sampled (1000 pivots, error ≤ 0.0917 normalised at 0.99 "
                                + "confidence) | sampled with a stated error bound, ≤ 60 s | yes |")
                .doesNotContain("CSV import")
                .doesNotContain("XLSX import");
    }
}
