package org.convene.analysis;

import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * How many ties does each person have? Freeman's degree centrality, unnormalised as networkx's
 * {@code G.degree()}: the number of distinct people tied to them, or, weighted, the sum of their
 * ties' probabilities ({@code G.degree(weight=...)}).
 *
 * <p>Self-ties are ignored and parallel ties count once. O(n + m).
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class DegreeCentrality<V, E> extends Measure<V, E> {

    /** Counts ties. */
    public DegreeCentrality(Graph<V, E> graph) {
        super(IndexedNetwork.unweighted(graph));
    }

    /** Sums tie probabilities, each in (0, 1]. */
    public DegreeCentrality(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        super(IndexedNetwork.weighted(graph, tieProbability));
    }

    private DegreeCentrality(IndexedNetwork<V, E> network) {
        super(network);
    }

    /** Counts ties, on the coalition graph's shared snapshot. */
    public static DegreeCentrality<Integer, Integer> of(CoalitionGraph graph) {
        return new DegreeCentrality<>(IndexedNetwork.unweighted(graph));
    }

    /** Sums tie probabilities ({@link TieStrength}), on the coalition graph's shared snapshot. */
    public static DegreeCentrality<Integer, Integer> weighted(CoalitionGraph graph) {
        return new DegreeCentrality<>(IndexedNetwork.weighted(graph));
    }

    @Override
    double[] compute() {
        int n = network.size();
        int[] offsets = network.offsets();
        double[] degree = new double[n];
        if (network.weighted()) {
            double[] p = network.probabilities();
            for (int u = 0; u < n; u++) {
                double sum = 0.0;
                for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                    sum += p[a];
                }
                degree[u] = sum;
            }
        } else {
            for (int u = 0; u < n; u++) {
                degree[u] = offsets[u + 1] - offsets[u];
            }
        }
        return degree;
    }
}
