package org.convene.analysis;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * How close is each person to everyone they can reach? Closeness centrality with Wasserman and
 * Faust's correction for disconnected graphs (Social Network Analysis, 1994, eq. 5.5), as
 * networkx's {@code closeness_centrality(G, wf_improved=True)}.
 *
 * <p>For a person who reaches r people counting themselves, out of n, at distances summing to
 * D: {@code (r - 1) / D * (r - 1) / (n - 1)}, and 0 when D is 0 (no ties, or n = 1). Unweighted,
 * distance counts ties; weighted, a tie's length is {@code -ln p}. One search per person,
 * O(n·m) (weighted O(n·m + n² log n)), spread over {@code threads} threads.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class ClosenessCentrality<V, E> extends Measure<V, E> {

    private final int threads;

    /** Distances in ties, on all available processors. */
    public ClosenessCentrality(Graph<V, E> graph) {
        this(graph, SourceSweep.defaultThreads());
    }

    /** Distances in ties, on the given number of threads (at least 1). */
    public ClosenessCentrality(Graph<V, E> graph, int threads) {
        this(IndexedNetwork.unweighted(graph), threads);
    }

    /** Distances as sums of {@code -ln p}, on all available processors. */
    public ClosenessCentrality(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        this(graph, tieProbability, SourceSweep.defaultThreads());
    }

    /** Distances as sums of {@code -ln p}, on the given number of threads (at least 1). */
    public ClosenessCentrality(Graph<V, E> graph, ToDoubleFunction<E> tieProbability, int threads) {
        this(IndexedNetwork.weighted(graph, tieProbability), threads);
    }

    private ClosenessCentrality(IndexedNetwork<V, E> network, int threads) {
        super(network);
        this.threads = SourceSweep.requireThreads(threads);
    }

    /** Distances in ties on the coalition graph's shared snapshot, on the given threads. */
    public static ClosenessCentrality<Integer, Integer> of(CoalitionGraph graph, int threads) {
        return new ClosenessCentrality<>(IndexedNetwork.unweighted(graph), threads);
    }

    /**
     * Distances as sums of {@code -ln p} ({@link TieStrength}) on the coalition graph's shared
     * snapshot, on the given threads.
     */
    public static ClosenessCentrality<Integer, Integer> weighted(CoalitionGraph graph, int threads) {
        return new ClosenessCentrality<>(IndexedNetwork.weighted(graph), threads);
    }

    @Override
    double[] compute() {
        int n = network.size();
        double[] closeness = new double[n];
        // Each source writes only its own entry; the threads are joined before it is read.
        if (network.weighted()) {
            SourceSweep.run(n, threads, t -> new WeightedSearch(network, closeness), WeightedSearch::measure);
        } else {
            SourceSweep.run(n, threads, t -> new HopSearch(network, closeness), HopSearch::measure);
        }
        return closeness;
    }

    static double closeness(long reached, double totalDistance, int n) {
        if (totalDistance <= 0.0 || n <= 1) {
            return 0.0;
        }
        double others = reached - 1.0;
        return others / totalDistance * (others / (n - 1.0));
    }

    private static final class HopSearch {
        private final int[] offsets;
        private final int[] neighbours;
        private final int[] distance;
        private final int[] queue;
        private final double[] closeness;

        HopSearch(IndexedNetwork<?, ?> network, double[] closeness) {
            offsets = network.offsets();
            neighbours = network.neighbours();
            distance = new int[network.size()];
            Arrays.fill(distance, -1);
            queue = new int[network.size()];
            this.closeness = closeness;
        }

        void measure(int s) {
            int count = 0;
            int head = 0;
            long total = 0;
            queue[count++] = s;
            distance[s] = 0;
            while (head < count) {
                int v = queue[head++];
                total += distance[v];
                for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                    int w = neighbours[a];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[count++] = w;
                    }
                }
            }
            closeness[s] = ClosenessCentrality.closeness(count, total, distance.length);
            for (int i = 0; i < count; i++) {
                distance[queue[i]] = -1;
            }
        }
    }

    private static final class WeightedSearch {
        private final int[] offsets;
        private final int[] neighbours;
        private final double[] length;
        private final double[] distance;
        private final boolean[] settled;
        private final int[] reached;
        private final DistanceHeap heap;
        private final double[] closeness;

        WeightedSearch(IndexedNetwork<?, ?> network, double[] closeness) {
            int n = network.size();
            offsets = network.offsets();
            neighbours = network.neighbours();
            length = network.lengths();
            distance = new double[n];
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            settled = new boolean[n];
            reached = new int[n];
            heap = new DistanceHeap(n);
            this.closeness = closeness;
        }

        void measure(int s) {
            int count = 0;
            double total = 0.0;
            distance[s] = 0.0;
            heap.offer(s, 0.0);
            while (!heap.isEmpty()) {
                int v = heap.poll();
                settled[v] = true;
                reached[count++] = v;
                total += distance[v];
                for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                    int w = neighbours[a];
                    double d = distance[v] + length[a];
                    if (!settled[w] && d < distance[w]) {
                        distance[w] = d;
                        heap.offer(w, d);
                    }
                }
            }
            closeness[s] = ClosenessCentrality.closeness(count, total, distance.length);
            for (int i = 0; i < count; i++) {
                int u = reached[i];
                distance[u] = Double.POSITIVE_INFINITY;
                settled[u] = false;
            }
        }
    }
}
