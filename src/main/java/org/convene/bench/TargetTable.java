package org.convene.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance targets next to a run's figures, as a Markdown table for people (the JSON lines
 * are for programs). The targets are set for two reference sizes, 10,000 people / 100,000 ties
 * and 100,000 people / 1,000,000 ties; a run with 100,000 people or more is held to the large
 * size's targets, any smaller run to the reference size's (the table's first line says which).
 */
final class TargetTable {

    private static final int LARGE_PEOPLE = 100_000;

    private TargetTable() {}

    /** The table for a run's summary (the operations it measured, in the order of the targets). */
    static String of(Map<String, Object> summary, int people, int ties) {
        boolean large = people >= LARGE_PEOPLE;
        List<String[]> rows = new ArrayList<>();
        Map<String, Object> reach = entry(summary, "reach", "engine");
        if (reach != null) {
            double p50 = number(reach, "p50_ms");
            Map<String, Object> cypher = entry(summary, "reach", "cypher");
            double speedup = cypher == null ? Double.NaN : number(cypher, "p50_ms") / p50;
            String figure = ms(p50) + (Double.isNaN(speedup) ? "" : ", " + times(speedup) + " faster than Cypher");
            rows.add(
                    large
                            ? row("who can reach (k=5, maxHops=4), p50", figure, "≤ 50 ms", p50 <= 50)
                            : row(
                                    "who can reach (k=5, maxHops=4), p50",
                                    figure,
                                    "≤ 5 ms and ≥ 20× faster than Cypher",
                                    p50 <= 5 && speedup >= 20));
        }
        Map<String, Object> projection = entry(summary, "projection", "engine");
        if (projection != null) {
            double p50 = number(projection, "p50_ms");
            rows.add(row(
                    "projection from Neo4j into the engine, p50",
                    ms(p50),
                    large ? "≤ 10 s" : "≤ 1 s",
                    p50 <= (large ? 10_000 : 1_000)));
        }
        Map<String, Object> memory = entry(summary, "memory", "engine");
        if (memory != null) {
            double perTie = number(memory, "bytes_per_tie");
            rows.add(row(
                    "engine memory for the projection (retained heap)",
                    String.format(Locale.ROOT, "%.1f bytes per tie", perTie),
                    "≤ 64 bytes per tie",
                    perTie <= 64));
        }
        Map<String, Object> betweenness = entry(summary, "betweenness", "engine");
        if (betweenness != null) {
            double p50 = number(betweenness, "p50_ms");
            boolean exact = Boolean.TRUE.equals(betweenness.get("exact"));
            String figure = ms(p50)
                    + (exact
                            ? ", exact"
                            : String.format(
                                    Locale.ROOT,
                                    ", sampled (%s pivots, error ≤ %s normalised at %s confidence)",
                                    betweenness.get("pivots"),
                                    betweenness.get("error_bound_normalised"),
                                    betweenness.get("confidence")));
            rows.add(
                    large
                            ? row(
                                    "betweenness, unweighted",
                                    figure,
                                    "sampled with a stated error bound, ≤ 60 s",
                                    p50 <= 60_000 && (exact || betweenness.get("error_bound_normalised") != null))
                            : row("betweenness, unweighted", figure, "exact, ≤ 30 s", exact && p50 <= 30_000));
        }
        Map<String, Object> importing = entry(summary, "import", "engine");
        if (importing != null) {
            double perSecond = number(importing, "rows_per_s");
            rows.add(row(
                    "CSV import",
                    String.format(Locale.ROOT, "%,.0f rows/s", perSecond),
                    "≥ 20,000 rows/s",
                    perSecond >= 20_000));
        }
        Map<String, Object> workbook = entry(summary, "import_xlsx", "engine");
        if (workbook != null) {
            double perSecond = number(workbook, "rows_per_s");
            double ofCsv = number(workbook, "of_csv_rate");
            rows.add(row(
                    "XLSX import",
                    String.format(Locale.ROOT, "%,.0f rows/s, %.0f%% of the CSV rate", perSecond, 100 * ofCsv),
                    "≥ 90% of the CSV rate",
                    ofCsv >= 0.9));
        }
        Map<String, Object> update = entry(summary, "update_after_edit", "engine");
        if (update != null) {
            double p50 = number(update, "p50_ms");
            rows.add(row(
                    "update after one edit visible to the next query, p50",
                    ms(p50),
                    large ? "≤ 500 ms" : "≤ 50 ms",
                    p50 <= (large ? 500 : 50)));
        }
        Map<String, Object> reports = entry(summary, "reports", "engine");
        if (reports != null) {
            double p50 = number(reports, "p50_ms");
            rows.add(row(
                    "slowest shipped report (" + reports.get("slowest") + "), p50",
                    ms(p50),
                    large ? "≤ 10 s" : "≤ 1 s",
                    p50 <= (large ? 10_000 : 1_000)));
        }
        Map<String, Object> brief = entry(summary, "brief", "engine");
        if (brief != null && !large) {
            double p50 = number(brief, "p50_ms");
            rows.add(row("steering brief of all shipped reports, p50", ms(p50), "≤ 5 s", p50 <= 5_000));
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "%,d people / %,d ties; targets for %s%n%n",
                people,
                ties,
                large ? "100,000 people / 1,000,000 ties" : "10,000 people / 100,000 ties"));
        table.append("| operation | this run | target | met |\n| --- | --- | --- | --- |\n");
        rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return table.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> summary, String operation, String side) {
        Object entry = summary.get(operation);
        if (!(entry instanceof Map<?, ?> sides) || !(sides.get(side) instanceof Map<?, ?> figures)) {
            return null;
        }
        return (Map<String, Object>) figures;
    }

    private static double number(Map<String, Object> figures, String key) {
        return figures.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String[] row(String operation, String figure, String target, boolean met) {
        return new String[] {operation, figure, target, met ? "yes" : "**no**"};
    }

    private static String ms(double millis) {
        return millis >= 1_000
                ? String.format(Locale.ROOT, "%.2f s", millis / 1_000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%,.0f×", ratio);
    }
}
