package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.convene.analysis.CoalitionGraph.PersonRef;
import org.convene.analysis.SectorCoverage.Coverage;
import org.convene.analysis.SectorCoverage.EntryPoint;
import org.junit.jupiter.api.Test;

class SectorCoverageTests {

    private final CoalitionGraph riverside = PathsTestNetworks.load("riverside");

    @Test
    void anEmptyGraphListsEveryTaxonomySectorAsUnengaged() {
        CoalitionGraph graph =
                CoalitionGraph.builder().sectors(PathsTestNetworks.SECTORS).build();

        List<Coverage> coverage = new SectorCoverage(graph).sectors();

        assertThat(coverage)
                .extracting(Coverage::sector)
                .containsExactlyElementsOf(PathsTestNetworks.SECTORS.stream()
                        .map(CoalitionGraph.Sector::key)
                        .toList());
        assertThat(coverage)
                .allMatch(Coverage::unengaged)
                .allMatch(c -> c.entryPoints().isEmpty());
    }

    @Test
    void sectorsComeInChecklistOrderWithTheirTitles() {
        List<Coverage> coverage = new SectorCoverage(riverside).sectors();

        assertThat(coverage).hasSize(20);
        assertThat(coverage.get(0).sector()).isEqualTo("district-schools");
        assertThat(coverage.get(17).title()).isEqualTo("Faith communities");
    }

    @Test
    void aMemberCountsInTheSectorOfTheirOrganization() {
        Coverage health = sector(new SectorCoverage(riverside).sectors(), "health");

        assertThat(health.engaged()).isEqualTo(1);
        assertThat(health.members()).extracting(PersonRef::name).containsExactly("Dan Kim");
        assertThat(health.unengaged()).isFalse();
    }

    @Test
    void aMemberCountsInTheirOwnSectorAndEachOrganizationsSector() {
        CoalitionGraph graph = CoalitionGraph.builder()
                .sectors(PathsTestNetworks.SECTORS)
                .organization("o1", "Grace Church", "faith", "city")
                .organization("o2", "Harbor Bank", "business", "city")
                .person("p", "Ana", null, "Grace Church", Set.of("faith", "business", "families"), "faith", true, null)
                .affiliation("p", "o1")
                .affiliation("p", "o2")
                .build();

        List<Coverage> coverage = new SectorCoverage(graph).sectors();

        assertThat(coverage)
                .filteredOn(c -> !c.unengaged())
                .extracting(Coverage::sector)
                .containsExactly("families", "faith", "business");
    }

    @Test
    void aSectorWithoutMembersIsFlaggedUnengaged() {
        Coverage faith = sector(new SectorCoverage(riverside).sectors(), "faith");

        assertThat(faith.unengaged()).isTrue();
        assertThat(faith.members()).isEmpty();
    }

    @Test
    void entryPointsRankByTieStrengthThenDegreeThenLabelAndUntiedPeopleComeLast() {
        Coverage site = sector(new SectorCoverage(riverside).sectors(), "site-schools");

        // Ana: tied 4 to Maria and to Jamal (Jamal wins on label); Cal and Ben: tied 2,
        // Cal has 3 ties and Ben 2; Dee knows no member
        assertThat(site.entryPoints())
                .extracting(
                        e -> e.person().name(),
                        e -> e.via() == null ? null : e.via().name(),
                        EntryPoint::strength)
                .containsExactly(
                        tuple("Ana Ortiz", "Jamal Reed", 4),
                        tuple("Cal Diaz", "Dan Kim", 2),
                        tuple("Ben Carter", "Maria Lopez", 2),
                        tuple("Dee Fox", null, 0));
        assertThat(site.entryPoints().get(3).hasVia()).isFalse();
    }

    @Test
    void theEntryPointLimitCutsTheList() {
        Coverage site = sector(new SectorCoverage(riverside).sectors(2), "site-schools");

        assertThat(site.entryPoints()).extracting(e -> e.person().name()).containsExactly("Ana Ortiz", "Cal Diaz");
    }

    @Test
    void aNegativeEntryPointLimitIsRejected() {
        SectorCoverage coverage = new SectorCoverage(riverside);

        assertThatThrownBy(() -> coverage.sectors(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entryPointsPerSector");
    }

    @Test
    void membersAreNotEntryPoints() {
        Coverage district = sector(new SectorCoverage(riverside).sectors(), "district-schools");

        assertThat(district.entryPoints()).extracting(e -> e.person().name()).containsExactly("Hal Ito");
    }

    @Test
    void schoolsSectorsAreSplitByDistrictAndSiteLevel() {
        List<Coverage> coverage = new SectorCoverage(riverside).sectors();

        assertThat(sector(coverage, "district-schools").levels())
                .extracting(SectorCoverage.LevelCoverage::level, SectorCoverage.LevelCoverage::engaged)
                .containsExactly(tuple("district", 1), tuple("site", 0));
        assertThat(sector(coverage, "site-schools").levels())
                .extracting(SectorCoverage.LevelCoverage::engaged)
                .containsExactly(0, 0);
        assertThat(sector(coverage, "faith").levels()).isEmpty();
    }

    @Test
    void aSchoolsMemberCountsAtTheLevelOfTheirOrganization() {
        CoalitionGraph graph = CoalitionGraph.builder()
                .sectors(PathsTestNetworks.SECTORS)
                .organization("usd", "Unified District", "district-schools", "district")
                .organization("lincoln", "Lincoln Elementary", "site-schools", "site")
                .organization("adams", "Adams Middle", "site-schools", "site")
                .person("t", "Tom", "Teacher", "Lincoln Elementary", Set.of("site-schools"), "site-schools", true, null)
                .person("u", "Uma", "Principal", "Adams Middle", Set.of("site-schools"), "site-schools", true, null)
                .affiliation("t", "lincoln")
                .affiliation("u", "adams")
                .build();

        Coverage site = sector(new SectorCoverage(graph).sectors(), "site-schools");

        assertThat(site.levels())
                .extracting(SectorCoverage.LevelCoverage::level, SectorCoverage.LevelCoverage::engaged)
                .containsExactly(tuple("district", 0), tuple("site", 2));
        assertThat(site.levels().get(1).members()).extracting(PersonRef::name).containsExactly("Tom", "Uma");
    }

    @Test
    void gapsAreTheUnengagedSectors() {
        List<Coverage> gaps = new SectorCoverage(riverside).gaps(5);

        assertThat(gaps)
                .extracting(Coverage::sector)
                .doesNotContain("district-schools", "philanthropy", "health")
                .contains("site-schools", "faith", "business");
    }

    private static Coverage sector(List<Coverage> coverage, String key) {
        return coverage.stream().filter(c -> c.sector().equals(key)).findFirst().orElseThrow();
    }
}
