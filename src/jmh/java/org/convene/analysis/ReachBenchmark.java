package org.convene.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Who in our coalition can reach X, and through whom?": one answer as {@code GET /api/reach}
 * computes it ({@code new InfluencePaths(graph).reach(target, k, maxHops, avoid)}), k = 5 paths
 * within 4 ties from every member, no one avoided. Each call takes the next of 20 seeded
 * non-member targets, so the figure is the mean over targets near and far from the members.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReachBenchmark {

    private static final int TARGETS = 20;

    private int[] targets;
    private int next;

    @Setup
    public void pickTargets(Network network) {
        targets = network.nonMembers(TARGETS, 0x5EED);
    }

    @Benchmark
    public InfluencePaths.Reach reach(Network network) {
        int target = targets[next++ % targets.length];
        return new InfluencePaths(network.graph)
                .reach(target, InfluencePaths.DEFAULT_K, InfluencePaths.DEFAULT_MAX_HOPS, List.of());
    }
}
