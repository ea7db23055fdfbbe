package org.convene.insight;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.analysis.BetweennessCentrality;
import org.convene.analysis.BridgeBuilders;
import org.convene.analysis.Brokerage;
import org.convene.analysis.ClosenessCentrality;
import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.Communities;
import org.convene.analysis.Cutpoints;
import org.convene.analysis.DegreeCentrality;
import org.convene.analysis.EigenvectorCentrality;
import org.convene.analysis.Measure;
import org.convene.system.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The whole-network measures, each computed once per version of the network and shared by the
 * answers that need it (the bridge-builders reuse betweenness, the map reuses everything).
 */
@Component
class NetworkMeasures {

    /** The measures {@code /api/metrics} offers. */
    enum Kind {
        DEGREE,
        BETWEENNESS,
        CLOSENESS,
        EIGENVECTOR,
        BROKERAGE;

        static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidRequestException.field(
                        "measure",
                        "'" + text
                                + "' is not a measure; use degree, betweenness, closeness, eigenvector or brokerage.");
            }
        }
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final CurrentNetwork network;
    private final Map<String, PerGraph<Measure<Integer, Integer>>> measures = new ConcurrentHashMap<>();
    private final PerGraph<BridgeBuilders<Integer, Integer>> bridges;
    private final PerGraph<Communities<Integer, Integer>> communities;
    private final PerGraph<Cutpoints<Integer, Integer>> cutpoints;

    NetworkMeasures(CurrentNetwork network) {
        this.network = network;
        // every measure reads the graph's shared snapshot (one unweighted, one weighted per graph)
        this.cutpoints = new PerGraph<>(Cutpoints::of);
        this.communities = new PerGraph<>(Communities::of);
        // the bridge-builders reuse the betweenness, brokerage and cutpoints cached for the other answers
        this.bridges = new PerGraph<>(graph -> {
            var ranked = BridgeBuilders.of(
                    graph,
                    (BetweennessCentrality<Integer, Integer>) measure(graph, Kind.BETWEENNESS, false),
                    (Brokerage<Integer, Integer>) measure(graph, Kind.BROKERAGE, false),
                    cutpoints.get(graph));
            ranked.ranking();
            return ranked;
        });
    }

    CoalitionGraph graph() {
        return network.graph();
    }

    Measure<Integer, Integer> measure(CoalitionGraph graph, Kind kind, boolean weighted) {
        boolean w = weighted && kind != Kind.BROKERAGE;
        return measures.computeIfAbsent(
                        kind + (w ? "/weighted" : ""),
                        key -> new PerGraph<>(g -> {
                            Measure<Integer, Integer> m = switch (kind) {
                                case DEGREE -> w ? DegreeCentrality.weighted(g) : DegreeCentrality.of(g);
                                case BETWEENNESS ->
                                    w
                                            ? BetweennessCentrality.weighted(g, THREADS)
                                            : BetweennessCentrality.of(g, THREADS);
                                case CLOSENESS ->
                                    w ? ClosenessCentrality.weighted(g, THREADS) : ClosenessCentrality.of(g, THREADS);
                                case EIGENVECTOR -> w ? EigenvectorCentrality.weighted(g) : EigenvectorCentrality.of(g);
                                case BROKERAGE -> Brokerage.of(g, g::primarySector);
                            };
                            m.getScores();
                            return m;
                        }))
                .get(graph);
    }

    BridgeBuilders<Integer, Integer> bridges(CoalitionGraph graph) {
        return bridges.get(graph);
    }

    Communities<Integer, Integer> communities(CoalitionGraph graph) {
        return communities.get(graph);
    }

    Cutpoints<Integer, Integer> cutpoints(CoalitionGraph graph) {
        return cutpoints.get(graph);
    }
}
