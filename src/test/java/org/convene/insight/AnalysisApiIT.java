package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.convene.network.GraphVersion;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/** The outreach questions answered on the demo city, Halvern. */
@ConveneIntegrationTest
class AnalysisApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    @BeforeEach
    void seeWhatOtherTestsCleanedUpBehindTheAppsBack() {
        version.bump();
    }

    private JsonNode get(String path) {
        var answer = Api.on(port).asViewer().get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Set<String> members() {
        return new HashSet<>(neo4j.query("MATCH (p:Person {coalition: true}) RETURN p.id")
                .fetchAs(String.class)
                .all());
    }

    @Test
    void theSuperintendentPresetFindsTheStrongestChainsFromMembersFirst() {
        var reach = get("/api/reach?target=role:Superintendent&k=5");

        assertThat(reach.get("target").get("name").asString()).isEqualTo("Gordon Ashby");
        var paths = reach.get("paths");
        assertThat(paths).hasSize(5);
        var best = paths.get(0);
        assertThat(best.get("probability").asDouble()).isCloseTo(0.70 * 0.85, Offset.offset(1e-9));
        assertThat(best.get("hops").asInt()).isEqualTo(2);
        assertThat(names(best.get("people"))).containsExactly("Kenji Morrow", "Lionel Okereke", "Gordon Ashby");
        assertThat(best.get("ties").get(0).get("strength").asInt()).isEqualTo(4);
        assertThat(best.get("ties").get(1).get("strength").asInt()).isEqualTo(5);
        assertThat(best.get("explanation").asString()).startsWith("Kenji Morrow asks Lionel Okereke");

        Set<String> members = members();
        double previous = 1;
        for (JsonNode path : paths) {
            double probability = path.get("probability").asDouble();
            assertThat(probability).isLessThanOrEqualTo(previous + 1e-9);
            previous = probability;
            var people = path.get("people");
            assertThat(members).contains(people.get(0).get("id").asString());
            for (int i = 1; i < people.size(); i++) {
                assertThat(members).doesNotContain(people.get(i).get("id").asString());
            }
            assertThat(path.get("ties")).hasSize(path.get("hops").asInt());
            assertThat(path.get("hops").asInt()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void avoidingAPersonGivesTheNextBestChain() {
        var reach = get("/api/reach?target=Gordon%20Ashby&avoid=Lionel%20Okereke&k=1");
        var best = reach.get("paths").get(0);
        assertThat(names(best.get("people"))).containsExactly("Rosalind Kettering", "Vivian Ashcombe", "Gordon Ashby");
        assertThat(best.get("probability").asDouble()).isCloseTo(0.49, Offset.offset(1e-9));
    }

    @Test
    void aWriteThroughTheAppShowsInTheNextAnswer() {
        var editor = Api.on(port).asEditor();
        var tie = editor.post(
                "/api/ties", Map.of("from", "Kenji Morrow", "to", "Gordon Ashby", "strength", 5, "context", "alumni"));
        assertThat(tie.status()).isEqualTo(201);
        try {
            var best = get("/api/reach?target=Gordon%20Ashby&k=1").get("paths").get(0);
            assertThat(best.get("hops").asInt()).isEqualTo(1);
            assertThat(best.get("probability").asDouble()).isCloseTo(0.85, Offset.offset(1e-9));
        } finally {
            editor.delete("/api/ties/" + tie.json().get("id").asString());
        }
        assertThat(get("/api/reach?target=Gordon%20Ashby&k=1")
                        .get("paths")
                        .get(0)
                        .get("hops")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aRoleMatchingSeveralPeopleListsTheCandidates() {
        var answer = Api.on(port).asViewer().get("/api/reach?target=role:principal");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("candidates").size()).isGreaterThan(1);
        assertThat(answer.json().get("candidates").get(0).get("organization").asString())
                .isNotBlank();
    }

    @Test
    void badReachParametersAreRejected() {
        var viewer = Api.on(port).asViewer();
        assertThat(viewer.get("/api/reach?target=Nobody%20Known").status()).isEqualTo(404);
        assertThat(viewer.get("/api/reach?target=Nobody%20Known")
                        .json()
                        .get("error")
                        .asString())
                .contains("Nobody Known");
        assertThat(viewer.get("/api/reach?target=Gordon%20Ashby&k=0").status()).isEqualTo(400);
        assertThat(viewer.get("/api/reach?target=Gordon%20Ashby&k=51").status()).isEqualTo(400);
        assertThat(viewer.get("/api/reach?target=Gordon%20Ashby&maxHops=9").status())
                .isEqualTo(400);
        assertThat(viewer.get("/api/reach?target=Gordon%20Ashby&avoid=Gordon%20Ashby")
                        .status())
                .isEqualTo(400);
        var unknownAvoid = viewer.get("/api/reach?target=Gordon%20Ashby&avoid=Nobody%20Else");
        assertThat(unknownAvoid.status()).isEqualTo(404);
        assertThat(unknownAvoid.json().get("error").asString()).contains("Nobody Else");
    }

    @Test
    void aMemberTargetHasNoPathsAndSaysWhy() {
        var reach = get("/api/reach?target=Kenji%20Morrow");
        assertThat(reach.get("paths")).isEmpty();
        assertThat(reach.get("message").asString()).contains("already a coalition member");
    }

    @Test
    void anIsolatedNewcomerHasNoPathsAndSaysSo() {
        var reach = get("/api/reach?target=Ilse%20Marchetti");
        assertThat(reach.get("paths")).isEmpty();
        assertThat(reach.get("message").asString()).contains("No coalition member is connected");
    }

    @Test
    void introducersRankEachMembersBestChain() {
        var introducers = get("/api/reach/introducers?target=Gordon%20Ashby");
        assertThat(introducers.get(0).get("member").get("name").asString()).isEqualTo("Kenji Morrow");
        assertThat(introducers.get(0).get("pathCount").asInt()).isPositive();
    }

    @Test
    void metricsCoverEveryPersonHighestFirst() {
        long people = neo4j.query("MATCH (p:Person) RETURN count(p)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        for (String measure : List.of("degree", "betweenness", "closeness", "eigenvector", "brokerage")) {
            var scores = get("/api/metrics?measure=" + measure);
            assertThat(scores.size()).as(measure).isEqualTo(people);
            assertThat(scores.get(0).get("value").asDouble())
                    .isGreaterThanOrEqualTo(scores.get(1).get("value").asDouble());
        }
        var degree = get("/api/metrics?measure=degree");
        assertThat(degree.get(0).get("name").asString()).isEqualTo("Lorraine Batiste");
        assertThat(degree.get(0).get("value").asDouble()).isEqualTo(21.0);
        var weighted = get("/api/metrics?measure=degree&weighted=true");
        assertThat(weighted.get(0).get("value").asDouble()).isLessThan(21.0);
        assertThat(Api.on(port).asViewer().get("/api/metrics?measure=pagerank").status())
                .isEqualTo(400);
    }

    @Test
    void coverageFlagsTheThreeUnengagedSectorsWithEntryPoints() {
        var coverage = get("/api/coverage");
        assertThat(coverage).hasSize(20);
        List<String> unengaged = new ArrayList<>();
        coverage.forEach(sector -> {
            if (sector.get("unengaged").asBoolean()) {
                unengaged.add(sector.get("sector").asString());
                assertThat(sector.get("engaged").asInt()).isZero();
                assertThat(sector.get("entryPoints")).isNotEmpty();
            }
        });
        assertThat(unengaged).containsExactlyInAnyOrder("business", "students", "teachers-union");
        JsonNode teachersUnion = null;
        for (JsonNode sector : coverage) {
            if (sector.get("sector").asString().equals("teachers-union")) {
                teachersUnion = sector;
            }
        }
        var entries = teachersUnion.get("entryPoints");
        assertThat(entries.get(entries.size() - 1).has("via"))
                .as("those no member knows come last, without via")
                .isFalse();
        assertThat(get("/api/coverage?entryPoints=1").get(0).get("entryPoints")).hasSize(1);
        var district = coverage.get(0);
        assertThat(district.get("sector").asString()).isEqualTo("district-schools");
        assertThat(district.get("levels").get(0).get("level").asString()).isEqualTo("district");
        var entry = district.get("entryPoints").get(0);
        assertThat(entry.get("via").get("name").asString()).isNotBlank();
        assertThat(entry.get("strength").asInt()).isBetween(1, 5);
    }

    @Test
    void theNeighbourhoodsOnlyBridgeIsACutpointBridgeBuilder() {
        var bridges = get("/api/bridges?top=5");
        JsonNode odessa = null;
        for (JsonNode bridge : bridges) {
            if (bridge.get("name").asString().equals("Odessa Merriweather")) {
                odessa = bridge;
            }
        }
        assertThat(odessa).as("Odessa Merriweather among the top five").isNotNull();
        assertThat(odessa.get("cutpoint").asBoolean()).isTrue();
        assertThat(odessa.get("peopleCutOff").asInt()).isEqualTo(11);
        assertThat(odessa.get("explanation").asString()).contains("only link for 11 people");
        assertThat(odessa.get("sectors")).isNotEmpty();
        assertThat(odessa.get("roles").get("acrossSectors").asLong()).isPositive();
    }

    @Test
    void communitiesPartitionEveryoneWithAModularityForThatPartition() {
        var answer = get("/api/communities");
        long people = neo4j.query("MATCH (p:Person) RETURN count(p)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        Set<String> seen = new HashSet<>();
        answer.get("communities")
                .forEach(community -> community.forEach(
                        id -> assertThat(seen.add(id.asString())).isTrue()));
        assertThat(seen).hasSize((int) people);
        assertThat(answer.get("modularity").asDouble()).isBetween(0.3, 1.0);
    }

    @Test
    void recruitRanksNonMembersWithReasonsAndWhoShouldAsk() {
        var recruits = get("/api/recruit?top=10");
        assertThat(recruits).hasSize(10);
        Set<String> members = members();
        recruits.forEach(recruit -> {
            assertThat(members).doesNotContain(recruit.get("id").asString());
            assertThat(recruit.get("reasons")).isNotEmpty();
        });
        assertThat(recruits.get(0).get("reasons").get(0).asString()).startsWith("would bring");
        assertThat(recruits.get(0).get("approachVia").get("name").asString()).isNotBlank();
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(person -> names.add(person.get("name").asString()));
        return names;
    }
}
