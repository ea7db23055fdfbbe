package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.convene.analysis.BridgeBuilder;
import org.convene.analysis.BrokerageRoles;
import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.CoalitionGraph.PersonRef;
import org.convene.analysis.InfluencePaths.Reach;
import org.convene.analysis.Introducers.Introducer;
import org.convene.analysis.RecruitNext.Recruit;
import org.junit.jupiter.api.Test;

class ExplanationsTests {

    private final CoalitionGraph graph = CoalitionGraph.builder()
            .sector("faith", "Faith communities")
            .sector("health", "Health")
            .sector("housing", "Housing")
            .sector("business", "Business")
            .sector("students", "Students")
            .person("ruth", "Ruth Hale", null, null, Set.of(), null, false, null)
            .person("tess", "Tess Lund", null, null, Set.of(), null, false, null)
            .build();

    private final PersonRef ruth = new PersonRef(0, "ruth", "Ruth Hale");
    private final PersonRef tess = new PersonRef(1, "tess", "Tess Lund");

    @Test
    void aRecruitsReasonsNameTheSectorsBroughtTheReachAddedAndTheSectorsConnected() {
        var recruit = new Recruit(ruth, 15, null, List.of("faith"), 1, List.of("health", "housing", "business"), 0);

        assertThat(Explanations.recruitReasons(graph, recruit))
                .containsExactly(
                        "would bring Faith communities to the table",
                        "puts 1 more person within two strong ties",
                        "connects Health, Housing and Business");
    }

    @Test
    void aRecruitWhoAddsNothingHasNoReasons() {
        var recruit = new Recruit(ruth, 0, null, List.of(), 0, List.of("health"), 0.24);

        assertThat(Explanations.recruitReasons(graph, recruit)).isEmpty();
    }

    @Test
    void aRecruitWithAQuarterOfTheHighestBetweennessLiesOnManyShortestPaths() {
        var recruit = new Recruit(ruth, 0.75, null, List.of(), 0, List.of(), 0.25);

        assertThat(Explanations.recruitReasons(graph, recruit))
                .containsExactly("lies on many shortest paths between other people");
    }

    @Test
    void aRecruitsReasonNamesThreeSectorsAndCountsTheRest() {
        var four = new Recruit(ruth, 40, null, List.of("faith", "health", "housing", "business"), 2, List.of(), 0);
        var five = new Recruit(
                ruth, 50, null, List.of("faith", "health", "housing", "business", "students"), 2, List.of(), 0);

        assertThat(Explanations.recruitReasons(graph, four))
                .first()
                .isEqualTo("would bring Faith communities, Health, Housing and 1 more sector to the table");
        assertThat(Explanations.recruitReasons(graph, five))
                .first()
                .isEqualTo("would bring Faith communities, Health, Housing and 2 more sectors to the table");
    }

    @Test
    void aBridgeBuilderIsExplainedByPairsSectorsRolesClustersAndWhoDependsOnThem() {
        var bridge = new BridgeBuilder<>(
                0,
                0.8,
                new BridgeBuilder.Parts(1, 1, 0.5, 1),
                12,
                0.4,
                new BrokerageRoles(1, 2, 0, 3),
                Set.of("health", "faith"),
                true,
                1);

        assertThat(Explanations.bridge(graph, bridge, List.of("faith", "health"), 3))
                .isEqualTo("Ruth Hale connects 5 pairs of people across sectors who do not know each other,"
                        + " spanning Faith communities and Health"
                        + " (liaison 3, gatekeeper/representative 2, consultant 0, coordinator 1)."
                        + " Their ties reach into 3 clusters of the network."
                        + " They are the only link for 1 person: without them those people are cut off from the rest.");
    }

    @Test
    void aBridgeBuilderWhoBrokersNothingAcrossSectorsSaysSo() {
        var bridge = new BridgeBuilder<>(
                0, 0, new BridgeBuilder.Parts(0, 0, 0, 0), 0, 1, BrokerageRoles.NONE, Set.of(), false, 0);

        assertThat(Explanations.bridge(graph, bridge, List.of(), 1))
                .isEqualTo("Ruth Hale brokers no pairs across sectors.");
    }

    @Test
    void aPathReadsAsWhoAsksWhomAndTheChance() {
        var people = List.of(new Ref("a", "Ada"), new Ref("b", "Bo"), new Ref("c", "Cy"));
        var steps = List.of(new ReachAnswer.Step(4, 0.7, "colleague"), new ReachAnswer.Step(3, 0.5, null));

        assertThat(Explanations.path(people, steps, 0.35))
                .isEqualTo("Ada asks Bo (strength 4, colleague), who asks Cy (strength 3):"
                        + " about a 35% chance the introduction happens.");
    }

    @Test
    void aReachWithoutPathsSaysWhy() {
        assertThat(Explanations.noPaths(reach(Reach.Status.TARGET_IS_MEMBER, List.of())))
                .isEqualTo("Tess Lund is already a coalition member.");
        assertThat(Explanations.noPaths(reach(Reach.Status.NO_MEMBERS, List.of())))
                .isEqualTo("The coalition has no members to start from.");
        assertThat(Explanations.noPaths(reach(Reach.Status.NO_PATH, List.of())))
                .isEqualTo("No coalition member is connected to Tess Lund.");
        assertThat(Explanations.noPaths(reach(Reach.Status.NO_PATH, List.of(new Reach.NearestMember(ruth, 3)))))
                .isEqualTo(
                        "No coalition member reaches Tess Lund within 2 ties; the nearest is Ruth Hale, 3 ties away.");
    }

    @Test
    void aReachWithPathsNeedsNoMessage() {
        assertThat(Explanations.noPaths(reach(Reach.Status.FOUND, List.of()))).isNull();
    }

    @Test
    void aCappedPathCountReadsAsAtLeast() {
        assertThat(Explanations.pathCount(new Introducer(ruth, null, 1000, true)))
                .isEqualTo("1000+");
        assertThat(Explanations.pathCount(new Introducer(ruth, null, 12, false)))
                .isEqualTo("12");
    }

    private Reach reach(Reach.Status status, List<Reach.NearestMember> nearest) {
        return new Reach(tess, status, List.of(), nearest, 2);
    }
}
