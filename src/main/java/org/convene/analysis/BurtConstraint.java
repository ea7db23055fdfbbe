package org.convene.analysis;

import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * How much are each person's contacts tied to one another, leaving them no structural holes to
 * span? Burt's constraint (Structural Holes, 1992), exactly as networkx's
 * {@code constraint(G, weight=...)}: {@code c(u) = Σ_v (p_uv + Σ_w p_uw · p_wv)²} over u's
 * contacts v, with w over u's contacts, where {@code p_uv} is the weight of tie u-v over the
 * total weight of u's ties (1 per tie unweighted; the tie's probability weighted).
 *
 * <p>Low constraint means many holes: contacts who do not know each other. A person with one
 * contact scores 1; a closed triangle gives each 1.125. networkx leaves constraint undefined
 * (NaN) for a person without ties; so does this class, and {@link #ranking()} lists them last.
 *
 * <p>O(Σ degree²): for each person u, each contact w's contacts are visited once.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
final class BurtConstraint<V, E> extends Measure<V, E> {

    /** Every tie weighs 1. */
    public BurtConstraint(Graph<V, E> graph) {
        super(IndexedNetwork.unweighted(graph));
    }

    /** Each tie weighs its probability. */
    public BurtConstraint(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        super(IndexedNetwork.weighted(graph, tieProbability));
    }

    /** On a snapshot already taken: weighted if the snapshot is. */
    BurtConstraint(IndexedNetwork<V, E> network) {
        super(network);
    }

    /** Every tie weighs 1, on the coalition graph's shared snapshot. */
    public static BurtConstraint<Integer, Integer> of(CoalitionGraph graph) {
        return new BurtConstraint<>(IndexedNetwork.unweighted(graph));
    }

    /** Each tie weighs its probability ({@link TieStrength}), on the coalition graph's shared snapshot. */
    public static BurtConstraint<Integer, Integer> weighted(CoalitionGraph graph) {
        return new BurtConstraint<>(IndexedNetwork.weighted(graph));
    }

    @Override
    double[] compute() {
        int n = network.size();
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] weight = network.probabilities();

        // strength[u] = total tie weight of u, so p_uv = weight(u, v) / strength[u].
        double[] strength = new double[n];
        for (int u = 0; u < n; u++) {
            double sum = 0.0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                sum += weight[a];
            }
            strength[u] = sum;
        }

        double[] constraint = new double[n];
        // invested[v]: p_uv + Σ_w p_uw p_wv for the current u, kept only for u's contacts.
        double[] invested = new double[n];
        boolean[] contact = new boolean[n];
        for (int u = 0; u < n; u++) {
            int start = offsets[u];
            int end = offsets[u + 1];
            if (start == end) {
                constraint[u] = Double.NaN;
                continue;
            }
            for (int a = start; a < end; a++) {
                int v = neighbours[a];
                contact[v] = true;
                invested[v] = weight[a] / strength[u];
            }
            for (int a = start; a < end; a++) {
                int w = neighbours[a];
                double puw = weight[a] / strength[u];
                for (int b = offsets[w], bEnd = offsets[w + 1]; b < bEnd; b++) {
                    int v = neighbours[b];
                    if (contact[v]) {
                        invested[v] += puw * (weight[b] / strength[w]);
                    }
                }
            }
            double sum = 0.0;
            for (int a = start; a < end; a++) {
                int v = neighbours[a];
                sum += invested[v] * invested[v];
                contact[v] = false;
                invested[v] = 0.0;
            }
            constraint[u] = sum;
        }
        return constraint;
    }
}
