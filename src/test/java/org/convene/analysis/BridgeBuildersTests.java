package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class BridgeBuildersTests {

    @Test
    void anEmptyGraphHasNoBridgeBuilders() {
        var bridges = new BridgeBuilders<>(TestNetworks.emptyGraph(), person -> null);

        assertThat(bridges.ranking()).isEmpty();
        assertThat(bridges.top(5)).isEmpty();
    }

    @Test
    void aLonePersonBuildsNoBridges() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        var ann = new BridgeBuilders<>(graph, person -> "faith").of("Ann");

        assertThat(ann.score()).isZero();
        assertThat(ann.parts()).isEqualTo(new BridgeBuilder.Parts(0, 0, 0, 0));
        assertThat(ann.constraint()).isNaN();
        assertThat(ann.cutpoint()).isFalse();
        assertThat(ann.sectors()).isEmpty();
    }

    @Test
    void twoUnconnectedPeopleBuildNoBridges() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        assertThat(new BridgeBuilders<>(graph, person -> "faith").ranking())
                .allSatisfy(builder -> assertThat(builder.score()).isZero());
    }

    /**
     * Maria (site schools) knows three colleagues who all know each other, and one pastor, f1,
     * whose two congregants know each other.
     */
    private static Graph<String, Tie> schoolsAndFaith() {
        return TestNetworks.graphOf(
                "Maria-s1", "Maria-s2", "Maria-s3", "s1-s2", "s2-s3", "s1-s3", "Maria-f1", "f1-f2", "f1-f3", "f2-f3");
    }

    private static final Map<String, String> SECTORS = Map.of(
            "Maria",
            "site-schools",
            "s1",
            "site-schools",
            "s2",
            "site-schools",
            "s3",
            "site-schools",
            "f1",
            "faith",
            "f2",
            "faith",
            "f3",
            "faith");

    @Test
    void theOnePersonBetweenTwoSectorsIsTheTopBridgeBuilderAndSaysWhy() {
        // Maria: on all 9 school-faith paths (the most); brokers s1-f1, s2-f1, s3-f1 as
        // gatekeeper (the most); cuts off 3 (the most); constraint
        //   3 x (1/4 + 2 x 1/4 x 1/3)^2 + (1/4)^2 = 75/144 + 9/144 = 84/144.
        var bridges = new BridgeBuilders<>(schoolsAndFaith(), SECTORS::get);

        var maria = bridges.top(1).get(0);

        assertThat(maria.person()).isEqualTo("Maria");
        assertThat(maria.betweenness()).isCloseTo(9.0, within(1e-12));
        assertThat(maria.roles()).isEqualTo(new BrokerageRoles(0, 3, 0, 0));
        assertThat(maria.sectors()).containsExactly("faith", "site-schools");
        assertThat(maria.cutpoint()).isTrue();
        assertThat(maria.peopleCutOff()).isEqualTo(3);
        assertThat(maria.constraint()).isCloseTo(84.0 / 144.0, within(1e-12));
        assertThat(maria.parts().betweenness()).isEqualTo(1.0);
        assertThat(maria.parts().brokerage()).isEqualTo(1.0);
        assertThat(maria.parts().separation()).isEqualTo(1.0);
        assertThat(maria.parts().structuralHoles()).isCloseTo(60.0 / 144.0, within(1e-12));
        assertThat(maria.score()).isCloseTo(0.35 + 0.35 + 0.15 * 60.0 / 144.0 + 0.15, within(1e-12));
    }

    @Test
    void thePastorComesSecond() {
        // f1: betweenness 8 (Maria or a colleague to f2 or f3), 2 gatekeeper pairs, cuts off 2,
        // constraint 2 x (1/3 + 1/3 x 1/2)^2 + (1/3)^2 = 11/18.
        var bridges = new BridgeBuilders<>(schoolsAndFaith(), SECTORS::get);

        var pastor = bridges.top(2).get(1);

        assertThat(pastor.person()).isEqualTo("f1");
        assertThat(pastor.score())
                .isCloseTo(
                        0.35 * 8.0 / 9.0 + 0.35 * 2.0 / 3.0 + 0.15 * (1.0 - 11.0 / 18.0) + 0.15 * 2.0 / 3.0,
                        within(1e-12));
    }

    @Test
    void heatherIsTheKitesBridgeBuilder() {
        // The kite has no sectors, so every brokered pair spans "unknown" groups. Heather has the
        // highest betweenness (14) and cuts off the most (Ike and Jane, 2); she brokers 2 pairs
        // (Fernando-Ike, Garth-Ike) against Diane's 7; her constraint is 0.32 + 1/9.
        var kite = TestNetworks.load("kite").graph();

        var heather = new BridgeBuilders<>(kite, person -> null, 1).top(1).get(0);

        assertThat(heather.person()).isEqualTo("Heather");
        assertThat(heather.parts().betweenness()).isEqualTo(1.0);
        assertThat(heather.parts().brokerage()).isCloseTo(2.0 / 7.0, within(1e-12));
        assertThat(heather.parts().separation()).isEqualTo(1.0);
        assertThat(heather.score())
                .isCloseTo(0.35 + 0.35 * 2.0 / 7.0 + 0.15 * (1.0 - 0.32 - 1.0 / 9.0) + 0.15, within(1e-12));
    }

    @Test
    void theScoreIsTheWeightedSumOfItsParts() {
        var karate = TestNetworks.load("karate");

        for (var builder : new BridgeBuilders<>(karate.graph(), karate::sector, Tie::probability).ranking()) {
            var parts = builder.parts();
            assertThat(builder.score())
                    .isCloseTo(
                            BridgeBuilders.BETWEENNESS_WEIGHT * parts.betweenness()
                                    + BridgeBuilders.BROKERAGE_WEIGHT * parts.brokerage()
                                    + BridgeBuilders.STRUCTURAL_HOLES_WEIGHT * parts.structuralHoles()
                                    + BridgeBuilders.SEPARATION_WEIGHT * parts.separation(),
                            within(1e-12));
            assertThat(builder.score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void topNeverReturnsMoreThanEveryone() {
        var bridges = new BridgeBuilders<>(schoolsAndFaith(), SECTORS::get);

        assertThat(bridges.top(100)).hasSize(7);
        assertThat(bridges.top(0)).isEmpty();
        assertThatThrownBy(() -> bridges.top(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bridges.of("Zoe")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reusingMeasuresComputedElsewhereRanksExactlyAsComputingThem() {
        var karate = TestNetworks.load("karate");
        var graph = karate.graph();

        var computed = new BridgeBuilders<>(graph, karate::sector, 1).ranking();
        var reused = new BridgeBuilders<>(
                        graph,
                        new BetweennessCentrality<>(graph, 1),
                        new Brokerage<>(graph, karate::sector),
                        new Cutpoints<>(graph))
                .ranking();

        assertThat(reused).isEqualTo(computed);
    }
}
