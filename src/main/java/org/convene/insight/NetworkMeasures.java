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
        DEGREE, BETWEENNESS, CLOSENESS, EIGENVECTOR, BROKERAGE;

        static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidRequestException.field("measure", "'" + text
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
        this.cutpoints = new PerGraph<>(graph -> new Cutpoints<>(graph.asGraph()));
        this.communities = new PerGraph<>(graph -> new Communities<>(graph.asGraph()));
        // the bridge-builders reuse the betweenness, brokerage and cutpoints cached for the other answers
        this.bridges = new PerGraph<>(graph -> {
            var ranked = new BridgeBuilders<>(graph.asGraph(),
                    (BetweennessCentrality<Integer, Integer>) measure(graph, Kind.BETWEENNESS, false),
                    (Brokerage<Integer, Integer>) measure(graph, Kind.BROKERAGE, false), cutpoints.get(graph));
            ranked.ranking();
            return ranked;
        });
    }

    CoalitionGraph graph() {
        return network.graph();
    }

    Measure<Integer, Integer> measure(CoalitionGraph graph, Kind kind, boolean weighted) {
        boolean w = weighted && kind != Kind.BROKERAGE;
        return measures.computeIfAbsent(kind + (w ? "/weighted" : ""), key -> new PerGraph<>(g -> {
            var ties = g.asGraph();
            var p = g.probability();
            Measure<Integer, Integer> m = switch (kind) {
                case DEGREE -> w ? new DegreeCentrality<>(ties, p) : new DegreeCentrality<>(ties);
                case BETWEENNESS -> w ? new BetweennessCentrality<>(ties, p, THREADS)
                        : new BetweennessCentrality<>(ties, THREADS);
                case CLOSENESS -> w ? new ClosenessCentrality<>(ties, p, THREADS) : new ClosenessCentrality<>(ties, THREADS);
                case EIGENVECTOR -> w ? new EigenvectorCentrality<>(ties, p) : new EigenvectorCentrality<>(ties);
                case BROKERAGE -> new Brokerage<>(ties, g::primarySector);
            };
            m.getScores();
            return m;
        })).get(graph);
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
