package org.convene.bench;

import static org.convene.bench.Timing.BUDGET_MILLIS;
import static org.convene.bench.Timing.repeat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.convene.analysis.BetweennessCentrality;
import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.DegreeCentrality;
import org.convene.analysis.InfluencePaths;
import org.convene.analysis.SectorCoverage;
import org.convene.exchange.Importer;
import org.convene.insight.CurrentNetwork;
import org.convene.insight.NetworkProjection;
import org.convene.network.GraphVersion;
import org.convene.network.TieRequest;
import org.convene.network.Ties;
import org.convene.report.Reports;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;

/**
 * One bench run's operations: generates the network, imports it, and measures each operation
 * after warm-up ({@link Timing}) with the engine and with its plain-Cypher baseline, handing the
 * figures to the {@link BenchReport}, which prints a JSON line per operation and the summary last.
 */
final class BenchRun {

    private static final double FAILURE_PROBABILITY = 0.01;
    private static final int EDITS = 20;
    private static final String WARM_UP = "Warm-up ";
    private static final String WORKBOOK = "Workbook ";
    private static final int ONE_FILE = 200_000;
    private static final int FILE_ROWS = 100_000;

    private final BenchOptions options;
    private final BenchReport report;
    private final Importer importer;
    private final NetworkProjection projection;
    private final CurrentNetwork network;
    private final Ties ties;
    private final GraphVersion version;
    private final CypherBaselines cypher;
    private final Driver driver;
    private final Reports reports;
    private final int threads = Runtime.getRuntime().availableProcessors();

    BenchRun(BenchOptions options, ApplicationContext context, PrintStream out) {
        this.options = options;
        this.report = new BenchReport(out, options.people(), options.ties());
        this.importer = context.getBean(Importer.class);
        this.projection = context.getBean(NetworkProjection.class);
        this.network = context.getBean(CurrentNetwork.class);
        this.ties = context.getBean(Ties.class);
        this.version = context.getBean(GraphVersion.class);
        this.driver = context.getBean(Driver.class);
        this.reports = context.getBean(Reports.class);
        this.cypher = new CypherBaselines(driver, options.timeout());
    }

    /** Measures and prints; returns the summary printed last. */
    Map<String, Object> run() {
        double loadBefore = Timing.loadAverage();
        long started = System.nanoTime();
        SyntheticNetwork synthetic = SyntheticNetwork.generate(options.people(), options.ties(), options.seed());
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("people", synthetic.people());
        setup.put("ties", synthetic.ties());
        setup.put("organizations", synthetic.organizations());
        setup.put("seed", synthetic.seed());
        setup.put("generate_ms", (System.nanoTime() - started) / 1_000_000);
        setup.put("machine", BenchReport.machine(threads, Timing.loadAverage()));
        report.setup(setup);

        importCsv(synthetic);
        CoalitionGraph graph = network.graph();
        if (options.measures("projection")) {
            projection();
        }
        if (options.measures("memory")) {
            memory();
        }
        if (options.measures("reach")) {
            reach(graph, targets(graph));
        }
        if (options.measures("degree")) {
            degree(graph);
        }
        if (options.measures("coverage")) {
            coverage(graph);
        }
        if (options.measures("betweenness")) {
            betweenness(graph);
        }
        if (options.measures("update_after_edit")) {
            updateAfterEdit(graph);
        }
        if (options.measures("reports")) {
            var timings = new ReportTimings(reports).eachReport();
            report.operation("reports", timings.get("engine"), null, Map.of("each", timings.get("each")));
        }
        if (options.measures("brief")) {
            var timings = new ReportTimings(reports).brief();
            report.operation("brief", timings.get("engine"), null, Map.of("pdf", timings.get("pdf")));
        }
        if (options.measures("import_xlsx")) {
            importXlsx();
        }
        if (options.writeEdges() != null) {
            // last, so its garbage does not disturb the memory figure: the graph the operations measured
            writeEdges(graph, options.writeEdges());
        }

        return report.summary(
                synthetic.people(), synthetic.ties(), loadBefore, Timing.loadAverage(), System.nanoTime() - started);
    }

    // ---------------------------------------------------------------- operations

    /**
     * Imports the network through the {@link Importer}, as one file when it is at most
     * {@link #ONE_FILE} rows, otherwise as the elements file followed by connection files of
     * {@link #FILE_ROWS} rows each (one transaction each: a million ties in one transaction
     * needs more transaction memory than the store allows on a default heap).
     */
    private void importCsv(SyntheticNetwork synthetic) {
        warmUpImport(synthetic);
        List<byte[][]> files = new ArrayList<>();
        if (synthetic.rows() <= ONE_FILE) {
            files.add(new byte[][] {SyntheticCsv.elements(synthetic), SyntheticCsv.connections(synthetic)});
        } else {
            files.add(new byte[][] {SyntheticCsv.elements(synthetic), SyntheticCsv.connections(synthetic, 0, 0)});
            for (int from = 0; from < synthetic.ties(); from += FILE_ROWS) {
                files.add(new byte[][] {
                    null, SyntheticCsv.connections(synthetic, from, Math.min(synthetic.ties(), from + FILE_ROWS))
                });
            }
        }
        byte[] noElements = "Label,Type\n".getBytes(StandardCharsets.UTF_8);
        long cpu = Timing.processCpuNanos();
        long started = System.nanoTime();
        for (byte[][] file : files) {
            importer.importCsv(file[0] == null ? noElements : file[0], file[1], false, "bench");
        }
        long nanos = System.nanoTime() - started;
        cpu = Timing.processCpuNanos() - cpu;
        Samples samples = new Samples();
        samples.add(nanos);
        Map<String, Object> engine = samples.toMap();
        engine.put("rows", synthetic.rows());
        engine.put("files", files.size());
        engine.put("rows_per_s", Math.round(synthetic.rows() / (nanos / 1e9)));
        // CPU seconds the whole process spent (the store runs in it): on a busy machine, the part of
        // the wall time that was work rather than waiting for a core
        engine.put("process_cpu_s", Math.round(cpu / 1e7) / 100.0);
        report.operation("import", engine, null);
    }

    /**
     * Imports the same network again as XLSX workbooks (every label prefixed, so it sits beside
     * the first one), split into files as {@link #importCsv} splits it, after a small unmeasured
     * workbook import for the JIT. The workbooks are written (with SXSSF) before the clock starts;
     * the store then holds the first network too, so if anything the workbook is at a disadvantage.
     */
    private void importXlsx() {
        SyntheticNetwork synthetic =
                SyntheticNetwork.generate(options.people(), options.ties(), options.seed(), WORKBOOK);
        List<Path> files = new ArrayList<>();
        Path folder = temporaryFolder();
        try {
            int people = Math.min(synthetic.people(), 2_000);
            int warmTies = (int) Math.min(synthetic.ties(), (long) synthetic.ties() * people / synthetic.people());
            SyntheticNetwork warmUp =
                    SyntheticNetwork.generate(people, Math.max(1, warmTies), options.seed() + 2, WARM_UP + WORKBOOK);
            Path warmUpFile = folder.resolve("warm-up.xlsx");
            BenchWorkbooks.write(SyntheticCsv.elements(warmUp), SyntheticCsv.connections(warmUp), warmUpFile);
            importer.importWorkbook(warmUpFile, false, "bench");

            byte[] noElements = "Label,Type\n".getBytes(StandardCharsets.UTF_8);
            if (synthetic.rows() <= ONE_FILE) {
                files.add(workbook(folder, 0, SyntheticCsv.elements(synthetic), SyntheticCsv.connections(synthetic)));
            } else {
                files.add(workbook(
                        folder, 0, SyntheticCsv.elements(synthetic), SyntheticCsv.connections(synthetic, 0, 0)));
                for (int from = 0; from < synthetic.ties(); from += FILE_ROWS) {
                    files.add(workbook(
                            folder,
                            files.size(),
                            noElements,
                            SyntheticCsv.connections(synthetic, from, Math.min(synthetic.ties(), from + FILE_ROWS))));
                }
            }
            long bytes = 0;
            for (Path file : files) {
                bytes += file.toFile().length();
            }
            long cpu = Timing.processCpuNanos();
            long started = System.nanoTime();
            for (Path file : files) {
                importer.importWorkbook(file, false, "bench");
            }
            long nanos = System.nanoTime() - started;
            cpu = Timing.processCpuNanos() - cpu;
            Samples samples = new Samples();
            samples.add(nanos);
            Map<String, Object> engine = samples.toMap();
            long perSecond = Math.round(synthetic.rows() / (nanos / 1e9));
            engine.put("rows", synthetic.rows());
            engine.put("files", files.size());
            engine.put("file_bytes", bytes);
            engine.put("rows_per_s", perSecond);
            engine.put("process_cpu_s", Math.round(cpu / 1e7) / 100.0);
            if (report.engine("import") instanceof Map<?, ?> csvEngine
                    && csvEngine.get("rows_per_s") instanceof Number csvRate) {
                engine.put("of_csv_rate", BenchReport.round2((double) perSecond / csvRate.doubleValue()));
            }
            report.operation("import_xlsx", engine, null);
        } finally {
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the system cleans it up
            }
        }
    }

    private static Path workbook(Path folder, int index, byte[] elements, byte[] connections) {
        Path file = folder.resolve("network-" + index + ".xlsx");
        BenchWorkbooks.write(elements, connections, file);
        return file;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("convene-bench-xlsx-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the bench's workbooks", e);
        }
    }

    /**
     * Imports and removes a network of the same shape first (at most 10,000 people and 100,000
     * ties), so the measured import runs on compiled code and planned queries, as on a server
     * that has been up a while: on two cores the JIT compiler otherwise takes a third of the time.
     */
    private void warmUpImport(SyntheticNetwork synthetic) {
        int people = Math.min(synthetic.people(), 10_000);
        int ties = (int) Math.min(synthetic.ties(), (long) synthetic.ties() * people / synthetic.people());
        SyntheticNetwork warmUp = SyntheticNetwork.generate(people, Math.max(1, ties), options.seed() + 1, WARM_UP);
        importer.importCsv(SyntheticCsv.elements(warmUp), SyntheticCsv.connections(warmUp), false, "bench");
        try (var session = driver.session()) {
            session.run("""
                    MATCH (e:Element) WHERE e.name STARTS WITH $prefix
                    CALL (e) { OPTIONAL MATCH (e)-[:HAD_STAGE]->(c) DETACH DELETE c, e } IN TRANSACTIONS OF 1000 ROWS
                    """, Map.of("prefix", WARM_UP)).consume();
        }
        version.bump();
    }

    private void projection() {
        Samples engine = repeat(() -> projection.read(), 1, 5, BUDGET_MILLIS * 3);
        report.operation("projection", engine.toMap(), null);
    }

    private void memory() {
        HeapMeter meter = new HeapMeter();
        long[] bytes = new long[3];
        int ties = 0;
        int people = 0;
        for (int i = 0; i < bytes.length; i++) {
            CoalitionGraph[] read = new CoalitionGraph[1];
            bytes[i] = meter.retained(() -> {
                CoalitionGraph graph = projection.read().graph();
                // every lookup the answers use, built
                graph.peopleLabelled("");
                graph.organizationIndexOf("");
                graph.asGraph();
                read[0] = graph;
                return graph;
            });
            ties = read[0].tieCount();
            people = read[0].personCount();
        }
        Arrays.sort(bytes);
        long median = bytes[bytes.length / 2];
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("bytes", median);
        engine.put("bytes_per_tie", Samples.round((double) median / Math.max(1, ties)));
        engine.put("bytes_per_person", Samples.round((double) median / Math.max(1, people)));
        engine.put("readings", Arrays.stream(bytes).boxed().toList());
        report.operation("memory", engine, null);
    }

    private int[] targets(CoalitionGraph graph) {
        SplittableRandom random = new SplittableRandom(options.seed() ^ 0x5EED);
        List<Integer> found = new ArrayList<>();
        int n = graph.personCount();
        for (int attempt = 0; attempt < 100 * options.targets() && found.size() < options.targets(); attempt++) {
            int p = random.nextInt(n);
            if (!graph.isMember(p) && !found.contains(p)) {
                found.add(p);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private void reach(CoalitionGraph graph, int[] targets) {
        int k = InfluencePaths.DEFAULT_K;
        int maxHops = InfluencePaths.DEFAULT_MAX_HOPS;
        InfluencePaths paths = new InfluencePaths(graph);
        int[] next = {0};
        Samples engine = repeat(
                () -> paths.reach(targets[next[0]++ % targets.length], k, maxHops, List.of()),
                5 * targets.length,
                20 * targets.length,
                BUDGET_MILLIS);
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (int target : targets) {
            parameters.add(Map.of("target", graph.personId(target), "k", k));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(
                "cypher_shortest_path",
                Timing.cypher(cypher, CypherBaselines.SHORTEST_PATH.formatted(maxHops), parameters)
                        .toMap());
        extra.put(
                "cypher_all_shortest_paths",
                Timing.cypher(cypher, CypherBaselines.ALL_SHORTEST_PATHS.formatted(maxHops), parameters)
                        .toMap());
        Map<String, Object> engineMap = engine.toMap();
        engineMap.put("targets", targets.length);
        engineMap.put("k", k);
        engineMap.put("max_hops", maxHops);
        report.operation(
                "reach",
                engineMap,
                Timing.cypher(cypher, CypherBaselines.REACH.formatted(maxHops), parameters)
                        .toMap(),
                extra);
    }

    private void degree(CoalitionGraph graph) {
        Samples engine = repeat(() -> DegreeCentrality.of(graph).ranking(), 5, 20, BUDGET_MILLIS);
        Samples baseline = Timing.cypher(cypher, CypherBaselines.DEGREE, List.of(Map.of()));
        report.operation("degree", engine.toMap(), baseline.toMap());
    }

    private void coverage(CoalitionGraph graph) {
        Samples engine = repeat(
                () -> new SectorCoverage(graph).sectors(SectorCoverage.DEFAULT_ENTRY_POINTS), 5, 20, BUDGET_MILLIS);
        Samples baseline = Timing.cypher(cypher, CypherBaselines.COVERAGE, List.of(Map.of()));
        report.operation("coverage", engine.toMap(), baseline.toMap());
    }

    private void betweenness(CoalitionGraph graph) {
        int n = graph.personCount();
        // warm the breadth-first loops up on a few pivots
        BetweennessCentrality.sampled(graph, Math.min(n, 4 * threads), options.seed(), threads)
                .ranking();
        Map<String, Object> engine;
        if (n < options.exactBetweennessBelow()) {
            AtomicReference<BetweennessCentrality<Integer, Integer>> last = new AtomicReference<>();
            long cpu = Timing.processCpuNanos();
            Samples exact = repeat(
                    () -> {
                        last.set(BetweennessCentrality.of(graph, threads));
                        return last.get().ranking();
                    },
                    0,
                    3,
                    BUDGET_MILLIS * 3);
            cpu = Timing.processCpuNanos() - cpu;
            engine = exact.toMap();
            engine.put("cpu_s_per_call", cpuSecondsPerCall(cpu, exact));
            engine.put("exact", true);
            engine.put("sampled_check", sampledCheck(graph, last.get()));
            // the same over -ln p lengths (Dijkstra from every person)
            BetweennessCentrality.weighted(graph, threads).ranking();
            long weightedCpu = Timing.processCpuNanos();
            Samples weighted =
                    repeat(() -> BetweennessCentrality.weighted(graph, threads).ranking(), 0, 3, BUDGET_MILLIS * 3);
            weightedCpu = Timing.processCpuNanos() - weightedCpu;
            Map<String, Object> lengths = weighted.toMap();
            lengths.put("cpu_s_per_call", cpuSecondsPerCall(weightedCpu, weighted));
            engine.put("weighted", lengths);
        } else {
            int pivots = options.pivots() > 0 ? options.pivots() : defaultPivots(n);
            AtomicReference<BetweennessCentrality<Integer, Integer>> last = new AtomicReference<>();
            long cpu = Timing.processCpuNanos();
            Samples sampled = repeat(
                    () -> {
                        last.set(BetweennessCentrality.sampled(graph, pivots, options.seed(), threads));
                        return last.get().ranking();
                    },
                    0,
                    1,
                    BUDGET_MILLIS);
            cpu = Timing.processCpuNanos() - cpu;
            engine = sampled.toMap();
            engine.put("cpu_s_per_call", cpuSecondsPerCall(cpu, sampled));
            engine.put("exact", false);
            engine.putAll(bound(last.get(), n));
        }
        engine.put("threads", threads);
        report.operation("betweenness", engine, null);
    }

    /** The process's CPU seconds per measured call (the store's idle threads included). */
    private static double cpuSecondsPerCall(long cpuNanos, Samples samples) {
        return BenchReport.roundSmall(cpuNanos / 1e9 / Math.max(1, samples.count()));
    }

    /**
     * The projected network's ties, one a line: the two people's indexes and the tie's length
     * {@code -ln p}, separated by spaces, for timing another library on the same graph.
     */
    private static void writeEdges(CoalitionGraph graph, Path file) {
        StringBuilder lines = new StringBuilder(graph.tieCount() * 24);
        for (int t = 0; t < graph.tieCount(); t++) {
            lines.append(graph.tieSource(t))
                    .append(' ')
                    .append(graph.tieTarget(t))
                    .append(' ')
                    .append(-Math.log(graph.probability(t)))
                    .append('\n');
        }
        try {
            Files.writeString(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the edge list to " + file, e);
        }
    }

    /** How far a sampled run strays from the exact values on this network: observed against bound. */
    private Map<String, Object> sampledCheck(CoalitionGraph graph, BetweennessCentrality<Integer, Integer> exact) {
        int n = graph.personCount();
        int pivots = Math.max(1, Math.min(n, options.pivots() > 0 ? options.pivots() : defaultPivots(n)));
        var sampled = BetweennessCentrality.sampled(graph, pivots, options.seed(), threads);
        double worst = 0;
        for (int p = 0; p < n; p++) {
            worst = Math.max(worst, Math.abs(sampled.score(p) - exact.score(p)));
        }
        Map<String, Object> check = bound(sampled, n);
        check.put("observed_max_error_normalised", BenchReport.roundSmall(worst / pairs(n)));
        return check;
    }

    private static Map<String, Object> bound(BetweennessCentrality<Integer, Integer> sampled, int n) {
        Map<String, Object> bound = new LinkedHashMap<>();
        bound.put("pivots", sampled.sources());
        bound.put("method", "Brandes-Pich uniform pivots; Hoeffding + union bound over all people");
        bound.put("error_bound_normalised", BenchReport.roundSmall(sampled.errorBound(FAILURE_PROBABILITY) / pairs(n)));
        bound.put("confidence", 1 - FAILURE_PROBABILITY);
        return bound;
    }

    private static int defaultPivots(int people) {
        return Math.min(people, 1000);
    }

    private static double pairs(int n) {
        return Math.max(1.0, (n - 1.0) * (n - 2.0) / 2);
    }

    private void updateAfterEdit(CoalitionGraph graph) {
        SplittableRandom random = new SplittableRandom(options.seed() ^ 0xED17);
        Samples total = new Samples();
        Samples answer = new Samples();
        int n = graph.personCount();
        int edits = 0;
        for (int attempt = 0; edits < EDITS + 2 && attempt < 1000; attempt++) {
            CoalitionGraph before = network.graph();
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || before.tieBetween(a, b).isPresent()) {
                continue;
            }
            String idA = before.personId(a);
            String idB = before.personId(b);
            long started = System.nanoTime();
            ties.create(new TieRequest(idA, idB, 4, "bench", null, null));
            long written = System.nanoTime();
            CoalitionGraph after = network.graph();
            long seen = System.nanoTime();
            int ia = after.indexOf(idA).orElseThrow();
            int ib = after.indexOf(idB).orElseThrow();
            if (after.tieBetween(ia, ib).isEmpty()) {
                throw new IllegalStateException("the next answer after a write did not show it");
            }
            if (edits++ >= 2) { // the first two warm the path up
                total.add(seen - started);
                answer.add(seen - written);
            }
        }
        Samples full = repeat(
                () -> {
                    version.bump();
                    return network.graph();
                },
                1,
                3,
                BUDGET_MILLIS * 3);
        Map<String, Object> engine = total.toMap();
        engine.put("next_answer", answer.toMap());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("full_projection", full.toMap());
        report.operation("update_after_edit", engine, null, extra);
    }
}
