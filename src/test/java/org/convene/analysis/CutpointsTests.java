package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.Multigraph;
import org.junit.jupiter.api.Test;

class CutpointsTests {

    @Test
    void anEmptyGraphHasNoCutpointsOrBridges() {
        var cutpoints = new Cutpoints<>(TestNetworks.emptyGraph());

        assertThat(cutpoints.cutpoints()).isEmpty();
        assertThat(cutpoints.bridges()).isEmpty();
    }

    @Test
    void aLonePersonIsNoCutpoint() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        var cutpoints = new Cutpoints<>(graph);

        assertThat(cutpoints.cutpoints()).isEmpty();
        assertThat(cutpoints.peopleCutOffBy("Ann")).isZero();
    }

    @Test
    void twoUnconnectedPeopleAreNoCutpoints() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        assertThat(new Cutpoints<>(graph).cutpoints()).isEmpty();
    }

    @Test
    void aSingleTieIsABridgeButNeitherEndIsACutpoint() {
        var cutpoints = new Cutpoints<>(TestNetworks.graphOf("Ann-Bob"));

        assertThat(cutpoints.cutpoints()).isEmpty();
        assertThat(cutpoints.bridges()).hasSize(1);
    }

    @Test
    void heatherAndIkeHoldTheKiteTogether() {
        var kite = TestNetworks.load("kite").graph();

        var cutpoints = new Cutpoints<>(kite);

        assertThat(cutpoints.cutpoints()).containsExactly("Heather", "Ike");
        assertThat(cutpoints.bridges())
                .containsExactlyInAnyOrder(kite.getEdge("Heather", "Ike"), kite.getEdge("Ike", "Jane"));
        assertThat(cutpoints.peopleCutOffBy("Heather")).isEqualTo(2);
        assertThat(cutpoints.peopleCutOffBy("Ike")).isEqualTo(1);
        assertThat(cutpoints.isCutpoint("Diane")).isFalse();
        assertThat(cutpoints.peopleCutOffBy("Diane")).isZero();
    }

    @Test
    void removingTheMediciCutsOffThreeFamilies() {
        // Acciaiuoli hangs on the Medici alone, Salviati and Pazzi too; Albizzi holds Ginori,
        // Guadagni holds Lamberteschi, Salviati holds Pazzi.
        var florentine = TestNetworks.load("florentine").graph();

        var cutpoints = new Cutpoints<>(florentine);

        assertThat(cutpoints.cutpoints()).containsExactlyInAnyOrder("Medici", "Salviati", "Albizzi", "Guadagni");
        assertThat(cutpoints.peopleCutOffBy("Medici")).isEqualTo(3);
        assertThat(cutpoints.peopleCutOffBy("Salviati")).isEqualTo(1);
        assertThat(cutpoints.ranking().get(0)).isEqualTo(new VertexScore<>("Medici", 3.0));
        assertThat(cutpoints.bridges())
                .containsExactlyInAnyOrder(
                        florentine.getEdge("Acciaiuoli", "Medici"),
                        florentine.getEdge("Medici", "Salviati"),
                        florentine.getEdge("Salviati", "Pazzi"),
                        florentine.getEdge("Albizzi", "Ginori"),
                        florentine.getEdge("Guadagni", "Lamberteschi"));
    }

    @Test
    void theCutOffCountIsEveryoneOutsideTheLargestRemainingPiece() {
        // A bow tie of two triangles joined at x, with a tail x-t1-t2: removing x leaves pieces
        // of 2, 2 and 2; one piece survives as "largest", so 4 people are cut off.
        var graph = TestNetworks.graphOf("a1-a2", "a2-x", "x-a1", "b1-b2", "b2-x", "x-b1", "x-t1", "t1-t2");

        assertThat(new Cutpoints<>(graph).peopleCutOffBy("x")).isEqualTo(4);
    }

    @Test
    void parallelTiesAreNoBridge() {
        Graph<String, String> graph = new Multigraph<>(String.class);
        graph.addVertex("Ann");
        graph.addVertex("Bob");
        graph.addEdge("Ann", "Bob", "colleague");
        graph.addEdge("Ann", "Bob", "neighbour");

        assertThat(new Cutpoints<>(graph).bridges()).isEmpty();
    }

    @Test
    void agreesWithJGraphTAndWithRemovingEachPersonOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Graph<String, Tie> graph = TestNetworks.emptyGraph();
            int n = 30;
            for (int i = 0; i < n; i++) {
                graph.addVertex("p" + i);
            }
            for (int k = 0; k < 36; k++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b && !graph.containsEdge("p" + a, "p" + b)) {
                    TestNetworks.tie(graph, "p" + a, "p" + b, 3);
                }
            }

            var cutpoints = new Cutpoints<>(graph);
            var inspector = new BiconnectivityInspector<>(graph);

            assertThat(cutpoints.cutpoints()).isEqualTo(inspector.getCutpoints());
            assertThat(cutpoints.bridges()).isEqualTo(inspector.getBridges());
            for (String x : graph.vertexSet()) {
                assertThat(cutpoints.peopleCutOffBy(x)).as(x).isEqualTo(cutOffByRemoving(graph, x));
            }
        }
    }

    @Test
    void aChainOfAHundredThousandPeopleDoesNotExhaustTheStack() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        for (int i = 1; i < 100_000; i++) {
            TestNetworks.tie(graph, "p" + (i - 1), "p" + i, 3);
        }

        var cutpoints = new Cutpoints<>(graph);

        assertThat(cutpoints.cutpoints()).hasSize(99_998);
        assertThat(cutpoints.peopleCutOffBy("p50000")).isEqualTo(49_999);
    }

    /** The definition: remove x, and count everyone in x's component outside the largest piece. */
    private static int cutOffByRemoving(Graph<String, Tie> graph, String x) {
        Set<String> component = new ConnectivityInspector<>(graph).connectedSetOf(x);
        Set<String> rest = component.stream().filter(v -> !v.equals(x)).collect(Collectors.toSet());
        var pieces = new ConnectivityInspector<>(new AsSubgraph<>(graph, rest)).connectedSets();
        int largest =
                pieces.stream().map(Set::size).max(Comparator.naturalOrder()).orElse(0);
        return pieces.size() <= 1 ? 0 : rest.size() - largest;
    }
}
