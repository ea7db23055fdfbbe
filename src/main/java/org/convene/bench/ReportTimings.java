package org.convene.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.convene.report.Reports;

/**
 * Times the shipped reports on the bench's network: each report with its defaults (the slowest
 * report's figures stand for the operation, each report's are listed beside them), and the
 * steering brief of all of them, as HTML and as PDF. Each is run once to plan it, then timed.
 */
final class ReportTimings {

    private static final String USER = "bench";
    private static final int RUNS = 5;
    /** Budget for one report's timed runs: past it, the runs so far are the figures. */
    private static final long BUDGET_MILLIS = 10_000;

    private final Reports reports;

    ReportTimings(Reports reports) {
        this.reports = reports;
    }

    /**
     * The {@code reports} operation: engine = the slowest report by p50, {@code each} = every
     * report's figures. A run the time limit stops counts at the limit (as the Cypher baselines'
     * timeouts do), and the report's remaining runs are skipped.
     */
    Map<String, Map<String, Object>> eachReport() {
        Map<String, Object> each = new LinkedHashMap<>();
        Map<String, Object> slowest = null;
        String slowestName = null;
        for (String name : reports.shipped()) {
            Timed timed = timeReport(name);
            Samples samples = timed.samples();
            Map<String, Object> figures = samples.toMap();
            figures.put("rows", timed.rows());
            each.put(name, figures);
            if (slowest == null || samples.percentile(50) > ((Number) slowest.get("p50_ms")).doubleValue()) {
                slowest = figures;
                slowestName = name;
            }
        }
        Map<String, Object> engine = new LinkedHashMap<>(slowest == null ? Map.of() : slowest);
        engine.remove("rows");
        engine.put("slowest", slowestName);
        engine.put("reports", each.size());
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        result.put("engine", engine);
        result.put("each", each);
        return result;
    }

    /** A report's timings and the rows its last finished run gave. */
    private record Timed(Samples samples, int rows) {}

    /** One unmeasured run, then up to {@link #RUNS} within the budget; stops at the first run past the limit. */
    private Timed timeReport(String name) {
        Samples samples = new Samples(reports.timeLimit().toMillis());
        Reports.Run warmUp = reports.run(name, USER);
        int rows = warmUp.rows();
        if (warmUp.stopped()) {
            samples.addTimeout();
            return new Timed(samples, rows);
        }
        long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
        for (int i = 0; i < RUNS && (i == 0 || System.nanoTime() < deadline); i++) {
            long started = System.nanoTime();
            Reports.Run run = reports.run(name, USER);
            if (run.stopped()) {
                samples.addTimeout();
                break;
            }
            samples.add(System.nanoTime() - started);
            rows = run.rows();
        }
        return new Timed(samples, rows);
    }

    /** The {@code brief} operation: the brief of every shipped report as HTML's model; its PDF beside it. */
    Map<String, Map<String, Object>> brief() {
        List<String> all = reports.shipped();
        Samples html = time(() -> reports.brief(all, USER, false));
        int[] bytes = new int[1];
        Samples pdf = time(() -> bytes[0] = reports.brief(all, USER, true));
        Map<String, Object> engine = html.toMap();
        engine.put("reports", all.size());
        Map<String, Object> asPdf = pdf.toMap();
        asPdf.put("bytes", bytes[0]);
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        result.put("engine", engine);
        result.put("pdf", asPdf);
        return result;
    }

    /** One unmeasured run to plan the queries, then up to {@link #RUNS} measured ones within the budget. */
    private static Samples time(Supplier<?> operation) {
        return Timing.repeat(operation, 1, RUNS, BUDGET_MILLIS);
    }
}
