package org.convene.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;
import org.jgrapht.GraphTests;

/**
 * An immutable snapshot of an undirected graph with its people numbered 0..n-1 (in the graph's
 * vertex order) and its ties in compressed sparse rows, so that the measures run on int and
 * double arrays instead of boxed maps.
 *
 * <p>Each tie appears twice, once in each row; the neighbours in a row are sorted. Self-ties are
 * dropped and parallel ties between the same two people count once, with the highest
 * probability among them: a relationship is either there or not.
 *
 * <p>A {@link CoalitionGraph} already holds its ties in such rows, so {@link
 * #unweighted(CoalitionGraph)} and {@link #weighted(CoalitionGraph)} read them in place instead
 * of walking the JGraphT view, and the graph keeps the result for every measure asked of it;
 * the content is the same as {@link #unweighted(Graph)} and {@link #weighted(Graph,
 * ToDoubleFunction)} give on {@link CoalitionGraph#asGraph()} with {@link
 * CoalitionGraph#probability()}. The arrays are shared, never written to.
 */
final class IndexedNetwork<V, E> {

    private final Graph<V, E> graph;
    private final List<V> people;
    /** Person → index, or {@code null} when person i is the Integer i. */
    private final Map<V, Integer> index;

    private final int[] offsets;
    private final int[] neighbours;
    /** {@code null} until first asked for when every tie is 1 (an unweighted coalition graph). */
    private volatile double[] probabilities;

    private final boolean weighted;
    private volatile double[] lengths;

    private IndexedNetwork(
            Graph<V, E> graph,
            List<V> people,
            Map<V, Integer> index,
            int[] offsets,
            int[] neighbours,
            double[] probabilities,
            boolean weighted) {
        this.graph = graph;
        this.people = people;
        this.index = index;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.probabilities = probabilities;
        this.weighted = weighted;
    }

    /** Every tie gets probability 1: the unweighted reading. */
    static <V, E> IndexedNetwork<V, E> unweighted(Graph<V, E> graph) {
        return index(graph, null);
    }

    /**
     * Reads each tie's probability once; a probability outside (0, 1] (or NaN) is rejected here,
     * so that no measure has to guess what a zero or negative length means.
     */
    static <V, E> IndexedNetwork<V, E> weighted(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        return index(graph, Objects.requireNonNull(tieProbability, "tieProbability"));
    }

    /**
     * The coalition graph's ties, every one with probability 1; built once per graph and shared
     * by every measure asked of it.
     */
    static IndexedNetwork<Integer, Integer> unweighted(CoalitionGraph graph) {
        return Objects.requireNonNull(graph, "graph").indexed(false);
    }

    /**
     * The coalition graph's ties, each with its {@link TieStrength} probability (the weights of
     * {@link CoalitionGraph#probability()}); built once per graph and shared by every measure
     * asked of it.
     */
    static IndexedNetwork<Integer, Integer> weighted(CoalitionGraph graph) {
        return Objects.requireNonNull(graph, "graph").indexed(true);
    }

    /**
     * Builds anew (callers go through {@link CoalitionGraph#indexed(boolean)}, which keeps the
     * result): person i is the Integer i, and the graph's adjacency rows are the rows here, since
     * they are already sorted by neighbour, hold each tie once per end and no self-ties. Only the
     * weighted probabilities are computed, one per row slot.
     */
    static IndexedNetwork<Integer, Integer> build(CoalitionGraph graph, boolean weighted) {
        int[] neighbours = graph.adjacentPeople();
        double[] probabilities = null;
        if (weighted) {
            double[] byStrength = new double[TieStrength.MAX + 1];
            for (int s = TieStrength.MIN; s <= TieStrength.MAX; s++) {
                byStrength[s] = TieStrength.probability(s);
            }
            int[] ties = graph.adjacentTies();
            byte[] strengths = graph.tieStrengths();
            probabilities = new double[neighbours.length];
            for (int a = 0; a < probabilities.length; a++) {
                probabilities[a] = byStrength[strengths[ties[a]]];
            }
        }
        return new IndexedNetwork<>(
                graph.asGraph(),
                new PersonRange(graph.personCount()),
                null,
                graph.adjacencyOffsets(),
                neighbours,
                probabilities,
                weighted);
    }

    private static <V, E> IndexedNetwork<V, E> index(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        Objects.requireNonNull(graph, "graph");
        GraphTests.requireUndirected(graph);
        int n = graph.vertexSet().size();
        List<V> people = new ArrayList<>(n);
        Map<V, Integer> index = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (V v : graph.vertexSet()) {
            index.put(v, people.size());
            people.add(v);
        }

        // Pass 1: count both ends of every tie that is not a self-tie.
        int m = graph.edgeSet().size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] p = new double[m];
        int[] degree = new int[n + 1];
        int kept = 0;
        for (E e : graph.edgeSet()) {
            int s = index.get(graph.getEdgeSource(e));
            int t = index.get(graph.getEdgeTarget(e));
            if (s == t) {
                continue;
            }
            double probability = 1.0;
            if (tieProbability != null) {
                probability = tieProbability.applyAsDouble(e);
                if (!(probability > 0.0 && probability <= 1.0)) {
                    throw new IllegalArgumentException(
                            "tie probability must be in (0, 1], was " + probability + " for " + e);
                }
            }
            from[kept] = s;
            to[kept] = t;
            p[kept] = probability;
            degree[s]++;
            degree[t]++;
            kept++;
        }

        // Pass 2: bucket by row (unsorted), then transpose. Because the rows are symmetric, the
        // transpose is the same relation, and it comes out sorted since rows are visited in order.
        int[] start = prefixSums(degree, n);
        int[] fill = start.clone();
        int[] rowNeighbour = new int[2 * kept];
        double[] rowP = new double[2 * kept];
        for (int k = 0; k < kept; k++) {
            int a = fill[from[k]]++;
            rowNeighbour[a] = to[k];
            rowP[a] = p[k];
            int b = fill[to[k]]++;
            rowNeighbour[b] = from[k];
            rowP[b] = p[k];
        }
        fill = start.clone();
        int[] sortedNeighbour = new int[2 * kept];
        double[] sortedP = new double[2 * kept];
        for (int u = 0; u < n; u++) {
            for (int a = start[u]; a < start[u + 1]; a++) {
                int v = rowNeighbour[a];
                int b = fill[v]++;
                sortedNeighbour[b] = u;
                sortedP[b] = rowP[a];
            }
        }

        // Pass 3: merge parallel ties (now adjacent in each sorted row).
        int[] offsets = new int[n + 1];
        int w = 0;
        for (int u = 0; u < n; u++) {
            offsets[u] = w;
            int previous = -1;
            for (int a = start[u]; a < start[u + 1]; a++) {
                int v = sortedNeighbour[a];
                if (v == previous) {
                    sortedP[w - 1] = Math.max(sortedP[w - 1], sortedP[a]);
                } else {
                    sortedNeighbour[w] = v;
                    sortedP[w] = sortedP[a];
                    w++;
                    previous = v;
                }
            }
        }
        offsets[n] = w;
        int[] neighbours = w == sortedNeighbour.length ? sortedNeighbour : Arrays.copyOf(sortedNeighbour, w);
        double[] probabilities = w == sortedP.length ? sortedP : Arrays.copyOf(sortedP, w);
        return new IndexedNetwork<>(
                graph,
                Collections.unmodifiableList(people),
                index,
                offsets,
                neighbours,
                probabilities,
                tieProbability != null);
    }

    private static int[] prefixSums(int[] counts, int n) {
        int[] start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            start[u + 1] = start[u] + counts[u];
        }
        return start;
    }

    Graph<V, E> graph() {
        return graph;
    }

    int size() {
        return people.size();
    }

    /** Distinct ties (each counted once). */
    int ties() {
        return neighbours.length / 2;
    }

    boolean weighted() {
        return weighted;
    }

    V person(int i) {
        return people.get(i);
    }

    List<V> people() {
        return people;
    }

    /** The index of a person, or an {@link IllegalArgumentException} naming who is missing. */
    int indexOf(V v) {
        if (index == null) {
            if (v instanceof Integer i && i >= 0 && i < people.size()) {
                return i;
            }
            throw new IllegalArgumentException("not in the graph: " + v);
        }
        Integer i = index.get(v);
        if (i == null) {
            throw new IllegalArgumentException("not in the graph: " + v);
        }
        return i;
    }

    /** Row start of person u; the row runs to {@code offsets()[u + 1]}. */
    int[] offsets() {
        return offsets;
    }

    int[] neighbours() {
        return neighbours;
    }

    /** Tie probabilities aligned with {@link #neighbours()}; all 1 when unweighted. */
    double[] probabilities() {
        double[] result = probabilities;
        if (result == null) {
            synchronized (this) {
                result = probabilities;
                if (result == null) {
                    result = new double[neighbours.length];
                    Arrays.fill(result, 1.0);
                    probabilities = result;
                }
            }
        }
        return result;
    }

    int degree(int u) {
        return offsets[u + 1] - offsets[u];
    }

    /** Tie lengths {@code -ln p} aligned with {@link #neighbours()}; computed once, shared. */
    double[] lengths() {
        double[] result = lengths;
        if (result == null) {
            synchronized (this) {
                result = lengths;
                if (result == null) {
                    double[] p = probabilities();
                    result = new double[p.length];
                    for (int a = 0; a < result.length; a++) {
                        // -ln(1) is -0.0; adding 0.0 makes it a plain zero.
                        result[a] = -Math.log(p[a]) + 0.0;
                    }
                    lengths = result;
                }
            }
        }
        return result;
    }

    /** Whether u and v are tied, by binary search in u's sorted row. */
    boolean adjacent(int u, int v) {
        return Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** The people 0..n-1 of a coalition graph, as a list that stores nothing. */
    private static final class PersonRange extends AbstractList<Integer> implements RandomAccess {
        private final int size;

        PersonRange(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int i) {
            return Objects.checkIndex(i, size);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
