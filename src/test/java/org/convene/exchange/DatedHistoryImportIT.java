package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.system.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The dated columns through the import, as stored and as today's network reads them. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Qh ")
class DatedHistoryImportIT {

    private static final String TWO_PEOPLE = """
            Label,Type,Coalition
            Qh Ada,Person,yes
            Qh Bo,Person,no
            """;

    @LocalServerPort
    int port;

    @Autowired
    Today today;

    private Api.Response importCsv(String elements, String connections) {
        return Api.on(port).asEditor().importCsv("/api/import", elements, connections);
    }

    private void imported(String elements, String connections) {
        var answer = importCsv(elements, connections);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private JsonNode person(String label) {
        for (JsonNode candidate : Api.on(port)
                .asViewer()
                .get("/api/people?q=" + label.replace(" ", "%20"))
                .json()) {
            if (candidate.get("name").asString().equals(label)) {
                return Api.on(port)
                        .asViewer()
                        .get("/api/people/" + candidate.get("id").asString())
                        .json();
            }
        }
        throw new AssertionError(label + " is not stored");
    }

    @Test
    void reImportingAnEndedTieWithABlankUntilReopensItKeepingItsFirstSince() {
        imported(TWO_PEOPLE, "From,To,Since,Until\nQh Ada,Qh Bo,2020-01-15,2024-12-31\n");
        assertThat(person("Qh Ada").get("ties").get(0).get("until").asString()).isEqualTo("2024-12-31");

        imported(TWO_PEOPLE, "From,To,Since,Until\nQh Bo,Qh Ada,2025-06-01,\n");

        JsonNode tie = person("Qh Ada").get("ties").get(0);
        assertThat(tie.get("since").asString()).isEqualTo("2020-01-15");
        assertThat(tie.get("until").isNull()).isTrue();
    }

    @Test
    void aSinceOnATieInForceReplacesTheStoredOne() {
        imported(TWO_PEOPLE, "From,To,Since\nQh Ada,Qh Bo,2020-01-15\n");

        imported(TWO_PEOPLE, "From,To,Since\nQh Ada,Qh Bo,2019-05-01\n");

        assertThat(person("Qh Ada").get("ties").get(0).get("since").asString()).isEqualTo("2019-05-01");
    }

    @Test
    void anUntilBeforeTheStoredSinceRejectsTheFileNamingItsRow() {
        imported(TWO_PEOPLE, "From,To,Since\nQh Ada,Qh Bo,2020-01-15\n");

        var answer = importCsv(TWO_PEOPLE, "From,To,Until\nQh Ada,Qh Bo,2019-12-31\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("connections");
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("Until");
        assertThat(person("Qh Ada").get("ties").get(0).get("until").isNull()).isTrue();
    }

    @Test
    void leavingThroughTheImportKeepsJoinedAndSetsLeftToToday() {
        imported("Label,Type,Coalition,Joined\nQh Ada,Person,yes,2024-09-01\n", CsvImports.NO_CONNECTIONS);

        imported("Label,Type,Coalition\nQh Ada,Person,no\n", CsvImports.NO_CONNECTIONS);

        JsonNode left = person("Qh Ada");
        assertThat(left.get("coalition").asBoolean()).isFalse();
        assertThat(left.get("joinedAt").asString()).isEqualTo("2024-09-01");
        assertThat(left.get("leftAt").asString()).isEqualTo(today.date().toString());

        imported("Label,Type,Coalition,Joined\nQh Ada,Person,yes,2025-10-01\n", CsvImports.NO_CONNECTIONS);

        JsonNode back = person("Qh Ada");
        assertThat(back.get("coalition").asBoolean()).isTrue();
        assertThat(back.get("joinedAt").asString()).isEqualTo("2024-09-01");
        assertThat(back.get("leftAt").isNull()).isTrue();
    }

    @Test
    void aLeftDateIsStoredAndTheFormerMemberIsNotAMemberToday() {
        imported("Label,Type,Joined,Left\nQh Ada,Person,2024-09-01,2025-11-30\n", CsvImports.NO_CONNECTIONS);

        JsonNode ada = person("Qh Ada");
        assertThat(ada.get("coalition").asBoolean()).isFalse();
        assertThat(ada.get("joinedAt").asString()).isEqualTo("2024-09-01");
        assertThat(ada.get("leftAt").asString()).isEqualTo("2025-11-30");
    }

    @Test
    void stageSinceBackDatesTheStageChangeItRecords() {
        imported("Label,Type,Stage,Stage since\nQh Ada,Person,skeptic,2025-01-10\n", CsvImports.NO_CONNECTIONS);

        imported("Label,Type,Stage,Stage since\nQh Ada,Person,early majority,2025-11-03\n", CsvImports.NO_CONNECTIONS);

        JsonNode ada = person("Qh Ada");
        assertThat(ada.get("stage").asString()).isEqualTo("early majority");
        assertThat(stages(ada)).containsExactly("skeptic@2025-01-10", "early majority@2025-11-03");
    }

    @Test
    void aStageSinceOnTheSameStageRedatesTheChangeThatBeganIt() {
        imported("Label,Type,Stage\nQh Ada,Person,skeptic\n", CsvImports.NO_CONNECTIONS);

        imported("Label,Type,Stage,Stage since\nQh Ada,Person,skeptic,2025-01-10\n", CsvImports.NO_CONNECTIONS);

        assertThat(stages(person("Qh Ada"))).containsExactly("skeptic@2025-01-10");
    }

    @Test
    void aStageSinceBeforeTheStoredLatestChangeRejectsTheFile() {
        imported("Label,Type,Stage,Stage since\nQh Ada,Person,skeptic,2025-06-01\n", CsvImports.NO_CONNECTIONS);

        var answer = importCsv(
                "Label,Type,Stage,Stage since\nQh Ada,Person,innovator,2025-01-01\n", CsvImports.NO_CONNECTIONS);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("column").asString()).isEqualTo("Stage since");
        assertThat(stages(person("Qh Ada"))).containsExactly("skeptic@2025-06-01");
    }

    private List<String> stages(JsonNode person) {
        List<String> stages = new ArrayList<>();
        for (JsonNode change : person.get("stages")) {
            LocalDate day = Instant.parse(change.get("at").asString())
                    .atZone(today.zone())
                    .toLocalDate();
            stages.add(change.get("stage").asString() + "@" + day);
        }
        return stages;
    }

    @Test
    void anIdFromAnotherInstanceIsKeptWhenNothingStoredHasIt() {
        imported("ID,Label,Type\nqh-elsewhere-7f3a,Qh Ada,Person\n", CsvImports.NO_CONNECTIONS);

        var ada = Api.on(port).asViewer().get("/api/people/qh-elsewhere-7f3a");

        assertThat(ada.status()).as(ada.body()).isEqualTo(200);
        assertThat(ada.json().get("name").asString()).isEqualTo("Qh Ada");
    }

    @Test
    void affiliationsKeepTheFilesRowOrder() {
        imported("""
                Label,Type,Sector,Organization
                Qh Zeta Clinic,Organization,health,
                Qh Alpha School,Organization,site-schools,
                Qh Mid Library,Organization,community-based,
                Qh Ada,Person,,Qh Zeta Clinic
                """, """
                From,To,Type
                Qh Ada,Qh Mid Library,Works at
                Qh Ada,Qh Alpha School,Works at
                """);

        JsonNode ada = person("Qh Ada");
        List<String> order = new ArrayList<>();
        ada.get("affiliations")
                .forEach(a -> order.add(a.get("organization").get("name").asString()));
        assertThat(order).containsExactly("Qh Zeta Clinic", "Qh Mid Library", "Qh Alpha School");
        assertThat(ada.get("organization").asString()).isEqualTo("Qh Zeta Clinic");
        assertThat(ada.get("sector").asString()).isEqualTo("health");
    }

    @Test
    void aWorksAtRowStoresRoleLeadsAndDates() {
        imported(
                "Label,Type,Sector\nQh Zeta Clinic,Organization,health\nQh Ada,Person,\n",
                "From,To,Type,Role,Leads,Since\nQh Ada,Qh Zeta Clinic,Works at,Director,yes,2019-04-01\n");

        JsonNode affiliation = person("Qh Ada").get("affiliations").get(0);
        assertThat(affiliation.get("role").asString()).isEqualTo("Director");
        assertThat(affiliation.get("leads").asBoolean()).isTrue();
        assertThat(affiliation.get("since").asString()).isEqualTo("2019-04-01");
    }

    @Test
    void anEndedTieIsNotPartOfTodaysReachMetricsOrMap() {
        imported(TWO_PEOPLE, "From,To,Strength,Since,Until\nQh Ada,Qh Bo,5,2020-01-15,2024-12-31\n");
        String ada = person("Qh Ada").get("id").asString();
        String bo = person("Qh Bo").get("id").asString();

        assertThat(Api.on(port).asViewer().get("/api/reach?target=" + bo).json().get("paths"))
                .isEmpty();
        assertThat(degree(ada)).isZero();
        assertThat(Api.on(port)
                        .asViewer()
                        .get("/api/map?focus=" + ada)
                        .json()
                        .get("edges")
                        .toString())
                .doesNotContain("\"knows\"");
    }

    private double degree(String id) {
        for (JsonNode row :
                Api.on(port).asViewer().get("/api/metrics?measure=degree").json()) {
            if (row.get("id").asString().equals(id)) {
                return row.get("value").asDouble();
            }
        }
        throw new AssertionError(id + " is not in the metrics");
    }

    @Test
    void ratingsAndResourcesAreStoredAndABlankCellKeepsThem() {
        imported("""
                Label,Type,Power,Urgency,No resources,Resources
                Qh Zeta Clinic,Organization,,,,4
                Qh Ada,Person,5,3,yes,
                """, CsvImports.NO_CONNECTIONS);

        imported("Label,Type,Power,Urgency\nQh Ada,Person,,2\n", CsvImports.NO_CONNECTIONS);

        JsonNode ada = person("Qh Ada");
        assertThat(ada.get("power").asInt()).isEqualTo(5);
        assertThat(ada.get("urgency").asInt()).isEqualTo(2);
        assertThat(ada.get("noResources").asBoolean()).isTrue();
    }
}
