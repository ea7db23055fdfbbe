package org.convene.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;
import org.neo4j.driver.Record;

/**
 * How the bench times an operation: warm-up runs, then measured runs within a time budget, each
 * into {@link Samples}; a Cypher baseline once per parameter set, with its timeouts counted; and
 * the process's CPU time and the machine's load, which say how busy the host was.
 */
final class Timing {

    /** Budget for repeating one fast operation: enough runs for a p95, not more. */
    static final long BUDGET_MILLIS = 20_000;

    private Timing() {}

    /**
     * Runs the operation {@code warmups} times unmeasured, then measures it up to {@code runs}
     * times, stopping early (after at least one run) once the budget is spent.
     */
    static Samples repeat(Supplier<?> operation, int warmups, int runs, long budgetMillis) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        Object sink = null;
        for (int i = 0; i < warmups && System.nanoTime() < deadline; i++) {
            sink = operation.get();
        }
        deadline = System.nanoTime() + budgetMillis * 1_000_000;
        Samples samples = new Samples();
        for (int i = 0; i < runs && (i == 0 || System.nanoTime() < deadline); i++) {
            long started = System.nanoTime();
            sink = operation.get();
            samples.add(System.nanoTime() - started);
        }
        Reference.reachabilityFence(sink);
        return samples;
    }

    /**
     * Runs the query once per parameter set after one unmeasured run, for up to three rounds
     * while a round takes less than half the budget; a run that hits the timeout counts at the
     * timeout, and after the first such run the rest are skipped.
     */
    static Samples cypher(CypherBaselines cypher, String query, List<Map<String, Object>> parameters) {
        Samples samples = new Samples(cypher.timeout().toMillis());
        if (cypher.run(query, parameters.get(0)) == null) {
            samples.addTimeout();
            return samples;
        }
        for (int round = 0; round < 3; round++) {
            long roundStarted = System.nanoTime();
            for (Map<String, Object> p : parameters) {
                long start = System.nanoTime();
                List<Record> records = cypher.run(query, p);
                if (records == null) {
                    samples.addTimeout();
                    return samples;
                }
                samples.add(System.nanoTime() - start);
            }
            if ((System.nanoTime() - roundStarted) / 1_000_000 > BUDGET_MILLIS / 2) {
                break;
            }
        }
        return samples;
    }

    /** The CPU time the whole process has used (the store runs in it), or 0 where unknown. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** The system load average over the last minute. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
