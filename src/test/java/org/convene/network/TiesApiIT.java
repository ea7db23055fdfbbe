package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Tie ")
class TiesApiIT {

    @LocalServerPort
    int port;

    String ana;
    String ben;
    String school;

    @BeforeEach
    void twoPeopleAndASchool() {
        var editor = Api.on(port).asEditor();
        ana = editor.post("/api/people", Map.of("name", "Zz Tie Ana"))
                .json()
                .get("id")
                .asString();
        ben = editor.post("/api/people", Map.of("name", "Zz Tie Ben"))
                .json()
                .get("id")
                .asString();
        school = editor.post(
                        "/api/organizations",
                        Map.of("name", "Zz Tie School", "sector", "site-schools", "level", "site"))
                .json()
                .get("id")
                .asString();
    }

    @Test
    void aTieIsCreatedWithTheDefaultStrength() {
        var tie = Api.on(port)
                .asEditor()
                .post("/api/ties", Map.of("from", ana, "to", "Zz Tie Ben", "context", "neighbour"));
        assertThat(tie.status()).isEqualTo(201);
        assertThat(tie.json().get("strength").asInt()).isEqualTo(3);
        assertThat(tie.json().get("context").asString()).isEqualTo("neighbour");
    }

    @Test
    void theSameTieInTheOtherDirectionIsAConflict() {
        var editor = Api.on(port).asEditor();
        editor.post("/api/ties", Map.of("from", ana, "to", ben, "strength", 4));
        var reverse = editor.post("/api/ties", Map.of("from", ben, "to", ana, "strength", 2));
        assertThat(reverse.status()).isEqualTo(409);
        assertThat(Api.on(port).asViewer().get("/api/ties?person=" + ana).json())
                .hasSize(1);
    }

    @Test
    void aSelfTieIsRejectedOnTo() {
        var answer = Api.on(port).asEditor().post("/api/ties", Map.of("from", ana, "to", ana));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void aStrengthOutsideOneToFiveIsRejectedOnStrength() {
        var answer = Api.on(port).asEditor().post("/api/ties", Map.of("from", ana, "to", ben, "strength", 6));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("strength");
    }

    @Test
    void anUnknownPersonIsRejectedNamingTheField() {
        var answer = Api.on(port).asEditor().post("/api/ties", Map.of("from", ana, "to", "Nobody Known"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void aTieUpdateKeepsWhatItLeavesOut() {
        var editor = Api.on(port).asEditor();
        String id = editor.post(
                        "/api/ties",
                        Map.of(
                                "from",
                                ana,
                                "to",
                                ben,
                                "context",
                                "neighbour",
                                "source",
                                "block party",
                                "since",
                                "2023-05-01"))
                .json()
                .get("id")
                .asString();

        var updated = editor.put("/api/ties/" + id, Map.of("strength", 5)).json();

        assertThat(updated.get("strength").asInt()).isEqualTo(5);
        assertThat(updated.get("context").asString()).isEqualTo("neighbour");
        assertThat(updated.get("source").asString()).isEqualTo("block party");
        assertThat(updated.get("since").asString()).isEqualTo("2023-05-01");
        assertThat(editor.put("/api/ties/" + id, Map.of("since", ""))
                        .json()
                        .get("since")
                        .isNull())
                .isTrue();
    }

    @Test
    void aTieIsUpdatedAndDeleted() {
        var editor = Api.on(port).asEditor();
        String id = editor.post("/api/ties", Map.of("from", ana, "to", ben))
                .json()
                .get("id")
                .asString();
        var updated = editor.put("/api/ties/" + id, Map.of("strength", 5, "context", "family"));
        assertThat(updated.json().get("strength").asInt()).isEqualTo(5);
        assertThat(editor.delete("/api/ties/" + id).status()).isEqualTo(204);
        assertThat(editor.delete("/api/ties/" + id).status()).isEqualTo(404);
    }

    @Test
    void anAffiliationLinksAPersonToAnOrganizationOnce() {
        var editor = Api.on(port).asEditor();
        var created = editor.post(
                "/api/affiliations",
                Map.of("person", ana, "organization", school, "role", "Principal", "since", "2024-08-01"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(editor.post("/api/affiliations", Map.of("person", ana, "organization", school))
                        .status())
                .isEqualTo(409);
        var person = Api.on(port).asViewer().get("/api/people/" + ana).json();
        assertThat(person.get("organization").asString()).isEqualTo("Zz Tie School");
        assertThat(person.get("sector").asString()).isEqualTo("site-schools");
        assertThat(person.get("affiliations").get(0).get("since").asString()).isEqualTo("2024-08-01");
    }

    @Test
    void aBadDateIsRejectedNamingTheField() {
        var answer = Api.on(port)
                .asEditor()
                .post("/api/affiliations", Map.of("person", ana, "organization", school, "since", "last spring"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("since");
    }

    @Test
    void anOrganizationNeedsAKnownLevel() {
        var answer = Api.on(port)
                .asEditor()
                .post("/api/organizations", Map.of("name", "Zz Tie Club", "sector", "business", "level", "galactic"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }
}
