package org.convene.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a bench run prints on standard output, for programs: one JSON object per line, {@code
 * {"operation": NAME, "people": N, "ties": M, ...}} for the set-up and for each operation as it
 * is measured, and last {@code {"summary": {...}}} with every operation's figures (the shape in
 * docs/performance.md). Keys keep the order they are put in.
 */
final class BenchReport {

    private final PrintStream out;
    private final int people;
    private final int ties;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Object> operations = new LinkedHashMap<>();

    /** A report of a run with this many people and ties (as asked for), printed to {@code out}. */
    BenchReport(PrintStream out, int people, int ties) {
        this.out = out;
        this.people = people;
        this.ties = ties;
    }

    /** Prints the set-up line: what was generated and the machine it runs on. */
    void setup(Map<String, Object> fields) {
        line("setup", fields);
    }

    /** Prints an operation's line and keeps it for the summary; {@code baseline} may be {@code null}. */
    void operation(String name, Map<String, Object> engine, Map<String, Object> baseline) {
        operation(name, engine, baseline, Map.of());
    }

    /** The same, with further entries after the engine's and the baseline's figures. */
    void operation(String name, Map<String, Object> engine, Map<String, Object> baseline, Map<String, Object> extra) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("engine", engine);
        if (baseline != null) {
            entry.put("cypher", baseline);
        }
        entry.putAll(extra);
        operations.put(name, entry);
        line(name, entry);
    }

    /**
     * Prints the summary last: the network's size, every operation's entry in the order measured,
     * the load average before and after, and the run's total seconds.
     *
     * @return the summary printed
     */
    Map<String, Object> summary(int networkPeople, int networkTies, double loadBefore, double loadAfter, long nanos) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("people", networkPeople);
        all.put("ties", networkTies);
        all.putAll(operations);
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("before", round2(loadBefore));
        load.put("after", round2(loadAfter));
        all.put("load_average", load);
        all.put("total_s", Math.round(nanos / 1e8) / 10.0);
        print(Map.of("summary", all));
        return all;
    }

    /** The machine's processors, heap, Java, system and load, for the set-up line. */
    static Map<String, Object> machine(int processors, double loadAverage) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", processors);
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("load_average", round2(loadAverage));
        return machine;
    }

    /** Three significant digits, for error bounds. */
    static double roundSmall(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", value));
    }

    private void line(String operation, Map<String, Object> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("operation", operation);
        line.put("people", people);
        line.put("ties", ties);
        line.putAll(fields);
        print(line);
    }

    private void print(Object value) {
        out.println(json.writeValueAsString(value));
        out.flush();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
