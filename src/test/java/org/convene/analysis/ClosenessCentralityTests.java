package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class ClosenessCentralityTests {

    @Test
    void anEmptyGraphHasNoScores() {
        assertThat(new ClosenessCentrality<>(TestNetworks.emptyGraph()).getScores())
                .isEmpty();
    }

    @Test
    void aLonePersonHasClosenessZero() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        assertThat(new ClosenessCentrality<>(graph).score("Ann")).isZero();
    }

    @Test
    void twoUnconnectedPeopleHaveClosenessZero() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        assertThat(new ClosenessCentrality<>(graph).getScores())
                .containsEntry("Ann", 0.0)
                .containsEntry("Bob", 0.0);
    }

    @Test
    void mediciIsOnAverageUnderTwoTiesFromEveryFamily() {
        // networkx: closeness_centrality(florentine)['Medici'] == 0.56: 14 others at distances
        // summing to 25.
        var florentine = TestNetworks.load("florentine").graph();

        assertThat(new ClosenessCentrality<>(florentine).score("Medici")).isCloseTo(0.56, within(1e-12));
    }

    @Test
    void anIsolatedFamilyScoresZeroAndScalesTheOthersByTheShareTheyReach() {
        // Wasserman-Faust: with Pucci added, Medici reaches 14 of 15 others: 14/25 * 14/15.
        var florentine = TestNetworks.load("florentine").graph();
        florentine.addVertex("Pucci");

        var closeness = new ClosenessCentrality<>(florentine);

        assertThat(closeness.score("Pucci")).isZero();
        assertThat(closeness.score("Medici")).isCloseTo(14.0 / 25.0 * 14.0 / 15.0, within(1e-12));
    }

    @Test
    void fernandoAndGarthAreClosestInTheKite() {
        // networkx 0.642857: 9 others at distances summing to 14. Jane: 9/29.
        var kite = TestNetworks.load("kite").graph();

        var closeness = new ClosenessCentrality<>(kite, 2);

        assertThat(closeness.score("Fernando")).isCloseTo(9.0 / 14.0, within(1e-12));
        assertThat(closeness.score("Garth")).isCloseTo(9.0 / 14.0, within(1e-12));
        assertThat(closeness.score("Diane")).isCloseTo(0.6, within(1e-12));
        assertThat(closeness.score("Heather")).isCloseTo(0.6, within(1e-12));
        assertThat(closeness.score("Jane")).isCloseTo(9.0 / 29.0, within(1e-12));
    }

    @Test
    void weightedClosenessUsesMinusLogProbabilityDistances() {
        // Ann-Bob p .85, Bob-Cy p .85, Ann-Cy p .15: Ann reaches Cy through Bob.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "Ann", "Bob", 5);
        TestNetworks.tie(graph, "Bob", "Cy", 5);
        TestNetworks.tie(graph, "Ann", "Cy", 1);
        double strong = -Math.log(0.85);

        var closeness = new ClosenessCentrality<>(graph, Tie::probability);

        assertThat(closeness.score("Ann")).isCloseTo(2.0 / (strong + 2 * strong), within(1e-12));
        assertThat(closeness.score("Bob")).isCloseTo(2.0 / (2 * strong), within(1e-12));
    }
}
