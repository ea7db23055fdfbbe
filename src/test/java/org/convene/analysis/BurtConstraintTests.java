package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class BurtConstraintTests {

    @Test
    void anEmptyGraphHasNoScores() {
        assertThat(new BurtConstraint<>(TestNetworks.emptyGraph()).getScores()).isEmpty();
    }

    @Test
    void aLonePersonsConstraintIsUndefined() {
        // networkx returns nan for an isolated node.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        assertThat(new BurtConstraint<>(graph).score("Ann")).isNaN();
    }

    @Test
    void twoUnconnectedPeopleAreRankedLastWithUndefinedConstraint() {
        Graph<String, Tie> graph = TestNetworks.graphOf("Ann-Bob");
        graph.addVertex("Cy");

        var ranking = new BurtConstraint<>(graph).ranking();

        assertThat(ranking.get(2).vertex()).isEqualTo("Cy");
        assertThat(ranking.get(2).value()).isNaN();
        assertThat(ranking.get(0).value()).isEqualTo(1.0);
    }

    @Test
    void aSingleContactConstrainsCompletely() {
        assertThat(new BurtConstraint<>(TestNetworks.graphOf("Ann-Bob")).score("Ann"))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aClosedTriangleConstrainsMoreThanOne() {
        // Each contact: (1/2 + 1/2 * 1/2)^2 = 0.5625; two contacts: 1.125.
        var constraint = new BurtConstraint<>(TestNetworks.graphOf("a-b", "b-c", "a-c"));

        assertThat(constraint.score("a")).isCloseTo(1.125, within(1e-12));
    }

    @Test
    void theMiddleOfAPathSpansAHole() {
        assertThat(new BurtConstraint<>(TestNetworks.graphOf("a-b", "b-c")).score("b"))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void heathersConstraintInTheKite() {
        // Heather's contacts Fernando, Garth (5 ties each, tied to each other) and Ike (2 ties):
        //   Fernando: (1/3 + p(H,Garth) p(Garth,Fernando))^2 = (1/3 + 1/3 * 1/5)^2 = 0.16
        //   Garth:    the same, 0.16
        //   Ike:      (1/3)^2 = 1/9 (Ike knows neither Fernando nor Garth)
        // networkx constraint(krackhardt_kite_graph())[7] = 0.32 + 1/9 = 0.43111
        var kite = TestNetworks.load("kite").graph();

        var constraint = new BurtConstraint<>(kite);

        assertThat(constraint.score("Heather")).isCloseTo(0.32 + 1.0 / 9.0, within(1e-12));
        assertThat(constraint.score("Ike")).isCloseTo(0.5, within(1e-12));
        assertThat(constraint.score("Jane")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void weightedConstraintUsesTheShareOfTieProbability() {
        // Bob's ties: Ann .85, Cy .15, out of 1.0; Ann and Cy are not tied: .85^2 + .15^2.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "Ann", "Bob", 5);
        TestNetworks.tie(graph, "Bob", "Cy", 1);

        assertThat(new BurtConstraint<>(graph, Tie::probability).score("Bob")).isCloseTo(0.745, within(1e-12));
        assertThat(new BurtConstraint<>(graph).score("Bob")).isCloseTo(0.5, within(1e-12));
    }
}
