package org.convene.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The cheap whole-network answers, computed afresh each call as the bench does. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsBenchmark {

    /**
     * Everyone's degree centrality on the graph's shared snapshot, ranked (as the server and the
     * bench compute it; the snapshot is built on the first call and kept with the graph).
     */
    @Benchmark
    public List<VertexScore<Integer>> degree(Network network) {
        return DegreeCentrality.of(network.graph).ranking();
    }

    /** The same through the generic JGraphT view, which indexes the graph on every call. */
    @Benchmark
    public List<VertexScore<Integer>> degreeThroughView(Network network) {
        return new DegreeCentrality<>(network.ties).ranking();
    }

    /** Every sector's coverage with its 5 best entry points ({@code /api/coverage}). */
    @Benchmark
    public List<SectorCoverage.Coverage> coverage(Network network) {
        return new SectorCoverage(network.graph).sectors(SectorCoverage.DEFAULT_ENTRY_POINTS);
    }
}
