package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

class CoalitionGraphTests {

    @Test
    void anEmptyGraphHasNothingInIt() {
        CoalitionGraph graph = CoalitionGraph.builder().build();

        assertThat(graph.personCount()).isZero();
        assertThat(graph.tieCount()).isZero();
        assertThat(graph.memberCount()).isZero();
        assertThat(graph.asGraph().vertexSet()).isEmpty();
        assertThat(graph.indexOf("anyone")).isEmpty();
    }

    @Test
    void onePersonIsFoundByIdAndLabel() {
        CoalitionGraph graph = PathsTestNetworks.net().people("Ana").build();

        assertThat(graph.indexOf("Ana")).hasValue(0);
        assertThat(graph.peopleLabelled("Ana")).containsExactly(0);
        assertThat(graph.degree(0)).isZero();
    }

    @Test
    void anUnknownIdFindsNobody() {
        CoalitionGraph graph = PathsTestNetworks.net().people("Ana").build();

        assertThat(graph.indexOf("Bob")).isEmpty();
        assertThat(graph.lookup("Bob")).isEmpty();
    }

    @Test
    void labelsMatchCaseSensitively() {
        CoalitionGraph graph = PathsTestNetworks.net().people("Ana").build();

        assertThat(graph.peopleLabelled("ana")).isEmpty();
    }

    @Test
    void tiesGivenInBothDirectionsAreOneTieAndTheLaterWins() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .people("Ana", "Bob")
                .tie("Ana", "Bob", 2)
                .tie("Bob", "Ana", 5)
                .build();

        assertThat(graph.tieCount()).isEqualTo(1);
        assertThat(graph.strength(0)).isEqualTo(5);
        assertThat(graph.neighbours(0))
                .extracting(CoalitionGraph.Neighbour::person)
                .containsExactly(1);
    }

    @Test
    void tiesAndAffiliationsByIndexAreTheSameAsByIdAndCheckTheirIndices() {
        CoalitionGraph byIndex = CoalitionGraph.builder()
                .person("a", "Ana", null, null, null, null, false, null)
                .person("b", "Bo", null, null, null, null, true, null)
                .organization("o", "Org", null, null)
                .tie(0, 1, 2, "board")
                .tie(1, 0, 4, "alumni")
                .affiliation(0, 0)
                .build();
        CoalitionGraph byId = CoalitionGraph.builder()
                .person("a", "Ana", null, null, null, null, false, null)
                .person("b", "Bo", null, null, null, null, true, null)
                .organization("o", "Org", null, null)
                .tie("a", "b", 2, "board")
                .tie("b", "a", 4, "alumni")
                .affiliation("a", "o")
                .build();

        assertThat(byIndex.tie(0)).isEqualTo(byId.tie(0));
        assertThat(byIndex.tieCount()).isOne();
        assertThat(byIndex.organizationsOf(0)).isEqualTo(byId.organizationsOf(0));
        assertThatThrownBy(() -> CoalitionGraph.builder().tie(0, 1, 3, null))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> CoalitionGraph.builder()
                        .person("a", "Ana", null, null, null, null, false, null)
                        .affiliation(0, 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSelfTieIsRejected() {
        var net = PathsTestNetworks.net().people("Ana");

        assertThatThrownBy(() -> net.tie("Ana", "Ana", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStrengthOutsideOneToFiveIsRejected() {
        var net = PathsTestNetworks.net().people("Ana", "Bob");

        assertThatThrownBy(() -> net.tie("Ana", "Bob", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strength");
    }

    @Test
    void aTieToSomeoneNotAddedIsRejected() {
        var net = PathsTestNetworks.net().people("Ana");

        assertThatThrownBy(() -> net.tie("Ana", "Ghost", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ghost");
    }

    @Test
    void strengthsReadAsTheContractsProbabilities() {
        assertThat(List.of(1, 2, 3, 4, 5)).map(TieStrength::probability).containsExactly(0.15, 0.30, 0.50, 0.70, 0.85);
    }

    @Test
    void neighboursComeInIndexOrderWithStrengthAndContext() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Di", 4)
                .tie("Ana", "Bob", 1)
                .tie("Cy", "Ana", 3)
                .build();

        assertThat(graph.neighbours(0))
                .extracting(
                        CoalitionGraph.Neighbour::person,
                        CoalitionGraph.Neighbour::strength,
                        CoalitionGraph.Neighbour::context)
                .containsExactly(
                        Tuple.tuple(1, 1, "colleague"), Tuple.tuple(2, 3, "colleague"), Tuple.tuple(3, 4, "colleague"));
        assertThat(graph.tieBetween(3, 0)).isPresent();
        assertThat(graph.tieBetween(1, 2)).isEmpty();
    }

    @Test
    void aRoleMatchesExactlyBeforeItMatchesAsPartOfAnotherRole() {
        CoalitionGraph graph = CoalitionGraph.builder()
                .person("1", "Ana", "Assistant Superintendent", null, Set.of(), null, false, null)
                .person("2", "Bob", "Superintendent", null, Set.of(), null, false, null)
                .person("3", "Cy", "Board Chair", null, Set.of(), null, false, null)
                .build();

        assertThat(graph.peopleWithRole("superintendent")).containsExactly(1);
        assertThat(graph.peopleWithRole("CHAIR")).containsExactly(2);
        assertThat(graph.peopleWithRole("principal")).isEmpty();
    }

    @Test
    void theJGraphTViewHasPeopleAsVerticesAndTiesAsProbabilityWeightedEdges() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Bob", "Cy", 1)
                .build();

        Graph<Integer, Integer> view = graph.asGraph();

        assertThat(view.vertexSet()).containsExactly(0, 1, 2, 3);
        assertThat(view.edgeSet()).containsExactly(0, 1);
        assertThat(view.getEdge(1, 0)).isEqualTo(0);
        assertThat(view.getEdgeWeight(1)).isEqualTo(0.15);
        assertThat(view.edgesOf(1)).containsExactlyInAnyOrder(0, 1);
        assertThat(view.degreeOf(3)).isZero();
        assertThat(view.getType().isUndirected()).isTrue();
        assertThat(new ConnectivityInspector<>(view).connectedSets()).hasSize(2);
        assertThat(new DijkstraShortestPath<>(view).getPath(0, 2).getVertexList())
                .containsExactly(0, 1, 2);
    }

    @Test
    void theJGraphTViewIsReadOnly() {
        Graph<Integer, Integer> view =
                PathsTestNetworks.net().people("Ana", "Bob").build().asGraph();

        assertThatThrownBy(() -> view.addEdge(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withTieAddsATieAsIfItHadBeenBuiltIn() {
        CoalitionGraph before = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Cy", "Di", 1)
                .build();

        CoalitionGraph after = before.withTie("Di", "Bob", 4, "board");

        CoalitionGraph rebuilt = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Cy", "Di", 1)
                .tie("Bob", "Di", 4)
                .build();
        assertSameTies(after, rebuilt);
        assertThat(after.context(after.tieBetween(1, 3).getAsInt())).isEqualTo("board");
        assertThat(before.tieCount()).isEqualTo(2);
    }

    @Test
    void withTieBetweenTiedPeopleReplacesTheirTie() {
        CoalitionGraph before = PathsTestNetworks.net()
                .people("Ana", "Bob")
                .tie("Ana", "Bob", 5)
                .build();

        CoalitionGraph after = before.withTie("Bob", "Ana", 2, "family");

        assertThat(after.tieCount()).isEqualTo(1);
        assertThat(after.tie(0)).isEqualTo(new CoalitionGraph.Tie(0, 0, 1, 2, "family"));
    }

    @Test
    void withoutTieRemovesOnlyThatTie() {
        CoalitionGraph before = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Bob", "Cy", 3)
                .tie("Cy", "Di", 1)
                .build();

        CoalitionGraph after = before.withoutTie("Cy", "Bob");

        CoalitionGraph rebuilt = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Cy", "Di", 1)
                .build();
        assertSameTies(after, rebuilt);
    }

    @Test
    void withPersonAddsSomeoneWithoutTies() {
        CoalitionGraph before = PathsTestNetworks.net()
                .people("Ana", "Bob")
                .tie("Ana", "Bob", 5)
                .build();

        CoalitionGraph after = before.withPerson("Cy", "Cy", null, null, Set.of("faith"), null, true, null);

        assertThat(after.personCount()).isEqualTo(3);
        assertThat(after.indexOf("Cy")).hasValue(2);
        assertThat(after.members()).containsExactly(2);
        assertThat(after.degree(2)).isZero();
        assertSameTies(
                after.withTie("Cy", "Ana", 3, null),
                PathsTestNetworks.net()
                        .people("Ana", "Bob", "Cy")
                        .tie("Ana", "Bob", 5)
                        .tie("Ana", "Cy", 3)
                        .build());
    }

    @Test
    void withoutPersonRemovesThemAndTheirTies() {
        CoalitionGraph before = PathsTestNetworks.net()
                .people("Ana", "Bob", "Cy", "Di")
                .tie("Ana", "Bob", 5)
                .tie("Bob", "Cy", 3)
                .tie("Cy", "Di", 1)
                .tie("Ana", "Di", 2)
                .build();

        CoalitionGraph after = before.withoutPerson("Bob");

        CoalitionGraph rebuilt = PathsTestNetworks.net()
                .people("Ana", "Cy", "Di")
                .tie("Cy", "Di", 1)
                .tie("Ana", "Di", 2)
                .build();
        assertThat(after.indexOf("Bob")).isEmpty();
        assertThat(after.indexOf("Di")).hasValue(2);
        assertSameTies(after, rebuilt);
    }

    private static void assertSameTies(CoalitionGraph actual, CoalitionGraph expected) {
        assertThat(actual.personCount()).isEqualTo(expected.personCount());
        assertThat(actual.tieCount()).isEqualTo(expected.tieCount());
        for (int p = 0; p < expected.personCount(); p++) {
            assertThat(actual.personId(p)).isEqualTo(expected.personId(p));
            int person = p;
            assertThat(actual.neighbours(p))
                    .extracting(n -> List.of(
                            n.person(), n.strength(), actual.tie(n.tie()).other(person)))
                    .containsExactlyElementsOf(expected.neighbours(p).stream()
                            .map(n -> List.of(n.person(), n.strength(), n.person()))
                            .toList());
        }
    }

    /** A small network, built afresh each call; {@code change} names the one thing to differ. */
    private static CoalitionGraph network(String change) {
        CoalitionGraphBuilder b = CoalitionGraph.builder()
                .sector("health", "Health")
                .sector("faith", change.equals("sector title") ? "Faith communities" : "Faith")
                .person(
                        "a",
                        "Ana",
                        "Nurse",
                        "Clinic",
                        Set.of("health"),
                        "health",
                        true,
                        change.equals("stage") ? "early adopter" : "innovator")
                .person("b", change.equals("name") ? "Bea" : "Bo", null, null, Set.of(), null, false, null)
                .person("c", "Cy", "Pastor", "Church", Set.of("faith"), "faith", change.equals("member"), null)
                .organization("o", "Clinic", "health", change.equals("level") ? "city" : "site")
                .organization("p", "Church", "faith", null)
                .affiliation("a", "o")
                .affiliation("c", change.equals("affiliation") ? "o" : "p")
                .tie("a", "b", change.equals("strength") ? 4 : 3, "colleague")
                .tie("b", "c", 2, change.equals("context") ? "neighbour" : null);
        if (change.equals("tie")) {
            b.tie("a", "c", 1, null);
        }
        return b.build();
    }

    @Test
    void aGraphBuiltFromTheSameNetworkIsTheSameNetworkAndAnyChangeTheAnalysisReadsIsNot() {
        assertThat(network("").sameNetwork(network(""))).isTrue();
        for (String change : List.of(
                "sector title", "stage", "name", "member", "level", "affiliation", "strength", "context", "tie")) {
            assertThat(network("").sameNetwork(network(change))).as(change).isFalse();
            assertThat(network(change).sameNetwork(network("")))
                    .as(change + ", the other way")
                    .isFalse();
        }
    }
}
