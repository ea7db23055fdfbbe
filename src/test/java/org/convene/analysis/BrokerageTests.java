package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.junit.jupiter.api.Test;

class BrokerageTests {

    private static Brokerage<String, Tie> brokerage(Graph<String, Tie> graph, Map<String, String> groups) {
        return new Brokerage<>(graph, groups::get);
    }

    @Test
    void anEmptyGraphHasNoBrokers() {
        assertThat(brokerage(TestNetworks.emptyGraph(), Map.of()).getScores()).isEmpty();
    }

    @Test
    void aLonePersonBrokersNothing() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");

        var brokerage = brokerage(graph, Map.of("Ann", "faith"));

        assertThat(brokerage.rolesOf("Ann")).isEqualTo(BrokerageRoles.NONE);
        assertThat(brokerage.sectorsConnectedBy("Ann")).isEmpty();
    }

    @Test
    void twoUnconnectedPeopleBrokerNothing() {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        graph.addVertex("Ann");
        graph.addVertex("Bob");

        assertThat(brokerage(graph, Map.of()).getScores())
                .containsEntry("Ann", 0.0)
                .containsEntry("Bob", 0.0);
    }

    @Test
    void brokeringWithinOnesOwnSectorIsCoordination() {
        var brokerage = brokerage(TestNetworks.graphOf("a-b", "b-c"), Map.of("a", "faith", "b", "faith", "c", "faith"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(1, 0, 0, 0));
        assertThat(brokerage.score("b")).isZero();
        assertThat(brokerage.sectorsConnectedBy("b")).isEmpty();
    }

    @Test
    void brokeringBetweenOnesOwnSectorAndAnotherIsGatekeeping() {
        var brokerage = brokerage(
                TestNetworks.graphOf("a-b", "b-c"),
                Map.of("a", "district-schools", "b", "district-schools", "c", "faith"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(0, 1, 0, 0));
        assertThat(brokerage.score("b")).isEqualTo(1.0);
        assertThat(brokerage.sectorsConnectedBy("b")).containsExactly("district-schools", "faith");
    }

    @Test
    void representationIsTheSameRoleAsGatekeepingWithoutDirections() {
        var brokerage = brokerage(
                TestNetworks.graphOf("a-b", "b-c"),
                Map.of("a", "faith", "b", "district-schools", "c", "district-schools"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(0, 1, 0, 0));
    }

    @Test
    void brokeringWithinAnotherSectorIsConsulting() {
        var brokerage =
                brokerage(TestNetworks.graphOf("a-b", "b-c"), Map.of("a", "faith", "b", "health", "c", "faith"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(0, 0, 1, 0));
        assertThat(brokerage.sectorsConnectedBy("b")).containsExactly("faith");
    }

    @Test
    void brokeringAcrossThreeSectorsIsLiaison() {
        var brokerage =
                brokerage(TestNetworks.graphOf("a-b", "b-c"), Map.of("a", "faith", "b", "health", "c", "housing"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(0, 0, 0, 1));
        assertThat(brokerage.sectorsConnectedBy("b")).containsExactly("faith", "housing");
    }

    @Test
    void theEndsOfAPathBrokerNothing() {
        var brokerage =
                brokerage(TestNetworks.graphOf("a-b", "b-c"), Map.of("a", "faith", "b", "health", "c", "housing"));

        assertThat(brokerage.rolesOf("a")).isEqualTo(BrokerageRoles.NONE);
        assertThat(brokerage.rolesOf("c")).isEqualTo(BrokerageRoles.NONE);
    }

    @Test
    void contactsWhoKnowEachOtherNeedNoBroker() {
        var brokerage = brokerage(
                TestNetworks.graphOf("a-b", "b-c", "a-c"), Map.of("a", "faith", "b", "health", "c", "housing"));

        assertThat(brokerage.rolesOf("b")).isEqualTo(BrokerageRoles.NONE);
        assertThat(brokerage.sectorsConnectedBy("b")).isEmpty();
    }

    @Test
    void peopleWithoutASectorShareItWithNobody() {
        // Each missing sector is its own group, named "unknown": b brokers a liaison pair.
        var brokerage = new Brokerage<>(TestNetworks.graphOf("a-b", "b-c"), person -> null);

        assertThat(brokerage.rolesOf("b")).isEqualTo(new BrokerageRoles(0, 0, 0, 1));
        assertThat(brokerage.sectorsConnectedBy("b")).containsExactly(Brokerage.UNKNOWN_SECTOR);
    }

    @Test
    void aHubCountsEveryUntiedPairOfContactsOnce() {
        // Hub h (health) with contacts f1, f2 (faith), s1 (health), x (housing); f1-f2 tied.
        // Pairs: f1-f2 tied (not brokered); f1-s1, f2-s1, s1-x gatekeeper (3);
        // f1-x, f2-x liaison (2); no consultant pair left; no coordinator pair.
        var graph = TestNetworks.graphOf("h-f1", "h-f2", "h-s1", "h-x", "f1-f2");
        var brokerage =
                brokerage(graph, Map.of("h", "health", "f1", "faith", "f2", "faith", "s1", "health", "x", "housing"));

        assertThat(brokerage.rolesOf("h")).isEqualTo(new BrokerageRoles(0, 3, 0, 2));
        assertThat(brokerage.score("h")).isEqualTo(5.0);
        assertThat(brokerage.sectorsConnectedBy("h")).containsExactly("faith", "health", "housing");
    }

    @Test
    void inTheKarateClubTheRolesMatchAPairByPairCount() {
        var karate = TestNetworks.load("karate");
        var brokerage = new Brokerage<>(karate.graph(), karate::sector);

        for (String b : karate.graph().vertexSet()) {
            assertThat(brokerage.rolesOf(b)).as(b).isEqualTo(countPairByPair(karate.graph(), karate::sector, b));
        }
        // Mr. Hi (0) has 16 contacts, all of his faction but 31; 18 of their 120 pairs are tied
        // (networkx clustering 0.15 = 18 / 120), none of them with 31. So he brokers 102 pairs:
        // the 15 with 31 as gatekeeper, the other 87 as coordinator.
        assertThat(brokerage.rolesOf("0")).isEqualTo(new BrokerageRoles(87, 15, 0, 0));
    }

    /** The definition, pair by pair. */
    private static BrokerageRoles countPairByPair(Graph<String, Tie> graph, Function<String, String> group, String b) {
        List<String> contacts = Graphs.neighborListOf(graph, b);
        long coordinator = 0;
        long gatekeeper = 0;
        long consultant = 0;
        long liaison = 0;
        for (int i = 0; i < contacts.size(); i++) {
            for (int j = i + 1; j < contacts.size(); j++) {
                String a = contacts.get(i);
                String c = contacts.get(j);
                if (graph.containsEdge(a, c)) {
                    continue;
                }
                String ga = group.apply(a);
                String gb = group.apply(b);
                String gc = group.apply(c);
                boolean aSame = Objects.equals(ga, gb);
                boolean cSame = Objects.equals(gc, gb);
                if (aSame && cSame) {
                    coordinator++;
                } else if (aSame != cSame) {
                    gatekeeper++;
                } else if (Objects.equals(ga, gc)) {
                    consultant++;
                } else {
                    liaison++;
                }
            }
        }
        return new BrokerageRoles(coordinator, gatekeeper, consultant, liaison);
    }
}
