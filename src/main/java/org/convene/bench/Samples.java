package org.convene.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timings of one side (engine or Cypher) of one operation: how many runs, how many hit the
 * timeout (counted at the timeout, so percentiles that include them are lower bounds), and p50,
 * p95 and max in milliseconds, nearest-rank.
 */
final class Samples {

    private double[] millis = new double[16];
    private int count;
    private int timeouts;
    private final long timeoutMillis;

    Samples() {
        this(0);
    }

    Samples(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    void add(long nanos) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = nanos / 1e6;
    }

    void addTimeout() {
        timeouts++;
        add(timeoutMillis * 1_000_000L);
    }

    int count() {
        return count;
    }

    int timeouts() {
        return timeouts;
    }

    double percentile(double p) {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    /** {@code p50_ms}, {@code p95_ms}, {@code max_ms}, {@code runs}, and the timeouts if any. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("p50_ms", round(percentile(50)));
        map.put("p95_ms", round(percentile(95)));
        map.put("max_ms", round(percentile(100)));
        map.put("runs", count);
        if (timeouts > 0) {
            map.put("timeouts", timeouts);
            map.put("timeout_ms", timeoutMillis);
        }
        return map;
    }

    static double round(double value) {
        if (value >= 100) {
            return Math.round(value * 10) / 10.0;
        }
        return Math.round(value * 1000) / 1000.0;
    }
}
