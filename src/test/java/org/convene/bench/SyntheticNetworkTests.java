package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.junit.jupiter.api.Test;

class SyntheticNetworkTests {

    @Test
    void theSameSeedGivesTheSameNetwork() {
        var first = SyntheticNetwork.generate(500, 2_000, 7);
        var second = SyntheticNetwork.generate(500, 2_000, 7);

        assertThat(SyntheticCsv.elements(second)).isEqualTo(SyntheticCsv.elements(first));
        assertThat(SyntheticCsv.connections(second)).isEqualTo(SyntheticCsv.connections(first));
        assertThat(SyntheticCsv.connections(SyntheticNetwork.generate(500, 2_000, 8)))
                .isNotEqualTo(SyntheticCsv.connections(first));
    }

    @Test
    void itHasExactlyTheTiesAskedForBetweenDistinctPeople() {
        CoalitionGraph graph = SyntheticNetwork.generate(1_000, 5_000, 1).toGraph();

        assertThat(graph.personCount()).isEqualTo(1_000);
        assertThat(graph.tieCount()).isEqualTo(5_000); // the builder merges repeated pairs, so none repeat
        for (int t = 0; t < graph.tieCount(); t++) {
            assertThat(graph.tieSource(t)).isNotEqualTo(graph.tieTarget(t));
        }
    }

    @Test
    void degreesAreHeavyTailedAndAboutTwoPercentAreMembers() {
        CoalitionGraph graph = SyntheticNetwork.generate(5_000, 25_000, 3).toGraph();

        int highest = 0;
        for (int p = 0; p < graph.personCount(); p++) {
            highest = Math.max(highest, graph.degree(p));
        }
        assertThat(highest).as("a hub, far above the mean degree of 10").isGreaterThan(100);
        assertThat(graph.memberCount()).isBetween(60, 140);
    }

    @Test
    void strengthsLeanTowardsAcquaintances() {
        CoalitionGraph graph = SyntheticNetwork.generate(2_000, 20_000, 5).toGraph();

        int[] count = new int[6];
        for (int t = 0; t < graph.tieCount(); t++) {
            count[graph.strength(t)]++;
        }
        assertThat(count[1] + count[2]).isGreaterThan(count[4] + count[5]);
        assertThat(count[5]).isPositive().isLessThan(count[1]);
    }

    @Test
    void theCsvFilesHoldARowPerElementAndTie() {
        var network = SyntheticNetwork.generate(300, 900, 11);

        String elements = new String(SyntheticCsv.elements(network), StandardCharsets.UTF_8);
        String connections = new String(SyntheticCsv.connections(network), StandardCharsets.UTF_8);
        assertThat(elements.lines().count() - 1).isEqualTo(300 + network.organizations());
        assertThat(connections.lines().count() - 1).isEqualTo(900);
        assertThat(network.rows()).isEqualTo(300 + network.organizations() + 900);
        Set<String> labels = new HashSet<>();
        elements.lines()
                .skip(1)
                .forEach(line -> assertThat(labels.add(line.split(",")[0])).isTrue());
        assertThat(new String(SyntheticCsv.connections(network, 100, 200), StandardCharsets.UTF_8)
                                .lines()
                                .count()
                        - 1)
                .isEqualTo(100);
    }

    @Test
    void theBenchsTuningsSpelledOutGiveTheSameNetwork() {
        var tuned = NetworkGenerator.of(500, 2_000)
                .members(0.02)
                .strengthPercent(25, 30, 25, 13, 7)
                .unsectored(0)
                .generate(7);
        var plain = SyntheticNetwork.generate(500, 2_000, 7);

        assertThat(SyntheticCsv.elements(tuned)).isEqualTo(SyntheticCsv.elements(plain));
        assertThat(SyntheticCsv.connections(tuned)).isEqualTo(SyntheticCsv.connections(plain));
    }

    @Test
    void aTinyNetworkCanTieEveryPair() {
        CoalitionGraph graph =
                NetworkGenerator.of(6, 15).upToEveryPair().generate(3).toGraph();

        assertThat(graph.tieCount()).isEqualTo(15);
        for (int p = 0; p < 6; p++) {
            assertThat(graph.degree(p)).isEqualTo(5);
        }
    }

    @Test
    void membersAndStrengthsFollowTheTunedShares() {
        CoalitionGraph graph = NetworkGenerator.of(1_000, 3_000)
                .members(0.25)
                .strengthPercent(0, 1, 1, 0, 0)
                .generate(9)
                .toGraph();

        assertThat(graph.memberCount()).isBetween(200, 300);
        for (int t = 0; t < graph.tieCount(); t++) {
            assertThat(graph.strength(t)).isIn(2, 3);
        }
    }

    @Test
    void unsectoredPeopleHaveNeitherASectorNorAnOrganization() {
        var network = NetworkGenerator.of(1_000, 3_000).unsectored(0.2).generate(4);
        CoalitionGraph graph = network.toGraph();

        int unsectored = 0;
        for (int p = 0; p < graph.personCount(); p++) {
            if (graph.primarySector(p) == null) {
                unsectored++;
                assertThat(graph.sectorKeys(p)).isEmpty();
                assertThat(graph.organizationsOf(p)).isEmpty();
            }
        }
        assertThat(unsectored).isBetween(150, 250);
        long blank = new String(SyntheticCsv.elements(network), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains(",Person,,,,"))
                .count();
        assertThat(blank).isEqualTo(unsectored);
    }

    @Test
    void impossibleSizesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticNetwork.generate(2, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticNetwork.generate(10, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticNetwork.generate(10, 40, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetworkGenerator.of(10, 46).upToEveryPair().generate(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetworkGenerator.of(10, 20).strengthPercent(1, 2, 3));
    }
}
