package org.convene.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * Who connects groups that would otherwise not talk? A combined, explained bridge-builder
 * score that weighs Freeman's betweenness, Gould and Fernandez's brokerage across sectors,
 * Burt's structural holes and Hopcroft and Tarjan's cutpoints:
 *
 * <pre>
 * score = 0.35 · betweenness / max betweenness
 *       + 0.35 · pairs brokered across sectors / max pairs brokered across sectors
 *       + 0.15 · max(0, 1 - constraint)            (0 for a person without ties)
 *       + 0.15 · people cut off / max people cut off
 * </pre>
 *
 * <p>Each part is 0 to 1 (0 when nobody in the network scores on it), so the score is too.
 * Betweenness and brokerage carry most of the weight because they measure the bridging itself,
 * on paths and across sectors; structural holes and cutpoints sharpen the picture (someone whose
 * contacts do not know each other; someone without whom people are cut off). The weights are a
 * judgement, not a published formula, which is why every {@link BridgeBuilder} carries its
 * parts and raw values.
 *
 * <p>With tie probabilities, betweenness runs on {@code -ln p} lengths and constraint weighs
 * ties by p; brokerage and cutpoints count ties regardless of strength.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class BridgeBuilders<V, E> {

    public static final double BETWEENNESS_WEIGHT = 0.35;
    public static final double BROKERAGE_WEIGHT = 0.35;
    public static final double STRUCTURAL_HOLES_WEIGHT = 0.15;
    public static final double SEPARATION_WEIGHT = 0.15;

    private final BetweennessCentrality<V, E> betweenness;
    private final Brokerage<V, E> brokerage;
    private final BurtConstraint<V, E> constraint;
    private final Cutpoints<V, E> cutpoints;
    private final List<V> people;
    private volatile List<BridgeBuilder<V>> ranked;
    private volatile Map<V, BridgeBuilder<V>> byPerson;

    /** Unweighted, on all available processors. */
    public BridgeBuilders(Graph<V, E> graph, Function<V, String> group) {
        this(graph, group, SourceSweep.defaultThreads());
    }

    /** Unweighted, betweenness on the given number of threads. */
    public BridgeBuilders(Graph<V, E> graph, Function<V, String> group, int threads) {
        this(IndexedNetwork.unweighted(graph), group, threads);
    }

    /** Weighted by tie probability, on all available processors. */
    public BridgeBuilders(Graph<V, E> graph, Function<V, String> group, ToDoubleFunction<E> tieProbability) {
        this(graph, group, tieProbability, SourceSweep.defaultThreads());
    }

    /** Weighted by tie probability, betweenness on the given number of threads. */
    public BridgeBuilders(
            Graph<V, E> graph, Function<V, String> group, ToDoubleFunction<E> tieProbability, int threads) {
        this(IndexedNetwork.weighted(graph, tieProbability), group, threads);
    }

    /**
     * Reuses measures already computed on this same graph, so a caller that caches betweenness
     * (the costly one) does not pay for it twice; only Burt's constraint is computed here.
     */
    public BridgeBuilders(
            Graph<V, E> graph,
            BetweennessCentrality<V, E> betweenness,
            Brokerage<V, E> brokerage,
            Cutpoints<V, E> cutpoints) {
        Objects.requireNonNull(graph, "graph");
        this.people = List.copyOf(graph.vertexSet());
        this.betweenness = Objects.requireNonNull(betweenness, "betweenness");
        this.brokerage = Objects.requireNonNull(brokerage, "brokerage");
        this.constraint = new BurtConstraint<>(graph);
        this.cutpoints = Objects.requireNonNull(cutpoints, "cutpoints");
    }

    private BridgeBuilders(
            List<V> people,
            BetweennessCentrality<V, E> betweenness,
            Brokerage<V, E> brokerage,
            BurtConstraint<V, E> constraint,
            Cutpoints<V, E> cutpoints) {
        this.people = people;
        this.betweenness = Objects.requireNonNull(betweenness, "betweenness");
        this.brokerage = Objects.requireNonNull(brokerage, "brokerage");
        this.constraint = constraint;
        this.cutpoints = Objects.requireNonNull(cutpoints, "cutpoints");
    }

    /** Unweighted, on the coalition graph's shared snapshot, betweenness on the given threads. */
    public static BridgeBuilders<Integer, Integer> of(
            CoalitionGraph graph, Function<Integer, String> group, int threads) {
        return new BridgeBuilders<>(IndexedNetwork.unweighted(graph), group, threads);
    }

    /**
     * Weighted by tie probability ({@link TieStrength}), on the coalition graph's shared
     * snapshot, betweenness on the given threads.
     */
    public static BridgeBuilders<Integer, Integer> weighted(
            CoalitionGraph graph, Function<Integer, String> group, int threads) {
        return new BridgeBuilders<>(IndexedNetwork.weighted(graph), group, threads);
    }

    /**
     * As {@link #BridgeBuilders(Graph, BetweennessCentrality, Brokerage, Cutpoints)}: reuses
     * measures already computed on this graph, and computes Burt's constraint (unweighted) on
     * the coalition graph's shared snapshot.
     */
    public static BridgeBuilders<Integer, Integer> of(
            CoalitionGraph graph,
            BetweennessCentrality<Integer, Integer> betweenness,
            Brokerage<Integer, Integer> brokerage,
            Cutpoints<Integer, Integer> cutpoints) {
        IndexedNetwork<Integer, Integer> network = IndexedNetwork.unweighted(graph);
        return new BridgeBuilders<>(network.people(), betweenness, brokerage, new BurtConstraint<>(network), cutpoints);
    }

    /** All four measures share one snapshot. */
    private BridgeBuilders(IndexedNetwork<V, E> network, Function<V, String> group, int threads) {
        this.people = network.people();
        this.betweenness = new BetweennessCentrality<>(network, threads);
        this.brokerage = new Brokerage<>(network, group);
        this.constraint = new BurtConstraint<>(network);
        this.cutpoints = new Cutpoints<>(network);
    }

    /** Everyone, highest score first; equal scores in the graph's vertex order. */
    public List<BridgeBuilder<V>> ranking() {
        List<BridgeBuilder<V>> result = ranked;
        if (result == null) {
            synchronized (this) {
                result = ranked;
                if (result == null) {
                    result = rank();
                    ranked = result;
                }
            }
        }
        return result;
    }

    /** The {@code n} highest scores (fewer if there are fewer people). */
    public List<BridgeBuilder<V>> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        List<BridgeBuilder<V>> all = ranking();
        return all.subList(0, Math.min(n, all.size()));
    }

    /**
     * One person's score and its reasons.
     *
     * @throws IllegalArgumentException if the person is not in the graph
     */
    public BridgeBuilder<V> of(V person) {
        ranking();
        BridgeBuilder<V> found = byPerson.get(person);
        if (found == null) {
            throw new IllegalArgumentException("not in the graph: " + person);
        }
        return found;
    }

    private List<BridgeBuilder<V>> rank() {
        double maxBetweenness = 0.0;
        double maxBrokerage = 0.0;
        double maxCutOff = 0.0;
        for (V v : people) {
            maxBetweenness = Math.max(maxBetweenness, betweenness.score(v));
            maxBrokerage = Math.max(maxBrokerage, brokerage.score(v));
            maxCutOff = Math.max(maxCutOff, cutpoints.score(v));
        }
        List<BridgeBuilder<V>> all = new ArrayList<>(people.size());
        Map<V, BridgeBuilder<V>> index = new HashMap<>();
        for (V v : people) {
            double b = betweenness.score(v);
            double c = constraint.score(v);
            int cutOff = (int) cutpoints.score(v);
            BrokerageRoles roles = brokerage.rolesOf(v);
            BridgeBuilder.Parts parts = new BridgeBuilder.Parts(
                    share(b, maxBetweenness),
                    share(roles.acrossSectors(), maxBrokerage),
                    Double.isNaN(c) ? 0.0 : Math.max(0.0, 1.0 - c),
                    share(cutOff, maxCutOff));
            double score = BETWEENNESS_WEIGHT * parts.betweenness()
                    + BROKERAGE_WEIGHT * parts.brokerage()
                    + STRUCTURAL_HOLES_WEIGHT * parts.structuralHoles()
                    + SEPARATION_WEIGHT * parts.separation();
            BridgeBuilder<V> builder = new BridgeBuilder<>(
                    v, score, parts, b, c, roles, brokerage.sectorsConnectedBy(v), cutpoints.isCutpoint(v), cutOff);
            all.add(builder);
            index.put(v, builder);
        }
        all.sort((x, y) -> Double.compare(y.score(), x.score()));
        byPerson = index;
        return Collections.unmodifiableList(all);
    }

    private static double share(double value, double max) {
        return max > 0.0 ? value / max : 0.0;
    }
}
