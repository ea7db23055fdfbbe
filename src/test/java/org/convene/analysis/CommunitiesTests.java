package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class CommunitiesTests {

    @Test
    void anEmptyGraphHasNoCommunities() {
        var communities = new Communities<>(TestNetworks.emptyGraph());

        assertThat(communities.communities()).isEmpty();
        assertThat(communities.modularity()).isZero();
    }

    @Test
    void aLonePersonIsACommunity() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        assertThat(new Communities<>(graph).communities()).containsExactly(List.of("Ann"));
    }

    @Test
    void twoUnconnectedPeopleAreTwoCommunities() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        var communities = new Communities<>(graph);

        assertThat(communities.communities()).containsExactly(List.of("Ann"), List.of("Bob"));
        assertThat(communities.modularity()).isZero();
    }

    @Test
    void twoTrianglesJoinedByOneTieAreTwoCommunities() {
        // m = 7; each triangle has 3 inner ties and degree sum 7: Q = 2 (3/7 - (7/14)^2) = 5/14.
        var graph = TestNetworks.graphOf("a1-a2", "a2-a3", "a3-a1", "b1-b2", "b2-b3", "b3-b1", "a1-b1");

        var communities = new Communities<>(graph);

        assertThat(communities.communities()).containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
        assertThat(communities.modularity()).isCloseTo(5.0 / 14.0, within(1e-12));
    }

    @Test
    void isolatedPeopleFormACommunityEach() {
        var graph = TestNetworks.graphOf("a1-a2", "a2-a3", "a3-a1");
        graph.addVertex("loner");
        graph.addVertex("hermit");

        var communities = new Communities<>(graph).communities();

        assertThat(communities).containsExactly(List.of("a1", "a2", "a3"), List.of("loner"), List.of("hermit"));
    }

    @Test
    void theKarateClubSplitsNearTheKnownModularityOptimum() {
        // The proven optimum for Zachary's club is Q = 0.4198 (Brandes et al., 2008), four groups.
        var karate = TestNetworks.load("karate").graph();

        var communities = new Communities<>(karate);

        assertThat(communities.modularity()).isGreaterThanOrEqualTo(0.41).isLessThanOrEqualTo(0.41979 + 1e-5);
        assertThat(communities.communities().stream().mapToInt(List::size).sum())
                .isEqualTo(34);
        assertThat(Communities.modularityOf(karate, communities.communities()))
                .isCloseTo(communities.modularity(), within(1e-12));
    }

    @Test
    void theSameSeedGivesTheSamePartition() {
        var karate = TestNetworks.load("karate").graph();

        assertThat(new Communities<>(karate).communities()).isEqualTo(new Communities<>(karate).communities());
    }

    @Test
    void theFactionSplitHasItsPublishedModularity() {
        // The club's actual split into Mr. Hi's and the Officer's factions: networkx
        // modularity(G, [club1, club2]) == 0.3582 on the unweighted graph.
        var karate = TestNetworks.load("karate");
        var hi = karate.graph().vertexSet().stream()
                .filter(v -> karate.sector(v).equals("club-mr-hi"))
                .toList();
        var officer = karate.graph().vertexSet().stream()
                .filter(v -> karate.sector(v).equals("club-officer"))
                .toList();

        assertThat(Communities.modularityOf(karate.graph(), List.of(hi, officer)))
                .isCloseTo(0.3582, within(1e-4));
    }

    @Test
    void weightedModularityCountsTieProbabilities() {
        // Two strong pairs (p .85) joined by a weak tie (p .15): W = 1.85; each pair holds .85
        // inside and its people's strengths sum to .85 + (.85 + .15) = 1.85, half of 2W.
        // Q = 2 [.85 / 1.85 - (1.85 / 3.7)^2] = 0.41892.
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "a1", "a2", 5);
        TestNetworks.tie(graph, "b1", "b2", 5);
        TestNetworks.tie(graph, "a2", "b1", 1);

        var communities = new Communities<>(graph, Tie::probability);

        assertThat(communities.communities()).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(communities.modularity()).isCloseTo(2 * (0.85 / 1.85 - 0.25), within(1e-12));
    }

    @Test
    void everyoneBelongsToExactlyOneCommunity() {
        var florentine = TestNetworks.load("florentine").graph();
        florentine.addVertex("Pucci");

        var communities = new Communities<>(florentine).communities();

        assertThat(communities.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(florentine.vertexSet());
        assertThat(communities.get(communities.size() - 1)).isEqualTo(List.of("Pucci"));
        assertThat(Set.copyOf(communities).size()).isEqualTo(communities.size());
    }
}
