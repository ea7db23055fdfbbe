package org.convene.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact betweenness (Brandes: a breadth-first search from every person, O(n·m), or Dijkstra over
 * {@code -ln p} lengths), as the bench runs it below its exact-betweenness threshold. One call takes seconds on the
 * reference network, so each is timed on its own (single shot), a few times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BetweennessBenchmark {

    /** Threads for the sweep over sources; 0 = every processor, as the server and the bench use. */
    @Param({"0"})
    public int threads;

    @Benchmark
    public List<VertexScore<Integer>> exactUnweighted(Network network) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return BetweennessCentrality.of(network.graph, n).ranking();
    }

    /** Exact betweenness over {@code -ln p} lengths: Dijkstra from every person. */
    @Benchmark
    public List<VertexScore<Integer>> exactWeighted(Network network) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return BetweennessCentrality.weighted(network.graph, n).ranking();
    }
}
