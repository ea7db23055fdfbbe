package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.convene.analysis.InfluencePathsTests.index;

import java.util.List;

import org.convene.analysis.Introducers.Introducer;
import org.junit.jupiter.api.Test;

class IntroducersTests {

    @Test
    void aTargetWhoIsAMemberNeedsNoIntroducer() {
        CoalitionGraph graph = PathsTestNetworks.net()
                .members("Ana", "Tess")
                .tie("Ana", "Tess", 5)
                .build();

        assertThat(new Introducers(graph).of(index(graph, "Tess"), 4, List.of()))
                .isEmpty();
    }

    @Test
    void aDisconnectedTargetHasNoIntroducer() {
        CoalitionGraph graph =
                PathsTestNetworks.net().members("Ana").people("Tess").build();

        assertThat(new Introducers(graph).of(index(graph, "Tess"), 4, List.of()))
                .isEmpty();
    }

    @Test
    void eachMemberGetsTheirBestPathAndTheirNumberOfPaths() {
        CoalitionGraph graph = InfluencePathsTests.introducerNetwork();

        List<Introducer> introducers = new Introducers(graph).of(index(graph, "Tess"), 3, List.of());

        assertThat(introducers)
                .extracting(
                        i -> i.member().name(),
                        i -> i.bestPath().hops(),
                        Introducer::pathCount,
                        Introducer::countCapped)
                .containsExactly(tuple("Ana", 2, 4, false), tuple("Bob", 2, 2, false));
        assertThat(introducers.get(1).bestPath().probability()).isEqualTo(0.15);
    }

    @Test
    void theHopLimitAppliesToTheCount() {
        CoalitionGraph graph = InfluencePathsTests.introducerNetwork();

        List<Introducer> introducers = new Introducers(graph).of(index(graph, "Tess"), 2, List.of());

        assertThat(introducers)
                .extracting(i -> i.member().name(), Introducer::pathCount)
                .containsExactly(tuple("Ana", 2), tuple("Bob", 1));
    }

    @Test
    void avoidingAPersonRemovesTheirPathsFromTheCount() {
        CoalitionGraph graph = InfluencePathsTests.introducerNetwork();

        List<Introducer> introducers = new Introducers(graph).of(index(graph, "Tess"), 3, List.of(index(graph, "a")));

        assertThat(introducers)
                .extracting(i -> i.member().name(), Introducer::pathCount)
                .containsExactly(tuple("Ana", 1), tuple("Bob", 1));
    }

    @Test
    void countingStopsAtTheCapAndSaysSo() {
        // Ana - x1..x40 - each x to every y1..y40 - each y to Tess: 1,600 paths of three ties
        PathsTestNetworks.Net net = PathsTestNetworks.net().members("Ana").people("Tess");
        for (int i = 1; i <= 40; i++) {
            net.people("x" + i, "y" + i);
        }
        for (int i = 1; i <= 40; i++) {
            net.tie("Ana", "x" + i, 3).tie("y" + i, "Tess", 3);
            for (int j = 1; j <= 40; j++) {
                net.tie("x" + i, "y" + j, 3);
            }
        }
        CoalitionGraph graph = net.build();

        Introducer ana =
                new Introducers(graph).of(index(graph, "Tess"), 3, List.of()).get(0);

        assertThat(ana.pathCount()).isEqualTo(Introducers.COUNT_CAP);
        assertThat(ana.countCapped()).isTrue();
        assertThat(ana.bestPath().people())
                .extracting(CoalitionGraph.PersonRef::name)
                .containsExactly("Ana", "x1", "y1", "Tess");
    }
}
