package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.convene.analysis.RecruitNext.Recruit;
import org.junit.jupiter.api.Test;

class RecruitNextTests {

    private final CoalitionGraph riverside = PathsTestNetworks.load("riverside");

    @Test
    void anEmptyGraphHasNobodyToRecruit() {
        assertThat(new RecruitNext(CoalitionGraph.builder().build()).top(10)).isEmpty();
    }

    @Test
    void membersAreNeverRecruits() {
        List<Recruit> recruits = new RecruitNext(riverside).top(100);

        assertThat(recruits)
                .extracting(r -> r.person().name())
                .hasSize(9)
                .doesNotContain("Maria Lopez", "Jamal Reed", "Dan Kim");
    }

    @Test
    void aNegativeTopIsRejected() {
        assertThatThrownBy(() -> new RecruitNext(riverside).top(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("top");
    }

    @Test
    void recruitsRankByWhatTheyWouldAddThenByLabel() {
        List<Recruit> recruits = new RecruitNext(riverside).top(100);

        assertThat(recruits)
                .extracting(r -> r.person().name())
                .containsExactly(
                        "Ruth Hale",
                        "Gil Park",
                        "Ana Ortiz",
                        "Cal Diaz",
                        "Ben Carter",
                        "Eva Stone",
                        "Dee Fox",
                        "Fay Wong",
                        "Hal Ito");
    }

    @Test
    void theScoreAddsSectorsReachAndBridges() {
        Recruit ruth = new RecruitNext(riverside).top(1).get(0);

        // faith is unengaged (10), Fay comes within two strong ties (2 * log2(2) = 2),
        // neighbours in health, housing and business (1.5 * 2 = 3)
        assertThat(ruth.score()).isCloseTo(15.0, within(1e-9));
        assertThat(ruth.newSectors()).containsExactly("faith");
        assertThat(ruth.newlyWithinReach()).isEqualTo(1);
        assertThat(ruth.connectedSectors()).containsExactly("health", "housing", "business");
    }

    @Test
    void someoneInAnEngagedSectorBringsNoSector() {
        Recruit hal = new RecruitNext(riverside).top(100).get(8);

        assertThat(hal.person().name()).isEqualTo("Hal Ito");
        assertThat(hal.newSectors()).isEmpty();
        assertThat(hal.newlyWithinReach()).isZero();
        assertThat(hal.connectedSectors()).containsExactly("district-schools", "philanthropy");
    }

    @Test
    void theMemberWithTheStrongestDirectTieApproaches() {
        Recruit ruth = new RecruitNext(riverside).top(1).get(0);

        assertThat(ruth.approachVia().name()).isEqualTo("Dan Kim");
    }

    @Test
    void withoutADirectTieTheBestInfluencePathsMemberApproaches() {
        Recruit gil = new RecruitNext(riverside).top(2).get(1);

        assertThat(gil.person().name()).isEqualTo("Gil Park");
        assertThat(gil.approachVia().name()).isEqualTo("Dan Kim");
    }

    @Test
    void nobodyApproachesWhenNoMemberReachesThem() {
        CoalitionGraph graph =
                PathsTestNetworks.net().members("Ana").people("Bo").build();

        Recruit bo = new RecruitNext(graph).top(1).get(0);

        assertThat(bo.approachVia()).isNull();
        assertThat(bo.score()).isZero();
        assertThat(bo.newSectors()).isEmpty();
        assertThat(bo.newlyWithinReach()).isZero();
        assertThat(bo.connectedSectors()).isEmpty();
        assertThat(bo.relativeBetweenness()).isZero();
    }

    @Test
    void aGivenBetweennessAddsToTheBridgeValue() {
        CoalitionGraph graph =
                PathsTestNetworks.net().members("Ana").people("Bo", "Cy").build();
        int cy = graph.indexOf("Cy").orElseThrow();

        List<Recruit> recruits = new RecruitNext(graph, p -> p == cy ? 4.0 : 1.0).top(2);

        assertThat(recruits.get(0).person().name()).isEqualTo("Cy");
        assertThat(recruits.get(0).score()).isCloseTo(RecruitNext.BETWEENNESS_WEIGHT, within(1e-9));
        assertThat(recruits.get(0).relativeBetweenness()).isCloseTo(1.0, within(1e-9));
        assertThat(recruits.get(1).score()).isCloseTo(0.75, within(1e-9));
        assertThat(recruits.get(1).relativeBetweenness()).isCloseTo(0.25, within(1e-9));
    }
}
