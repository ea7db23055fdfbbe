package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

class DegreeCentralityTests {

    @Test
    void anEmptyGraphHasNoScores() {
        assertThat(new DegreeCentrality<>(TestNetworks.emptyGraph()).getScores())
                .isEmpty();
    }

    @Test
    void aLonePersonHasDegreeZero() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        assertThat(new DegreeCentrality<>(graph).score("Ann")).isZero();
    }

    @Test
    void twoUnconnectedPeopleBothScoreZero() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        assertThat(new DegreeCentrality<>(graph).getScores())
                .containsEntry("Ann", 0.0)
                .containsEntry("Bob", 0.0);
    }

    @Test
    void mediciHasSixMarriageTies() {
        var florentine = TestNetworks.load("florentine").graph();

        assertThat(new DegreeCentrality<>(florentine).score("Medici")).isEqualTo(6.0);
    }

    @Test
    void dianeHasTheMostTiesInTheKite() {
        var kite = TestNetworks.load("kite").graph();

        var ranking = new DegreeCentrality<>(kite).ranking();

        assertThat(ranking.get(0)).isEqualTo(new VertexScore<>("Diane", 6.0));
        assertThat(ranking.get(ranking.size() - 1)).isEqualTo(new VertexScore<>("Jane", 1.0));
    }

    @Test
    void weightedDegreeSumsTheTieProbabilities() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "Ann", "Bob", 5);
        TestNetworks.tie(graph, "Ann", "Cy", 1);

        var degree = new DegreeCentrality<>(graph, Tie::probability);

        assertThat(degree.score("Ann")).isCloseTo(0.85 + 0.15, within(1e-12));
        assertThat(degree.score("Cy")).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void selfTiesAreIgnoredAndParallelTiesCountOnce() {
        Graph<String, String> graph = new Pseudograph<>(String.class);
        graph.addVertex("Ann");
        graph.addVertex("Bob");
        graph.addEdge("Ann", "Bob", "first");
        graph.addEdge("Bob", "Ann", "second");
        graph.addEdge("Ann", "Ann", "self");

        assertThat(new DegreeCentrality<>(graph).score("Ann")).isEqualTo(1.0);
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRejected() {
        Graph<String, Tie> graph = TestNetworks.graphOf("Ann-Bob");

        assertThatThrownBy(() -> new DegreeCentrality<>(graph, tie -> 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1]");
    }

    @Test
    void aDirectedGraphIsRejected() {
        Graph<String, String> graph = new SimpleDirectedGraph<>(String.class);

        assertThatThrownBy(() -> new DegreeCentrality<>(graph)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void askingForSomeoneOutsideTheGraphFails() {
        var degree = new DegreeCentrality<>(TestNetworks.graphOf("Ann-Bob"));

        assertThatThrownBy(() -> degree.score("Zoe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Zoe");
    }

    @Test
    void aNullGraphIsRejected() {
        assertThatThrownBy(() -> new DegreeCentrality<String, Tie>(null)).isInstanceOf(NullPointerException.class);
    }
}
