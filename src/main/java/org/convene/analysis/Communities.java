package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jgrapht.Graph;

/**
 * Which groups of people are more tied among themselves than chance would have them? Newman's
 * modularity (PNAS 103(23), 2006) maximised by the Leiden algorithm of Traag, Waltman and van
 * Eck (Scientific Reports 9, 2019), as implemented in CWTS's {@code networkanalysis} library.
 *
 * <p>Leiden optimises the Constant Potts Model; with each person's weight set to their degree
 * (weighted: their sum of tie probabilities) and resolution {@code 1 / 2m}, CPM quality is
 * exactly modularity. The run is seeded, so the same graph (in the same vertex order) always
 * gives the same partition; several random starts are made and the best kept. The modularity
 * reported is recomputed here on the partition returned:
 * {@code Q = Σ_c [L_c / m - (d_c / 2m)²]}, with L_c the ties inside community c and d_c the
 * sum of its degrees (weighted: tie probabilities in place of counts).
 *
 * <p>People without ties form a community each. A graph without ties has modularity 0
 * (networkx's formula divides by m = 0 there). Communities are listed largest first, equal
 * sizes in the graph order of their first member, and members in graph order.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class Communities<V, E> {

    public static final long DEFAULT_SEED = 20_190_326L;
    public static final int DEFAULT_RANDOM_STARTS = 10;
    /** Leiden iterations per start (networkanalysis's command-line default). */
    static final int ITERATIONS = 10;

    private final IndexedNetwork<V, E> network;
    private final long seed;
    private final int randomStarts;
    private volatile Partition<V> partition;

    /** The found communities and their modularity. */
    public record Partition<V>(List<List<V>> communities, double modularity) {}

    /** Unweighted modularity, default seed and starts. */
    public Communities(Graph<V, E> graph) {
        this(IndexedNetwork.unweighted(graph), DEFAULT_SEED, DEFAULT_RANDOM_STARTS);
    }

    /** Modularity with tie probabilities as weights, default seed and starts. */
    public Communities(Graph<V, E> graph, ToDoubleFunction<E> tieProbability) {
        this(IndexedNetwork.weighted(graph, tieProbability), DEFAULT_SEED, DEFAULT_RANDOM_STARTS);
    }

    /** Unweighted, with a seed and a number of random starts (at least 1). */
    public Communities(Graph<V, E> graph, long seed, int randomStarts) {
        this(IndexedNetwork.unweighted(graph), seed, randomStarts);
    }

    /** Weighted, with a seed and a number of random starts (at least 1). */
    public Communities(Graph<V, E> graph, ToDoubleFunction<E> tieProbability, long seed, int randomStarts) {
        this(IndexedNetwork.weighted(graph, tieProbability), seed, randomStarts);
    }

    /** Unweighted modularity, default seed and starts, on the coalition graph's shared snapshot. */
    public static Communities<Integer, Integer> of(CoalitionGraph graph) {
        return new Communities<>(IndexedNetwork.unweighted(graph), DEFAULT_SEED, DEFAULT_RANDOM_STARTS);
    }

    /**
     * Modularity with tie probabilities ({@link TieStrength}) as weights, default seed and
     * starts, on the coalition graph's shared snapshot.
     */
    public static Communities<Integer, Integer> weighted(CoalitionGraph graph) {
        return new Communities<>(IndexedNetwork.weighted(graph), DEFAULT_SEED, DEFAULT_RANDOM_STARTS);
    }

    private Communities(IndexedNetwork<V, E> network, long seed, int randomStarts) {
        if (randomStarts < 1) {
            throw new IllegalArgumentException("randomStarts must be at least 1, was " + randomStarts);
        }
        this.network = network;
        this.seed = seed;
        this.randomStarts = randomStarts;
    }

    /** The communities, largest first; unmodifiable. */
    public List<List<V>> communities() {
        return partition().communities();
    }

    /** Newman's modularity of {@link #communities()}. */
    public double modularity() {
        return partition().modularity();
    }

    public Partition<V> partition() {
        Partition<V> result = partition;
        if (result == null) {
            synchronized (this) {
                result = partition;
                if (result == null) {
                    result = find();
                    partition = result;
                }
            }
        }
        return result;
    }

    /**
     * Newman's modularity of any partition of the graph's people, unweighted. People the
     * partition leaves out count as communities of their own.
     */
    public static <V, E> double modularityOf(Graph<V, E> graph, Collection<? extends Collection<V>> partition) {
        IndexedNetwork<V, E> network = IndexedNetwork.unweighted(graph);
        return modularity(network, labels(network, partition));
    }

    /** Newman's modularity of any partition, with tie probabilities as weights. */
    public static <V, E> double modularityOf(
            Graph<V, E> graph, ToDoubleFunction<E> tieProbability, Collection<? extends Collection<V>> partition) {
        IndexedNetwork<V, E> network = IndexedNetwork.weighted(graph, tieProbability);
        return modularity(network, labels(network, partition));
    }

    private static <V> int[] labels(IndexedNetwork<V, ?> network, Collection<? extends Collection<V>> partition) {
        Objects.requireNonNull(partition, "partition");
        int n = network.size();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int next = 0;
        for (Collection<V> community : partition) {
            for (V v : community) {
                int i = network.indexOf(v);
                if (label[i] >= 0) {
                    throw new IllegalArgumentException("in two communities: " + v);
                }
                label[i] = next;
            }
            next++;
        }
        for (int i = 0; i < n; i++) {
            if (label[i] < 0) {
                label[i] = next++;
            }
        }
        return label;
    }

    private Partition<V> find() {
        int n = network.size();
        int[] label = new int[n];
        int[] offsets = network.offsets();
        if (network.ties() == 0) {
            for (int i = 0; i < n; i++) {
                label[i] = i;
            }
        } else {
            label = leiden();
            // An isolated person has weight 0 and may sit anywhere at no cost; give them their own.
            int next = n;
            for (int i = 0; i < n; i++) {
                if (offsets[i] == offsets[i + 1]) {
                    label[i] = next++;
                }
            }
        }
        return new Partition<>(group(label), modularity(network, label));
    }

    private int[] leiden() {
        int n = network.size();
        int[] offsets = network.offsets();
        long[] firstNeighbour = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            firstNeighbour[i] = offsets[i];
        }
        Network leidenNetwork = new Network(
                n,
                true,
                firstNeighbour,
                new LargeIntArray(network.neighbours()),
                new LargeDoubleArray(network.probabilities()),
                false);
        double resolution = 1.0 / (2.0 * leidenNetwork.getTotalEdgeWeight());
        LeidenAlgorithm algorithm =
                new LeidenAlgorithm(resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < randomStarts; start++) {
            Clustering clustering = new Clustering(n);
            algorithm.improveClustering(leidenNetwork, clustering);
            double quality = algorithm.calcQuality(leidenNetwork, clustering);
            if (quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        return best.getClusters();
    }

    /** Groups by label: largest first, then by first member; members in graph order. */
    private List<List<V>> group(int[] label) {
        int labels = 0;
        for (int l : label) {
            labels = Math.max(labels, l + 1);
        }
        int[] slot = new int[labels];
        Arrays.fill(slot, -1);
        List<List<V>> members = new ArrayList<>();
        for (int i = 0; i < label.length; i++) {
            int l = label[i];
            if (slot[l] < 0) {
                slot[l] = members.size();
                members.add(new ArrayList<>());
            }
            members.get(slot[l]).add(network.person(i));
        }
        List<List<V>> communities = new ArrayList<>(members.size());
        for (List<V> community : members) {
            communities.add(Collections.unmodifiableList(community));
        }
        // Stable: equal sizes keep the order of their first members.
        communities.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return Collections.unmodifiableList(communities);
    }

    static double modularity(IndexedNetwork<?, ?> network, int[] label) {
        int n = network.size();
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] weight = network.probabilities();
        int labels = 0;
        for (int l : label) {
            labels = Math.max(labels, l + 1);
        }
        double[] inside = new double[labels];
        double[] degree = new double[labels];
        double twiceTotal = 0.0;
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                twiceTotal += weight[a];
                degree[label[u]] += weight[a];
                if (label[neighbours[a]] == label[u]) {
                    inside[label[u]] += weight[a];
                }
            }
        }
        if (twiceTotal == 0.0) {
            return 0.0;
        }
        // inside[] saw every inner tie from both ends: it holds 2 L_c, so 2 L_c / 2m = L_c / m.
        double q = 0.0;
        for (int c = 0; c < labels; c++) {
            double share = degree[c] / twiceTotal;
            q += inside[c] / twiceTotal - share * share;
        }
        return q;
    }
}
