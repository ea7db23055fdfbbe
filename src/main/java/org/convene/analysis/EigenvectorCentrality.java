package org.convene.analysis;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * Who is tied to people who are themselves well tied? Bonacich's eigenvector centrality (1972)
 * by power iteration, exactly as networkx's {@code eigenvector_centrality}: start from all ones
 * (scaled to sum 1), multiply by A + I (the identity keeps bipartite graphs from oscillating),
 * rescale to Euclidean norm 1, and stop once the L1 change is below {@code n · tolerance}
 * (defaults 100 iterations, tolerance 1e-6). Weighted, a tie's probability is its weight.
 *
 * <p>An empty graph has no values. On a disconnected graph the values concentrate on the
 * component with the largest eigenvalue while the others decay towards 0; people without ties
 * keep a small positive value (exactly 1/√n when nobody has a tie). Where networkx raises
 * {@code PowerIterationFailedConvergence}, this class keeps the last iterate and reports
 * {@link #converged()} as false, so callers can still rank and say the ranking is approximate.
 * Each iteration is O(n + m).
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class EigenvectorCentrality<V, E> extends Measure<V, E> {

    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private final int maxIterations;
    private final double tolerance;
    private int iterations;
    private boolean converged;

    /** Unweighted, networkx's defaults. */
    public EigenvectorCentrality(Graph<V, E> graph) {
        this(graph, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** Unweighted, with an iteration limit (at least 1) and tolerance (positive). */
    public EigenvectorCentrality(Graph<V, E> graph, int maxIterations, double tolerance) {
        this(IndexedNetwork.unweighted(graph), maxIterations, tolerance);
    }

    /** Tie probabilities as weights, networkx's defaults. */
    public EigenvectorCentrality(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        this(graph, tieProbability, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** Tie probabilities as weights, with an iteration limit and tolerance. */
    public EigenvectorCentrality(
            Graph<V, E> graph, ToDoubleFunction<E> tieProbability, int maxIterations, double tolerance) {
        this(IndexedNetwork.weighted(graph, tieProbability), maxIterations, tolerance);
    }

    private EigenvectorCentrality(IndexedNetwork<V, E> network, int maxIterations, double tolerance) {
        super(network);
        this.maxIterations = requireIterations(maxIterations);
        this.tolerance = requireTolerance(tolerance);
    }

    /** Unweighted, networkx's defaults, on the coalition graph's shared snapshot. */
    public static EigenvectorCentrality<Integer, Integer> of(CoalitionGraph graph) {
        return new EigenvectorCentrality<>(IndexedNetwork.unweighted(graph), DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /**
     * Tie probabilities ({@link TieStrength}) as weights, networkx's defaults, on the coalition
     * graph's shared snapshot.
     */
    public static EigenvectorCentrality<Integer, Integer> weighted(CoalitionGraph graph) {
        return new EigenvectorCentrality<>(IndexedNetwork.weighted(graph), DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    private static int requireIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        return maxIterations;
    }

    private static double requireTolerance(double tolerance) {
        if (!(tolerance > 0.0)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        return tolerance;
    }

    /** Whether the iteration met the tolerance within the limit (true for an empty graph). */
    public boolean converged() {
        values();
        return converged;
    }

    /** How many multiplications were made. */
    public int iterations() {
        values();
        return iterations;
    }

    @Override
    double[] compute() {
        int n = network.size();
        double[] x = new double[n];
        if (n == 0) {
            converged = true;
            return x;
        }
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] p = network.probabilities();
        Arrays.fill(x, 1.0 / n);
        double[] last = new double[n];
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[] swap = last;
            last = x;
            x = swap;
            double squares = 0.0;
            for (int u = 0; u < n; u++) {
                double sum = last[u];
                for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                    sum += last[neighbours[a]] * p[a];
                }
                x[u] = sum;
                squares += sum * sum;
            }
            double norm = Math.sqrt(squares);
            if (norm == 0.0) {
                norm = 1.0;
            }
            double change = 0.0;
            for (int u = 0; u < n; u++) {
                x[u] /= norm;
                change += Math.abs(x[u] - last[u]);
            }
            iterations = iteration;
            if (change < n * tolerance) {
                converged = true;
                return x;
            }
        }
        converged = false;
        return x;
    }
}
