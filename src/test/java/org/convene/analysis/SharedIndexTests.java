package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.convene.bench.NetworkGenerator;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * The snapshot read in place from a {@link CoalitionGraph} is the one the JGraphT view gives, and
 * so are the measures' values on it, on random graphs and on graphs derived from them.
 */
class SharedIndexTests {

    private static final int THREADS = 2;

    @Test
    void theSnapshotReadInPlaceIsTheOneTheViewGives() {
        for (CoalitionGraph graph : graphs()) {
            Graph<Integer, Integer> view = graph.asGraph();
            assertSame(IndexedNetwork.unweighted(graph), IndexedNetwork.unweighted(view), graph);
            assertSame(IndexedNetwork.weighted(graph), IndexedNetwork.weighted(view, graph.probability()), graph);
        }
    }

    @Test
    void theSnapshotIsBuiltOncePerGraphAndAnewForADerivedGraph() {
        CoalitionGraph graph = random(3, 40, 100);

        assertThat(IndexedNetwork.unweighted(graph)).isSameAs(IndexedNetwork.unweighted(graph));
        assertThat(IndexedNetwork.weighted(graph))
                .isSameAs(IndexedNetwork.weighted(graph))
                .isNotSameAs(IndexedNetwork.unweighted(graph));
        CoalitionGraph derived = graph.withTie(graph.personId(0), graph.personId(1), 5, null);
        assertThat(IndexedNetwork.unweighted(derived)).isNotSameAs(IndexedNetwork.unweighted(graph));
        assertThat(DegreeCentrality.of(graph).network)
                .isSameAs(Cutpoints.of(graph).network)
                .isSameAs(Brokerage.of(graph, graph::primarySector).network);
    }

    @Test
    void theSnapshotReadInPlaceNamesWhoIsMissingAsTheViewDoes() {
        CoalitionGraph graph = random(5, 10, 20);
        IndexedNetwork<Integer, Integer> network = IndexedNetwork.unweighted(graph);

        for (Integer nobody : new Integer[] {-1, 10, null}) {
            assertThatThrownBy(() -> network.indexOf(nobody))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not in the graph: " + nobody);
            assertThatThrownBy(() -> DegreeCentrality.of(graph).score(nobody))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theMeasuresGiveTheSameValuesOnTheSharedSnapshot() {
        for (CoalitionGraph graph : graphs()) {
            Graph<Integer, Integer> view = graph.asGraph();
            var p = graph.probability();
            Function<Integer, String> sector = graph::primarySector;

            assertSameValues(DegreeCentrality.of(graph), new DegreeCentrality<>(view), graph);
            assertSameValues(DegreeCentrality.weighted(graph), new DegreeCentrality<>(view, p), graph);
            assertSameValues(
                    BetweennessCentrality.of(graph, THREADS), new BetweennessCentrality<>(view, THREADS), graph);
            assertSameValues(
                    BetweennessCentrality.weighted(graph, THREADS),
                    new BetweennessCentrality<>(view, p, THREADS),
                    graph);
            assertSameValues(
                    BetweennessCentrality.sampled(graph, 7, 11L, THREADS),
                    BetweennessCentrality.sampled(view, 7, 11L, THREADS),
                    graph);
            assertSameValues(ClosenessCentrality.of(graph, THREADS), new ClosenessCentrality<>(view, THREADS), graph);
            assertSameValues(
                    ClosenessCentrality.weighted(graph, THREADS), new ClosenessCentrality<>(view, p, THREADS), graph);
            assertSameValues(EigenvectorCentrality.of(graph), new EigenvectorCentrality<>(view), graph);
            assertSameValues(EigenvectorCentrality.weighted(graph), new EigenvectorCentrality<>(view, p), graph);
            assertSameValues(BurtConstraint.of(graph), new BurtConstraint<>(view), graph);
            assertSameValues(BurtConstraint.weighted(graph), new BurtConstraint<>(view, p), graph);

            Brokerage<Integer, Integer> brokerage = Brokerage.of(graph, sector);
            Brokerage<Integer, Integer> brokerageOnView = new Brokerage<>(view, sector);
            assertSameValues(brokerage, brokerageOnView, graph);
            assertThat(brokerage.getRoles()).as("%s", graph).isEqualTo(brokerageOnView.getRoles());
            for (int person = 0; person < graph.personCount(); person++) {
                assertThat(brokerage.sectorsConnectedBy(person)).isEqualTo(brokerageOnView.sectorsConnectedBy(person));
            }

            Cutpoints<Integer, Integer> cutpoints = Cutpoints.of(graph);
            Cutpoints<Integer, Integer> cutpointsOnView = new Cutpoints<>(view);
            assertSameValues(cutpoints, cutpointsOnView, graph);
            assertThat(cutpoints.cutpoints()).as("%s", graph).containsExactlyElementsOf(cutpointsOnView.cutpoints());
            assertThat(cutpoints.bridges()).as("%s", graph).containsExactlyElementsOf(cutpointsOnView.bridges());

            assertThat(Communities.of(graph).partition())
                    .as("%s", graph)
                    .isEqualTo(new Communities<>(view).partition());
            assertThat(Communities.weighted(graph).partition())
                    .as("%s", graph)
                    .isEqualTo(new Communities<>(view, p).partition());

            assertThat(BridgeBuilders.of(graph, sector, THREADS).ranking())
                    .as("%s", graph)
                    .isEqualTo(new BridgeBuilders<>(view, sector, THREADS).ranking());
            assertThat(BridgeBuilders.weighted(graph, sector, THREADS).ranking())
                    .as("%s", graph)
                    .isEqualTo(new BridgeBuilders<>(view, sector, p, THREADS).ranking());
            var betweenness = BetweennessCentrality.of(graph, THREADS);
            assertThat(BridgeBuilders.of(graph, betweenness, brokerage, cutpoints)
                            .ranking())
                    .as("%s", graph)
                    .isEqualTo(new BridgeBuilders<>(view, betweenness, brokerage, cutpoints).ranking());
        }
    }

    private static void assertSame(
            IndexedNetwork<Integer, Integer> inPlace, IndexedNetwork<Integer, Integer> viewed, CoalitionGraph graph) {
        String as = graph.toString();
        assertThat(inPlace.size()).as(as).isEqualTo(viewed.size());
        assertThat(inPlace.ties()).as(as).isEqualTo(viewed.ties()).isEqualTo(graph.tieCount());
        assertThat(inPlace.weighted()).as(as).isEqualTo(viewed.weighted());
        assertThat(inPlace.people()).as(as).containsExactlyElementsOf(viewed.people());
        for (int i = 0; i < viewed.size(); i++) {
            assertThat(inPlace.person(i)).isEqualTo(viewed.person(i));
            assertThat(inPlace.indexOf(i)).isEqualTo(viewed.indexOf(i)).isEqualTo(i);
        }
        assertThat(inPlace.offsets()).as(as).containsExactly(viewed.offsets());
        assertThat(inPlace.neighbours()).as(as).containsExactly(viewed.neighbours());
        assertThat(inPlace.probabilities()).as(as).containsExactly(viewed.probabilities());
        assertThat(inPlace.lengths()).as(as).containsExactly(viewed.lengths());
        assertThat(inPlace.graph()).isSameAs(graph.asGraph());
    }

    private static void assertSameValues(
            Measure<Integer, Integer> inPlace, Measure<Integer, Integer> viewed, CoalitionGraph graph) {
        // Map and record equality compare doubles bit for bit (NaN equals NaN, 0.0 is not -0.0)
        assertThat(inPlace.getScores())
                .as("%s on %s", inPlace.getClass().getSimpleName(), graph)
                .isEqualTo(viewed.getScores());
        assertThat(inPlace.ranking())
                .as("%s on %s", inPlace.getClass().getSimpleName(), graph)
                .isEqualTo(viewed.ranking());
    }

    /** Random graphs, and graphs derived from them by every kind of in-place update. */
    private static List<CoalitionGraph> graphs() {
        List<CoalitionGraph> graphs = new ArrayList<>();
        graphs.add(CoalitionGraph.builder().build());
        graphs.add(CoalitionGraph.builder()
                .person("p0", "Person 0", null, null, Set.of(), null, false, null)
                .build());
        Random random = new Random(20_260_101L);
        for (int round = 0; round < 4; round++) {
            int n = 20 + random.nextInt(60);
            // fewer ties than people leave some people without any
            CoalitionGraph graph = random(random.nextLong(), n, 1 + random.nextInt(3 * n));
            graphs.add(graph);
            graphs.addAll(derived(random, graph));
        }
        return graphs;
    }

    private static List<CoalitionGraph> derived(Random random, CoalitionGraph graph) {
        Map<String, CoalitionGraph> derived = new LinkedHashMap<>();
        int n = graph.personCount();
        CoalitionGraph current = graph;
        // a new tie, then one between people already tied (strength replaced)
        int a = random.nextInt(n);
        int b = (a + 1 + random.nextInt(n - 1)) % n;
        current = current.withTie(graph.personId(a), graph.personId(b), 1 + random.nextInt(5), "new");
        derived.put("withTie", current);
        if (current.tieCount() > 0) {
            var tie = current.tie(random.nextInt(current.tieCount()));
            current = current.withTie(
                    current.personId(tie.personA()),
                    current.personId(tie.personB()),
                    1 + random.nextInt(5),
                    "stronger");
            derived.put("withTie (existing)", current);
            tie = current.tie(random.nextInt(current.tieCount()));
            current = current.withoutTie(current.personId(tie.personA()), current.personId(tie.personB()));
            derived.put("withoutTie", current);
        }
        current = current.withPerson("newcomer", "Newcomer", null, null, Set.of("faith"), "faith", false, null);
        derived.put("withPerson", current);
        current = current.withTie("newcomer", current.personId(random.nextInt(n)), 4, null);
        derived.put("withTie (newcomer)", current);
        current = current.withPerson(current.personId(0), "Renamed", "role", null, Set.of(), null, true, null);
        derived.put("withPerson (existing)", current);
        current = current.withoutPerson(current.personId(random.nextInt(n)));
        derived.put("withoutPerson", current);
        current = current.withTie(current.personId(0), current.personId(current.personCount() - 1), 2, null);
        derived.put("withTie (after removal)", current);
        return new ArrayList<>(derived.values());
    }

    /**
     * The bench's synthetic network at this size, with more members than the bench has (one in
     * ten), one person in five without a sector, and as dense as asked.
     */
    private static CoalitionGraph random(long seed, int people, int ties) {
        return NetworkGenerator.of(people, ties)
                .members(0.1)
                .unsectored(0.2)
                .upToEveryPair()
                .generate(seed)
                .toGraph();
    }
}
