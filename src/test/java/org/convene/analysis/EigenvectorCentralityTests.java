package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.junit.jupiter.api.Test;

class EigenvectorCentralityTests {

    @Test
    void anEmptyGraphHasNoScores() {
        var eigenvector = new EigenvectorCentrality<>(TestNetworks.emptyGraph());

        assertThat(eigenvector.getScores()).isEmpty();
        assertThat(eigenvector.converged()).isTrue();
    }

    @Test
    void aLonePersonHasCentralityOne() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        assertThat(new EigenvectorCentrality<>(graph).score("Ann")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void peopleWithoutAnyTiesShareTheNormEqually() {
        // As networkx: A + I is the identity, so the start vector only gets rescaled to norm 1.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        var eigenvector = new EigenvectorCentrality<>(graph);

        assertThat(eigenvector.score("Ann")).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(eigenvector.score("Bob")).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(eigenvector.converged()).isTrue();
    }

    @Test
    void mediciIsTiedToTheBestTiedFamilies() {
        // networkx: eigenvector_centrality(florentine_families_graph())['Medici'] == 0.43031
        var florentine = TestNetworks.load("florentine").graph();

        var eigenvector = new EigenvectorCentrality<>(florentine);

        assertThat(eigenvector.score("Medici")).isCloseTo(0.43031, within(1e-4));
        assertThat(eigenvector.converged()).isTrue();
    }

    @Test
    void theScoresHaveEuclideanNormOne() {
        var karate = TestNetworks.load("karate").graph();

        double squares = new EigenvectorCentrality<>(karate)
                .getScores().values().stream().mapToDouble(v -> v * v).sum();

        assertThat(squares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theScoresAreTheLeadingEigenvectorOfTheAdjacencyMatrix() {
        // A x = lambda x, checked person by person with the Rayleigh quotient as lambda.
        var karate = TestNetworks.load("karate").graph();
        var x = new EigenvectorCentrality<>(karate, 1000, 1e-12).getScores();
        double lambda = 0.0;
        for (String u : karate.vertexSet()) {
            for (Tie t : karate.edgesOf(u)) {
                lambda += x.get(u) * x.get(Graphs.getOppositeVertex(karate, t, u));
            }
        }

        for (String u : karate.vertexSet()) {
            double ax = karate.edgesOf(u).stream()
                    .mapToDouble(t -> x.get(Graphs.getOppositeVertex(karate, t, u)))
                    .sum();
            assertThat(ax).isCloseTo(lambda * x.get(u), within(1e-6));
        }
        // The karate club's largest adjacency eigenvalue.
        assertThat(lambda).isCloseTo(6.7257, within(1e-4));
    }

    @Test
    void weightedCentralityUsesTieProbabilityAsWeight() {
        // A path Ann-Bob-Cy: with weights w1, w2, the leading eigenvector of A is
        // (w1, sqrt(w1^2 + w2^2), w2) / norm.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "Ann", "Bob", 5);
        TestNetworks.tie(graph, "Bob", "Cy", 1);

        var eigenvector = new EigenvectorCentrality<>(graph, Tie::probability, 1000, 1e-12);

        double middle = Math.hypot(0.85, 0.15);
        double norm = Math.sqrt(0.85 * 0.85 + middle * middle + 0.15 * 0.15);
        assertThat(eigenvector.score("Ann")).isCloseTo(0.85 / norm, within(1e-9));
        assertThat(eigenvector.score("Bob")).isCloseTo(middle / norm, within(1e-9));
        assertThat(eigenvector.score("Cy")).isCloseTo(0.15 / norm, within(1e-9));
    }

    @Test
    void notConvergingWithinTheLimitIsReportedNotThrown() {
        var karate = TestNetworks.load("karate").graph();

        var eigenvector = new EigenvectorCentrality<>(karate, 2, 1e-12);

        assertThat(eigenvector.converged()).isFalse();
        assertThat(eigenvector.iterations()).isEqualTo(2);
        assertThat(eigenvector.getScores()).hasSize(34);
    }
}
