package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.convene.analysis.CoalitionGraph.PersonRef;
import org.convene.analysis.InfluencePaths.Reach;
import org.junit.jupiter.api.Test;

class InfluencePathsTests {

    // ------------------------------------------------------------ degenerate cases

    @Test
    void aTargetOutsideTheGraphIsRejected() {
        InfluencePaths paths = new InfluencePaths(CoalitionGraph.builder().build());

        assertThatThrownBy(() -> paths.reach(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target");
    }

    @Test
    void aLonePersonHasNoCoalitionToBeReachedFrom() {
        CoalitionGraph graph = PathsTestNetworks.net().people("Tess").build();

        Reach reach = new InfluencePaths(graph).reach(0);

        assertThat(reach.status()).isEqualTo(Reach.Status.NO_MEMBERS);
        assertThat(reach.paths()).isEmpty();
    }

    @Test
    void withoutCoalitionMembersThereAreNoPaths() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .people("Ana", "Tess")
                .tie("Ana", "Tess", 5)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(reach.status()).isEqualTo(Reach.Status.NO_MEMBERS);
        assertThat(reach.paths()).isEmpty();
    }

    @Test
    void aTargetWhoIsAMemberNeedsNoPath() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana", "Tess")
                .tie("Ana", "Tess", 5)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(reach.status()).isEqualTo(Reach.Status.TARGET_IS_MEMBER);
        assertThat(reach.paths()).isEmpty();
    }

    @Test
    void kMustBeBetweenOneAndFifty() {
        CoalitionGraph graph = chain();
        InfluencePaths paths = new InfluencePaths(graph);

        assertThatThrownBy(() -> paths.reach(0, 0, 4, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("k ");
        assertThatThrownBy(() -> paths.reach(0, 51, 4, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("k ");
    }

    @Test
    void maxHopsMustBeBetweenOneAndEight() {
        CoalitionGraph graph = chain();
        InfluencePaths paths = new InfluencePaths(graph);

        assertThatThrownBy(() -> paths.reach(0, 5, 9, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxHops");
        assertThatThrownBy(() -> paths.reach(0, 5, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxHops");
    }

    @Test
    void avoidingTheTargetIsRejected() {
        CoalitionGraph graph = chain();
        int tess = index(graph, "Tess");

        assertThatThrownBy(() -> new InfluencePaths(graph).reach(tess, 5, 4, List.of(tess)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("avoid");
    }

    @Test
    void aDisconnectedTargetHasNoPathAndNoNearestMember() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("Bo", "Tess")
                .tie("Ana", "Bo", 5)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(reach.status()).isEqualTo(Reach.Status.NO_PATH);
        assertThat(reach.paths()).isEmpty();
        assertThat(reach.nearestMembers()).isEmpty();
    }

    @Test
    void aTargetBeyondTheHopLimitNamesTheNearestMembers() {
        CoalitionGraph graph = chain(); // Ana - b - c - Tess

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 5, 2, List.of());

        assertThat(reach.status()).isEqualTo(Reach.Status.NO_PATH);
        assertThat(reach.nearestMembers())
                .extracting(m -> m.member().name(), m -> m.hops())
                .containsExactly(Tuple.tuple("Ana", 3));
    }

    @Test
    void tiesGivenInBothDirectionsGiveOnePath() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("Tess")
                .tie("Ana", "Tess", 2)
                .tie("Tess", "Ana", 4)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(reach.paths()).hasSize(1);
        assertThat(reach.paths().get(0).probability()).isEqualTo(0.70);
    }

    // ------------------------------------------------------------ ranking

    @Test
    void aLongerPathOfStrongTiesBeatsAShortWeakOne() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("Bo", "Tess")
                .tie("Ana", "Tess", 1)
                .tie("Ana", "Bo", 5)
                .tie("Bo", "Tess", 5)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(reach.status()).isEqualTo(Reach.Status.FOUND);
        assertThat(names(reach)).containsExactly(List.of("Ana", "Bo", "Tess"), List.of("Ana", "Tess"));
        assertThat(reach.paths().get(0).probability()).isCloseTo(0.7225, within(1e-12));
        assertThat(reach.paths().get(0).hops()).isEqualTo(2);
        assertThat(reach.paths().get(1).probability()).isEqualTo(0.15);
    }

    @Test
    void aPathReportsItsTiesStrengthsAndContexts() {
        CoalitionGraph graph = CoalitionGraph.builder()
                .person("m", "Ana", null, null, null, null, true, null)
                .person("x", "Bo", null, null, null, null, false, null)
                .person("t", "Tess", null, null, null, null, false, null)
                .tie("m", "x", 4, "colleague")
                .tie("x", "t", 3, "board")
                .build();

        InfluencePath path = new InfluencePaths(graph).reach(2).paths().get(0);

        assertThat(path.people())
                .containsExactly(
                        new PersonRef(0, "m", "Ana"), new PersonRef(1, "x", "Bo"), new PersonRef(2, "t", "Tess"));
        assertThat(path.ties())
                .extracting(InfluencePath.Step::strength, InfluencePath.Step::context)
                .containsExactly(Tuple.tuple(4, "colleague"), Tuple.tuple(3, "board"));
        assertThat(path.probability()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void equalProbabilitiesRankFewerHopsFirstWhateverTheLabels() {
        // Zed - Tess: 0.15 in one hop; Ana - x - Tess: 0.30 * 0.50 = 0.15 in two
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Zed", "Ana")
                .people("x", "Tess")
                .tie("Ana", "x", 2)
                .tie("x", "Tess", 3)
                .tie("Zed", "Tess", 1)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(names(reach)).containsExactly(List.of("Zed", "Tess"), List.of("Ana", "x", "Tess"));
    }

    @Test
    void equalProbabilityAndHopsRankByLabelsMemberFirst() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Zed", "Ana")
                .people("c", "b", "Tess")
                .tie("Zed", "b", 4)
                .tie("b", "Tess", 4)
                .tie("Ana", "c", 4)
                .tie("c", "Tess", 4)
                .tie("Ana", "b", 4)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(names(reach))
                .containsExactly(List.of("Ana", "b", "Tess"), List.of("Ana", "c", "Tess"), List.of("Zed", "b", "Tess"));
    }

    @Test
    void onlyTheKBestPathsAreReturned() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("a", "b", "c", "Tess")
                .tie("Ana", "a", 5)
                .tie("a", "Tess", 5)
                .tie("Ana", "b", 4)
                .tie("b", "Tess", 4)
                .tie("Ana", "c", 3)
                .tie("c", "Tess", 3)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 2, 4, List.of());

        assertThat(names(reach)).containsExactly(List.of("Ana", "a", "Tess"), List.of("Ana", "b", "Tess"));
    }

    @Test
    void avoidingAPersonRemovesTheirPathAndTheNextBestAppears() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("b", "c", "Tess")
                .tie("Ana", "b", 5)
                .tie("b", "Tess", 5)
                .tie("Ana", "c", 4)
                .tie("c", "Tess", 4)
                .build();
        InfluencePaths paths = new InfluencePaths(graph);
        int tess = index(graph, "Tess");

        Reach before = paths.reach(tess, 1, 4, List.of());
        Reach after = paths.reach(tess, 1, 4, List.of(index(graph, "b")));

        assertThat(names(before)).containsExactly(List.of("Ana", "b", "Tess"));
        assertThat(names(after)).containsExactly(List.of("Ana", "c", "Tess"));
    }

    @Test
    void anAvoidedMemberStartsNoPath() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana", "Bob")
                .people("Tess")
                .tie("Ana", "Tess", 5)
                .tie("Bob", "Tess", 1)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 5, 4, List.of(index(graph, "Ana")));

        assertThat(names(reach)).containsExactly(List.of("Bob", "Tess"));
    }

    @Test
    void aPathNeverPassesThroughASecondMember() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana", "Bob")
                .people("Tess")
                .tie("Ana", "Bob", 5)
                .tie("Bob", "Tess", 1)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"));

        assertThat(names(reach)).containsExactly(List.of("Bob", "Tess"));
    }

    @Test
    void theHopLimitKeepsTheBestPathThatFitsNotTheBestPathOverall() {
        // best overall: Ana - a - b - x - Tess (0.85^4 = 0.522, 4 hops);
        // within 2 hops the best is Ana - x - Tess (0.30 * 0.85 = 0.255), even though the
        // shortest way to x by length runs through a and b
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("a", "b", "x", "Tess")
                .tie("Ana", "a", 5)
                .tie("a", "b", 5)
                .tie("b", "x", 5)
                .tie("x", "Tess", 5)
                .tie("Ana", "x", 2)
                .build();
        InfluencePaths paths = new InfluencePaths(graph);
        int tess = index(graph, "Tess");

        Reach wide = paths.reach(tess, 5, 4, List.of());
        Reach narrow = paths.reach(tess, 5, 2, List.of());

        assertThat(names(wide)).containsExactly(List.of("Ana", "a", "b", "x", "Tess"), List.of("Ana", "x", "Tess"));
        assertThat(names(narrow)).containsExactly(List.of("Ana", "x", "Tess"));
        assertThat(narrow.paths().get(0).probability()).isCloseTo(0.255, within(1e-12));
    }

    @Test
    void theHopLimitCountsTiesNotPeople() {
        CoalitionGraph graph = chain(); // Ana - b - c - Tess: three ties

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 5, 3, List.of());

        assertThat(names(reach)).containsExactly(List.of("Ana", "b", "c", "Tess"));
    }

    @Test
    void pathsAreLoopless() {
        // a triangle a-b-c hangs between Ana and Tess; no path may go round it
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana")
                .people("a", "b", "c", "Tess")
                .tie("Ana", "a", 5)
                .tie("a", "b", 5)
                .tie("b", "c", 5)
                .tie("c", "a", 5)
                .tie("c", "Tess", 5)
                .build();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 50, 8, List.of());

        assertThat(names(reach))
                .containsExactly(List.of("Ana", "a", "c", "Tess"), List.of("Ana", "a", "b", "c", "Tess"));
    }

    @Test
    void everyQualifyingPathIsFoundWhenKIsLarge() {
        // members Ana, Bob; interior a, b; four paths from Ana, two from Bob within 3 hops
        CoalitionGraph graph = introducerNetwork();

        Reach reach = new InfluencePaths(graph).reach(index(graph, "Tess"), 50, 3, List.of());

        assertThat(names(reach))
                .containsExactly(
                        List.of("Ana", "a", "Tess"), // .85 * .85 = .7225
                        List.of("Ana", "b", "Tess"), // .70 * .50 = .35
                        List.of("Ana", "b", "a", "Tess"), // .70 * .50 * .85 = .2975
                        List.of("Ana", "a", "b", "Tess"), // .85 * .50 * .50 = .2125
                        List.of("Bob", "b", "Tess"), // .30 * .50 = .15
                        List.of("Bob", "b", "a", "Tess")); // .30 * .50 * .85 = .1275
    }

    static CoalitionGraph introducerNetwork() {
        return PathsTestNetworks.net()
                .members("Ana", "Bob")
                .people("a", "b", "Tess")
                .tie("Ana", "a", 5)
                .tie("Ana", "b", 4)
                .tie("a", "Tess", 5)
                .tie("b", "Tess", 3)
                .tie("a", "b", 3)
                .tie("Bob", "b", 2)
                .build();
    }

    private static CoalitionGraph chain() {
        return PathsTestNetworks.net()
                .members("Ana")
                .people("b", "c", "Tess")
                .tie("Ana", "b", 4)
                .tie("b", "c", 4)
                .tie("c", "Tess", 4)
                .build();
    }

    static int index(CoalitionGraph graph, String id) {
        return graph.indexOf(id).orElseThrow();
    }

    private static List<List<String>> names(Reach reach) {
        return reach.paths().stream()
                .map(p -> p.people().stream().map(PersonRef::name).toList())
                .toList();
    }
}
