package org.convene.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.convene.analysis.BridgeBuilder;
import org.convene.analysis.Brokerage;
import org.convene.analysis.CoalitionGraph;
import org.convene.system.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who are our bridge-builders, and whose loss would split us?" */
@RestController
class BridgesController {

    private final NetworkMeasures measures;

    BridgesController(NetworkMeasures measures) {
        this.measures = measures;
    }

    @GetMapping("/api/bridges")
    List<BridgeAnswer> bridges(@RequestParam(defaultValue = "20") int top) {
        if (top < 1 || top > 1000) {
            throw InvalidRequestException.field("top", "'top' must be between 1 and 1000.");
        }
        CoalitionGraph graph = measures.graph();
        int[] community = communityOf(graph);
        return measures.bridges(graph).top(top).stream()
                .map(b -> answer(graph, community, b))
                .toList();
    }

    /** The ties whose loss would split the network: each is the only link between two parts. */
    @GetMapping("/api/bridges/ties")
    List<BridgeTie> bridgeTies() {
        CoalitionGraph graph = measures.graph();
        List<BridgeTie> ties = new ArrayList<>();
        for (int tie : measures.cutpoints(graph).bridges()) {
            ties.add(new BridgeTie(
                    Ref.of(graph.ref(graph.tieSource(tie))),
                    Ref.of(graph.ref(graph.tieTarget(tie))),
                    graph.strength(tie),
                    graph.context(tie)));
        }
        ties.sort(Comparator.comparing((BridgeTie t) -> t.from().name()).thenComparing(t -> t.to().name()));
        return ties;
    }

    /** A tie that is the only link between two parts of the network. */
    record BridgeTie(Ref from, Ref to, int strength, String context) {}

    /** A bridge-builder, the parts of their score, and why. */
    record BridgeAnswer(
            String id,
            String name,
            double score,
            List<String> sectors,
            boolean cutpoint,
            int peopleCutOff,
            Roles roles,
            double betweenness,
            Double constraint,
            int clustersLinked,
            Parts parts,
            String explanation) {}

    /** Gould and Fernandez brokerage roles on undirected ties. */
    record Roles(
            long coordinator,
            long gatekeeperRepresentative,
            long consultant,
            long liaison,
            long total,
            long acrossSectors) {}

    /** The score's parts, each 0 to 1. */
    record Parts(double betweenness, double brokerage, double structuralHoles, double separation) {}

    private int[] communityOf(CoalitionGraph graph) {
        int[] community = new int[graph.personCount()];
        var communities = measures.communities(graph).communities();
        for (int c = 0; c < communities.size(); c++) {
            for (int person : communities.get(c)) {
                community[person] = c;
            }
        }
        return community;
    }

    private static BridgeAnswer answer(CoalitionGraph graph, int[] community, BridgeBuilder<Integer> b) {
        int person = b.person();
        var clusters = new TreeSet<Integer>();
        for (var neighbour : graph.neighbours(person)) {
            clusters.add(community[neighbour.person()]);
        }
        clusters.add(community[person]);
        var roles = b.roles();
        // people without a sector are grouped as "unknown" for brokerage; that is no sector to name
        List<String> sectors = b.sectors().stream()
                .filter(s -> !Brokerage.UNKNOWN_SECTOR.equals(s))
                .toList();
        return new BridgeAnswer(
                graph.personId(person),
                graph.name(person),
                b.score(),
                sectors,
                b.cutpoint(),
                b.peopleCutOff(),
                new Roles(
                        roles.coordinator(),
                        roles.gatekeeper(),
                        roles.consultant(),
                        roles.liaison(),
                        roles.total(),
                        roles.acrossSectors()),
                b.betweenness(),
                Double.isNaN(b.constraint()) ? null : b.constraint(),
                clusters.size(),
                new Parts(
                        b.parts().betweenness(),
                        b.parts().brokerage(),
                        b.parts().structuralHoles(),
                        b.parts().separation()),
                Explanations.bridge(graph, b, sectors, clusters.size()));
    }
}
