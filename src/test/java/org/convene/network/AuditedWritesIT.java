package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every write of the network records who changed what, with the changed fields before and after. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Audit ", sectorKeys = "zz-audit")
class AuditedWritesIT {

    @LocalServerPort
    int port;

    private Api editor() {
        return Api.on(port).asEditor();
    }

    private List<JsonNode> trailOf(String id) {
        var answer = Api.on(port).asAdmin().get("/api/audit?entity=" + id);
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        answer.json().forEach(entries::add);
        return entries;
    }

    private String newPerson(String name, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("name", name);
        var created = editor().post("/api/people", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void creatingAPersonRecordsTheirValuesWithTheEditorAndTheTime() {
        String id = newPerson("Zz Audit Amara Quill", Map.of("role", "Parent organizer", "stage", "skeptic"));

        var trail = trailOf(id);

        assertThat(trail).hasSize(1);
        JsonNode entry = trail.get(0);
        assertThat(entry.get("action").asString()).isEqualTo("created");
        assertThat(entry.get("entityType").asString()).isEqualTo("person");
        assertThat(entry.get("entityId").asString()).isEqualTo(id);
        assertThat(entry.get("label").asString()).isEqualTo("Zz Audit Amara Quill");
        assertThat(entry.get("user").asString()).isEqualTo(TestUsers.EDITOR);
        assertThat(entry.get("at").asString()).isNotBlank();
        JsonNode changes = entry.get("changes");
        assertThat(changes.get("name").get("before").isNull()).isTrue();
        assertThat(changes.get("name").get("after").asString()).isEqualTo("Zz Audit Amara Quill");
        assertThat(changes.get("role").get("after").asString()).isEqualTo("Parent organizer");
        assertThat(changes.get("stage").get("after").asString()).isEqualTo("skeptic");
        assertThat(changes.get("coalition").get("after").asBoolean()).isFalse();
        assertThat(changes.has("description"))
                .as("an empty field is not listed")
                .isFalse();
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsItChangedWithBeforeAndAfter() {
        String id = newPerson("Zz Audit Bram Ostrow", Map.of("role", "Pastor", "description", "Runs the food bank"));

        var updated = editor().put(
                        "/api/people/" + id,
                        Map.of("name", "Zz Audit Bram Ostrow", "role", "Deacon", "stage", "early adopter"));

        assertThat(updated.status()).isEqualTo(200);
        var trail = trailOf(id);
        assertThat(trail).hasSize(2);
        JsonNode entry = trail.get(0);
        assertThat(entry.get("action").asString()).isEqualTo("changed");
        List<String> fields = new ArrayList<>();
        entry.get("changes").properties().forEach(field -> fields.add(field.getKey()));
        assertThat(fields).containsExactly("role", "stage");
        assertThat(entry.get("changes").get("role").get("before").asString()).isEqualTo("Pastor");
        assertThat(entry.get("changes").get("role").get("after").asString()).isEqualTo("Deacon");
        assertThat(entry.get("changes").get("stage").get("before").isNull()).isTrue();
        assertThat(entry.get("changes").get("stage").get("after").asString()).isEqualTo("early adopter");
    }

    @Test
    void anUpdateThatChangesNothingWritesNothingNotEvenUpdatedAt() {
        String id = newPerson(
                "Zz Audit Cleo Marsh", Map.of("role", "Librarian", "tags", List.of("reading"), "coalition", true));
        var before = Api.on(port).asViewer().get("/api/people/" + id).json();
        var trailBefore = trailOf(id);

        var same = editor().put(
                        "/api/people/" + id,
                        Map.of(
                                "name",
                                "Zz Audit Cleo Marsh",
                                "role",
                                " Librarian ",
                                "tags",
                                List.of("reading"),
                                "coalition",
                                true));

        assertThat(same.status()).isEqualTo(200);
        var after = Api.on(port).asViewer().get("/api/people/" + id).json();
        assertThat(after.get("updatedAt").asString())
                .isEqualTo(before.get("updatedAt").asString());
        assertThat(trailOf(id)).hasSameSizeAs(trailBefore);
    }

    @Test
    void aStageChangeRecordsTheStageBeforeAndAfterWithItsNote() {
        String id = newPerson("Zz Audit Dara Pike", Map.of("stage", "skeptic"));

        editor().post("/api/people/" + id + "/stages", Map.of("stage", "early majority", "note", "came to the visit"));

        JsonNode entry = trailOf(id).get(0);
        assertThat(entry.get("action").asString()).isEqualTo("changed");
        assertThat(entry.get("changes").get("stage").get("before").asString()).isEqualTo("skeptic");
        assertThat(entry.get("changes").get("stage").get("after").asString()).isEqualTo("early majority");
        assertThat(entry.get("changes").get("stageNote").get("after").asString())
                .isEqualTo("came to the visit");
    }

    @Test
    void aTiesCreationChangeAndDeletionAreInBothPeoplesTrails() {
        String ana = newPerson("Zz Audit Ana Ruiz", Map.of());
        String ben = newPerson("Zz Audit Ben Ode", Map.of());
        String tie = editor().post("/api/ties", Map.of("from", ana, "to", ben, "strength", 2, "context", "church"))
                .json()
                .get("id")
                .asString();
        var unchanged = editor().put("/api/ties/" + tie, Map.of("strength", 2));
        editor().put("/api/ties/" + tie, Map.of("strength", 4, "context", ""));
        editor().delete("/api/ties/" + tie);

        assertThat(unchanged.status()).isEqualTo(200);
        var trail = trailOf(tie);
        assertThat(trail).extracting(e -> e.get("action").asString()).containsExactly("deleted", "changed", "created");
        assertThat(trail.get(0).get("label").asString()).isEqualTo("Zz Audit Ana Ruiz – Zz Audit Ben Ode");
        assertThat(trail.get(0).get("changes").get("strength").get("before").asInt())
                .isEqualTo(4);
        JsonNode changed = trail.get(1).get("changes");
        assertThat(changed.get("strength").get("before").asInt()).isEqualTo(2);
        assertThat(changed.get("strength").get("after").asInt()).isEqualTo(4);
        assertThat(changed.get("context").get("before").asString()).isEqualTo("church");
        assertThat(changed.get("context").get("after").isNull()).isTrue();
        assertThat(trailOf(ana)).extracting(e -> e.get("entityId").asString()).contains(tie, ana);
        assertThat(trailOf(ben)).extracting(e -> e.get("entityId").asString()).contains(tie, ben);
    }

    @Test
    void anOrganizationsDeletionRecordsItAndEachAffiliationThatWentWithIt() {
        String person = newPerson("Zz Audit Eli Sato", Map.of());
        var organization = editor().post(
                        "/api/organizations",
                        Map.of("name", "Zz Audit Food Bank", "sector", "community-based", "level", "site"));
        assertThat(organization.status()).isEqualTo(201);
        String org = organization.json().get("id").asString();
        var affiliation =
                editor().post("/api/affiliations", Map.of("person", person, "organization", org, "role", "Volunteer"));
        String work = affiliation.json().get("id").asString();
        editor().put("/api/affiliations/" + work, Map.of("role", "Coordinator", "since", "2024-05-01"));
        editor().put(
                        "/api/organizations/" + org,
                        Map.of("name", "Zz Audit Food Bank", "sector", "community-based", "level", "city"));

        var deleted = editor().delete("/api/organizations/" + org);

        assertThat(deleted.status()).isEqualTo(204);
        var orgTrail = trailOf(org);
        assertThat(orgTrail)
                .extracting(e ->
                        e.get("entityType").asString() + " " + e.get("action").asString())
                .containsExactly(
                        "organization deleted",
                        "affiliation deleted",
                        "organization changed",
                        "affiliation changed",
                        "affiliation created",
                        "organization created");
        assertThat(orgTrail.get(2).get("changes").get("level").get("before").asString())
                .isEqualTo("site");
        JsonNode affiliationChange = orgTrail.get(3).get("changes");
        assertThat(affiliationChange.get("role").get("before").asString()).isEqualTo("Volunteer");
        assertThat(affiliationChange.get("since").get("after").asString()).isEqualTo("2024-05-01");
        assertThat(orgTrail.get(1).get("label").asString()).isEqualTo("Zz Audit Eli Sato at Zz Audit Food Bank");
        assertThat(orgTrail.get(1).get("changes").get("role").get("before").asString())
                .isEqualTo("Coordinator");
        assertThat(trailOf(person))
                .extracting(e -> e.get("entityId").asString())
                .contains(work);
    }

    @Test
    void aNewSectorIsRecordedByItsKey() {
        var added = editor().post("/api/sectors", Map.of("key", "zz-audit-arts", "title", "Zz Audit Arts"));

        assertThat(added.status()).isEqualTo(201);
        var trail = trailOf("zz-audit-arts");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("entityType").asString()).isEqualTo("sector");
        assertThat(trail.get(0).get("changes").get("title").get("after").asString())
                .isEqualTo("Zz Audit Arts");
    }

    @Test
    void aRejectedWriteRecordsNothing() {
        String id = newPerson("Zz Audit Finn Lowe", Map.of());
        int before = trailOf(id).size();

        var rejected = editor().put("/api/people/" + id, Map.of("name", "Zz Audit Finn Lowe", "stage", "sceptic-ish"));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(trailOf(id)).hasSize(before);
    }

    @Test
    void anImportIsOneEntryWithItsFilesAndCountsFoundFromEachElementItWrote() {
        String existing = newPerson("Zz Audit Gus Hale", Map.of());
        var imported = editor().importCsv("/api/import", """
                        Label,Type,Role
                        Zz Audit Ida Wren,Person,Nurse
                        Zz Audit Gus Hale,Person,Coach
                        """, """
                        From,To,Type,Strength
                        Zz Audit Ida Wren,Zz Audit Gus Hale,Knows,4
                        """);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String ida = Api.on(port)
                .asViewer()
                .get("/api/people?q=Zz Audit Ida Wren".replace(" ", "%20"))
                .json()
                .get(0)
                .get("id")
                .asString();

        JsonNode entry = trailOf(ida).get(0);

        assertThat(entry.get("action").asString()).isEqualTo("imported");
        assertThat(entry.get("entityType").asString()).isEqualTo("import");
        assertThat(entry.get("entityId").isNull()).isTrue();
        assertThat(entry.get("user").asString()).isEqualTo(TestUsers.EDITOR);
        assertThat(entry.get("label").asString()).isEqualTo("elements.csv, connections.csv");
        JsonNode changes = entry.get("changes");
        assertThat(changes.get("people").get("after").asInt()).isEqualTo(2);
        assertThat(changes.get("ties").get("after").asInt()).isEqualTo(1);
        assertThat(changes.get("created").get("after").asInt()).isEqualTo(1);
        assertThat(changes.get("changed").get("after").asInt()).isEqualTo(1);
        assertThat(trailOf(existing).get(0).get("id").asString())
                .as("the changed person's trail finds the same entry")
                .isEqualTo(entry.get("id").asString());
    }
}
