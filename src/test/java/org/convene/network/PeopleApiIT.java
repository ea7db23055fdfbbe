package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;

@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Test ")
class PeopleApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    private Api editor() {
        return Api.on(port).asEditor();
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        return person;
    }

    @Test
    void anEditorCreatesAPersonWithWhoAndWhenRecorded() {
        var body = person("Zz Test Amara Quill");
        body.put("role", "Parent organizer");
        body.put("sector", "Families and parent organizations");
        body.put("coalition", true);
        body.put("stage", "Early-Adopter");
        body.put("tags", List.of("parents", " ", "riverside"));

        var created = editor().post("/api/people", body);

        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        assertThat(json.get("id").asString()).hasSize(36);
        assertThat(json.get("sector").asString()).isEqualTo("families");
        assertThat(json.get("stage").asString()).isEqualTo("early adopter");
        assertThat(json.get("coalition").asBoolean()).isTrue();
        assertThat(json.get("joinedAt").asString()).isNotBlank();
        assertThat(json.get("tags")).hasSize(2);
        assertThat(json.get("createdBy").asString()).isEqualTo(TestUsers.EDITOR);
        assertThat(json.get("updatedAt").asString()).isNotBlank();
        assertThat(json.get("stages")).hasSize(1);
        assertThat(json.get("stages").get(0).get("by").asString()).isEqualTo(TestUsers.EDITOR);
    }

    @Test
    void aStageChangeIsKeptAsHistoryAndTheLatestIsCurrent() {
        var body = person("Zz Test Bram Ostrow");
        body.put("stage", "skeptic");
        String id = editor().post("/api/people", body).json().get("id").asString();

        var changed = editor().post(
                        "/api/people/" + id + "/stages",
                        Map.of("stage", "early majority", "note", "came to the site visit"));

        assertThat(changed.status()).isEqualTo(200);
        var stages = changed.json().get("stages");
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0).get("stage").asString()).isEqualTo("skeptic");
        assertThat(stages.get(1).get("note").asString()).isEqualTo("came to the site visit");
        assertThat(changed.json().get("stage").asString()).isEqualTo("early majority");
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndClearsWhatItBlanks() {
        var body = person("Zz Test Ivo Stark");
        body.put("role", "Librarian");
        body.put("description", "Runs the reading club");
        body.put("sector", "families");
        body.put("coalition", true);
        body.put("tags", List.of("reading"));
        String id = editor().post("/api/people", body).json().get("id").asString();

        var update = person("Zz Test Ivo Stark");
        update.put("description", "");
        var updated = editor().put("/api/people/" + id, update).json();

        assertThat(updated.get("role").asString()).isEqualTo("Librarian");
        assertThat(updated.get("coalition").asBoolean()).isTrue();
        assertThat(updated.get("joinedAt").isNull()).isFalse();
        assertThat(updated.get("sector").asString()).isEqualTo("families");
        assertThat(updated.get("tags").get(0).asString()).isEqualTo("reading");
        assertThat(updated.get("description").isNull()).as("blank clears").isTrue();
    }

    @Test
    void aBlankNameIsRejectedNamingTheField() {
        var answer = editor().post("/api/people", person(" "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void anUnknownStageIsRejectedNamingTheFieldAndNothingIsWritten() {
        var body = person("Zz Test Cato Renn");
        body.put("stage", "enthusiast");
        var answer = editor().post("/api/people", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("stage");
        assertThat(answer.json().get("error").asString()).contains("enthusiast");
        assertThat(neo4j.query("MATCH (p:Person {name: 'Zz Test Cato Renn'}) RETURN count(p)")
                        .fetchAs(Long.class)
                        .one())
                .contains(0L);
    }

    @Test
    void anUnknownSectorIsRejectedNamingTheField() {
        var body = person("Zz Test Dara Fenn");
        body.put("sector", "astronauts");
        var answer = editor().post("/api/people", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("sector");
    }

    @Test
    void aTakenLabelIsAConflict() {
        editor().post("/api/people", person("Zz Test Eli Varga"));
        var again = editor().post("/api/people", person("Zz Test Eli Varga"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asString()).contains("Zz Test Eli Varga");
    }

    @Test
    void aLabelTakenBetweenTheCheckAndTheWriteIsStillRefusedByTheStore() {
        // what a second, concurrent write meets: the store's constraint, translated so the API answers 409
        Assertions.assertThatThrownBy(
                        () -> neo4j.query("CREATE (:Element:Person {id: 'zz-test-dup', name: 'Gordon Ashby'})")
                                .run())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anUnknownIdIs404() {
        var answer = Api.on(port).asViewer().get("/api/people/no-such-id");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asString()).contains("no-such-id");
    }

    @Test
    void searchPagesByNameAndTellsTheTotal() {
        for (String name : List.of("Zz Test Search One", "Zz Test Search Two", "Zz Test Search Three")) {
            editor().post("/api/people", person(name));
        }
        var page = Api.on(port).asViewer().get("/api/people?q=zz%20test%20search&limit=2&offset=0");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.json()).hasSize(2);
        assertThat(page.json().get(0).get("name").asString()).isEqualTo("Zz Test Search One");
        assertThat(page.json().get(1).get("name").asString()).isEqualTo("Zz Test Search Three");
    }

    @Test
    void aListedPersonCarriesEveryFieldOfTheContractEvenWhenEmpty() {
        editor().post("/api/people", person("Zz Test Plain Person"));
        var row = Api.on(port)
                .asViewer()
                .get("/api/people?q=zz%20test%20plain")
                .json()
                .get(0);
        assertThat(row.propertyNames()).contains("id", "name", "role", "organization", "sector", "coalition", "stage");
        assertThat(row.get("stage").isNull()).isTrue();
    }

    @Test
    void aLimitAboveTenThousandIsRejected() {
        var answer = Api.on(port).asViewer().get("/api/people?limit=10001");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void deletingAPersonRemovesThemTheirTiesAndTheirHistory() {
        var body = person("Zz Test Fay Oduro");
        body.put("stage", "laggard");
        String id = editor().post("/api/people", body).json().get("id").asString();
        String other = editor().post("/api/people", person("Zz Test Gus Oduro"))
                .json()
                .get("id")
                .asString();
        editor().post("/api/ties", Map.of("from", id, "to", other, "strength", 4));

        var deleted = editor().delete("/api/people/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Api.on(port).asViewer().get("/api/people/" + id).status()).isEqualTo(404);
        assertThat(neo4j.query("""
                MATCH (c:StageChange) WHERE NOT (c)<-[:HAD_STAGE]-() RETURN count(c)
                """).fetchAs(Long.class).one()).contains(0L);
        assertThat(Api.on(port).asViewer().get("/api/people/" + other).json().get("ties"))
                .isEmpty();
    }

    @Test
    void everyWriteRaisesTheGraphVersion() {
        long before = version.current();
        editor().post("/api/people", person("Zz Test Hal Brecht"));
        assertThat(version.current()).isGreaterThan(before);
    }
}
