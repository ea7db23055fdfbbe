package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.system.Today;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Dated history through the API: one interval per tie, affiliation and membership, back-dated
 * stage changes, the ratings, and today's network reading only what is in force today.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Hist ")
class DatedHistoryApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Today today;

    String ana;
    String ben;

    @BeforeEach
    void twoPeople() {
        ana = create(Map.of("name", "Zz Hist Ana", "coalition", true));
        ben = create(Map.of("name", "Zz Hist Ben", "stage", "early majority"));
    }

    private Api editor() {
        return Api.on(port).asEditor();
    }

    private String create(Map<String, Object> person) {
        var answer = editor().post("/api/people", person);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    private JsonNode person(String id) {
        return Api.on(port).asViewer().get("/api/people/" + id).json();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static String field(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().get("errors").get(0).get("field").asString();
    }

    // ---- membership ----

    @Test
    void leavingKeepsTheJoinDateAndSetsTheLeavingDateToToday() {
        String joined = person(ana).get("joinedAt").asString();
        assertThat(joined).isEqualTo(today.date().toString());

        var left = editor().put("/api/people/" + ana, Map.of("name", "Zz Hist Ana", "coalition", false));

        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().get("coalition").asBoolean()).isFalse();
        assertThat(left.json().get("joinedAt").asString()).isEqualTo(joined);
        assertThat(left.json().get("leftAt").asString()).isEqualTo(today.date().toString());
    }

    @Test
    void rejoiningClearsTheLeavingDateAndKeepsTheFirstJoinDate() {
        editor().put("/api/people/" + ana, Map.of("name", "Zz Hist Ana", "coalition", false));

        var back = editor().put("/api/people/" + ana, Map.of("name", "Zz Hist Ana", "coalition", true));

        assertThat(back.json().get("coalition").asBoolean()).isTrue();
        assertThat(back.json().get("joinedAt").asString())
                .isEqualTo(today.date().toString());
        assertThat(back.json().get("leftAt").isNull()).isTrue();
    }

    // ---- stages ----

    @Test
    void aBackDatedStageChangeGoesIntoTheHistoryBeforeTheCurrentStage() {
        var answer = editor().post(
                        "/api/people/" + ben + "/stages",
                        Map.of("stage", "skeptic", "note", "first meeting", "at", "2025-03-01"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode stages = answer.json().get("stages");
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0).get("stage").asString()).isEqualTo("skeptic");
        assertThat(Instant.parse(stages.get(0).get("at").asString()))
                .isEqualTo(LocalDate.of(2025, 3, 1).atStartOfDay(today.zone()).toInstant());
        assertThat(stages.get(1).get("stage").asString()).isEqualTo("early majority");
        assertThat(answer.json().get("stage").asString()).isEqualTo("early majority");
    }

    @Test
    void theCurrentStageIsTheLatestChangeByDateWhateverOrderTheyCameIn() {
        editor().post("/api/people/" + ana + "/stages", Map.of("stage", "skeptic", "at", "2025-03-01"));
        var later =
                editor().post("/api/people/" + ana + "/stages", Map.of("stage", "late majority", "at", "2025-09-01"));
        assertThat(later.json().get("stage").asString()).isEqualTo("late majority");

        var between = editor().post("/api/people/" + ana + "/stages", Map.of("stage", "innovator", "at", "2025-05-01"));

        assertThat(between.json().get("stage").asString()).isEqualTo("late majority");
        assertThat(between.json().get("stages"))
                .extracting(c -> c.get("stage").asString())
                .containsExactly("skeptic", "innovator", "late majority");
    }

    @Test
    void aStageChangeDatedAfterTodayIsRefusedNamingAt() {
        var answer = editor().post(
                        "/api/people/" + ben + "/stages",
                        Map.of(
                                "stage",
                                "skeptic",
                                "at",
                                today.date().plusDays(1).toString()));

        assertThat(field(answer)).isEqualTo("at");
        assertThat(person(ben).get("stages")).hasSize(1);
    }

    @Test
    void aStageChangeDatedWithSomethingThatIsNotADateIsRefusedNamingAt() {
        assertThat(field(editor().post("/api/people/" + ben + "/stages", Map.of("stage", "skeptic", "at", "March"))))
                .isEqualTo("at");
    }

    // ---- ties ----

    @Test
    void reAddingAnEndedTieClearsItsUntilAndKeepsItsFirstSince() {
        var ended = editor().post(
                        "/api/ties", Map.of("from", ana, "to", ben, "since", "2020-01-15", "until", "2024-12-31"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(201);
        assertThat(ended.json().get("inForce").asBoolean()).isFalse();

        var again = editor().post("/api/ties", Map.of("from", ben, "to", ana, "since", "2025-06-01", "strength", 4));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asString())
                .isEqualTo(ended.json().get("id").asString());
        assertThat(again.json().get("since").asString()).isEqualTo("2020-01-15");
        assertThat(again.json().get("until").isNull()).isTrue();
        assertThat(again.json().get("strength").asInt()).isEqualTo(4);
        assertThat(again.json().get("inForce").asBoolean()).isTrue();
        assertThat(Api.on(port).asViewer().get("/api/ties?person=" + ana).json())
                .hasSize(1);
    }

    @Test
    void aTieThatHasNotEndedIsStillAConflict() {
        editor().post(
                        "/api/ties",
                        Map.of(
                                "from",
                                ana,
                                "to",
                                ben,
                                "until",
                                today.date().plusDays(30).toString()));

        assertThat(editor().post("/api/ties", Map.of("from", ana, "to", ben)).status())
                .isEqualTo(409);
    }

    @Test
    void anUntilBeforeSinceIsRefusedNamingUntil() {
        assertThat(field(editor().post(
                                "/api/ties",
                                Map.of("from", ana, "to", ben, "since", "2025-03-01", "until", "2025-02-28"))))
                .isEqualTo("until");
    }

    @Test
    void anUntilThatIsNotADateIsRefusedNamingUntil() {
        assertThat(field(editor().post("/api/ties", Map.of("from", ana, "to", ben, "until", "later"))))
                .isEqualTo("until");
    }

    @Test
    void anEndedTieIsNotPartOfTodaysReachMetricsOrMap() {
        String tie = editor().post("/api/ties", Map.of("from", ana, "to", ben, "strength", 5, "until", "2025-01-01"))
                .json()
                .get("id")
                .asString();

        assertThat(reachPaths()).isZero();
        assertThat(degreeOf(ana)).isZero();
        assertThat(mapEdgesOf(ana)).isEmpty();

        // the same tie in force again: all three see it
        var reopened = editor().put("/api/ties/" + tie, Map.of("until", ""));
        assertThat(reopened.json().get("inForce").asBoolean()).isTrue();
        assertThat(reachPaths()).isEqualTo(1);
        assertThat(degreeOf(ana)).isEqualTo(1.0);
        assertThat(mapEdgesOf(ana)).containsExactly(tie);
    }

    @Test
    void aTieThatBeginsAfterTodayIsNotPartOfTodaysNetwork() {
        editor().post(
                        "/api/ties",
                        Map.of(
                                "from",
                                ana,
                                "to",
                                ben,
                                "since",
                                today.date().plusDays(1).toString()));

        assertThat(degreeOf(ana)).isZero();
    }

    private int reachPaths() {
        var answer = Api.on(port).asViewer().get("/api/reach?target=" + ben);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("paths").size();
    }

    private double degreeOf(String id) {
        for (JsonNode row :
                Api.on(port).asViewer().get("/api/metrics?measure=degree").json()) {
            if (row.get("id").asString().equals(id)) {
                return row.get("value").asDouble();
            }
        }
        throw new AssertionError(id + " is not in the metrics");
    }

    private List<String> mapEdgesOf(String id) {
        List<String> edges = new ArrayList<>();
        for (JsonNode edge :
                Api.on(port).asViewer().get("/api/map?focus=" + id).json().get("edges")) {
            if (edge.get("data").get("type").asString().equals("knows")) {
                edges.add(edge.get("data").get("id").asString());
            }
        }
        return edges;
    }

    // ---- affiliations ----

    @Test
    void anAffiliationCarriesItsDatesLeadershipAndPlaceInThePersonsOrder() {
        String clinic = organization("Zz Hist Clinic");
        String school = organization("Zz Hist Academy");

        var first = editor().post(
                        "/api/affiliations",
                        body(
                                "person",
                                ana,
                                "organization",
                                clinic,
                                "role",
                                "Director",
                                "since",
                                "2021-02-01",
                                "leads",
                                true));
        var second = editor().post("/api/affiliations", body("person", ana, "organization", school));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("leads").asBoolean()).isTrue();
        assertThat(first.json().get("since").asString()).isEqualTo("2021-02-01");
        assertThat(first.json().get("rank").asInt()).isZero();
        assertThat(second.json().get("rank").asInt()).isEqualTo(1);
        assertThat(second.json().get("leads").asBoolean()).isFalse();
    }

    @Test
    void anEndedAffiliationNoLongerListsThePersonUnderItsOrganization() {
        String clinic = organization("Zz Hist Clinic");
        String school = organization("Zz Hist Academy");
        var ended = editor().post(
                        "/api/affiliations",
                        body("person", ana, "organization", school, "since", "2015-01-01", "until", "2024-06-30"));
        editor().post("/api/affiliations", body("person", ana, "organization", clinic, "since", "2024-07-01"));

        assertThat(ended.json().get("inForce").asBoolean()).isFalse();
        assertThat(person(ana).get("organization").asString()).isEqualTo("Zz Hist Clinic");
        assertThat(person(ana).get("affiliations")).hasSize(2);
    }

    @Test
    void reAddingAnEndedAffiliationReopensItKeepingItsFirstSince() {
        String school = organization("Zz Hist Academy");
        var ended = editor().post(
                        "/api/affiliations",
                        body("person", ana, "organization", school, "since", "2015-01-01", "until", "2024-06-30"));

        var again =
                editor().post("/api/affiliations", body("person", ana, "organization", school, "since", "2025-09-01"));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asString())
                .isEqualTo(ended.json().get("id").asString());
        assertThat(again.json().get("since").asString()).isEqualTo("2015-01-01");
        assertThat(again.json().get("until").isNull()).isTrue();
        assertThat(person(ana).get("organization").asString()).isEqualTo("Zz Hist Academy");
    }

    @Test
    void anAffiliationEndingBeforeItBeginsIsRefusedNamingUntil() {
        String school = organization("Zz Hist Academy");

        assertThat(field(editor().post(
                                "/api/affiliations",
                                body(
                                        "person",
                                        ana,
                                        "organization",
                                        school,
                                        "since",
                                        "2025-01-01",
                                        "until",
                                        "2024-01-01"))))
                .isEqualTo("until");
    }

    private String organization(String name) {
        var answer = editor().post("/api/organizations", Map.of("name", name, "sector", "health", "level", "city"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    // ---- ratings ----

    @Test
    void aPersonsRatingsAreStoredShownAndClearedWithZero() {
        var rated = editor().put(
                        "/api/people/" + ben,
                        body(
                                "name",
                                "Zz Hist Ben",
                                "power",
                                4,
                                "urgency",
                                5,
                                "optimism",
                                2,
                                "collaboration",
                                3,
                                "openness",
                                1,
                                "noResources",
                                true));

        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        JsonNode json = rated.json();
        assertThat(List.of(
                        json.get("power").asInt(),
                        json.get("urgency").asInt(),
                        json.get("optimism").asInt(),
                        json.get("collaboration").asInt(),
                        json.get("openness").asInt()))
                .containsExactly(4, 5, 2, 3, 1);
        assertThat(json.get("noResources").asBoolean()).isTrue();

        var kept = editor().put("/api/people/" + ben, body("name", "Zz Hist Ben", "power", 0));
        assertThat(kept.json().get("power").isNull()).isTrue();
        assertThat(kept.json().get("urgency").asInt()).isEqualTo(5);
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedNamingIt() {
        assertThat(field(editor().put("/api/people/" + ben, body("name", "Zz Hist Ben", "power", 6))))
                .isEqualTo("power");
        assertThat(field(editor().put("/api/people/" + ben, body("name", "Zz Hist Ben", "openness", -1))))
                .isEqualTo("openness");
    }

    @Test
    void anOrganizationsResourcesAreStoredAndRefusedOutsideOneToFive() {
        String clinic = organization("Zz Hist Clinic");

        var rated = editor().put(
                        "/api/organizations/" + clinic,
                        body("name", "Zz Hist Clinic", "sector", "health", "resources", 4));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("resources").asInt()).isEqualTo(4);

        assertThat(field(editor().put(
                                "/api/organizations/" + clinic,
                                body("name", "Zz Hist Clinic", "sector", "health", "resources", 9))))
                .isEqualTo("resources");
    }
}
