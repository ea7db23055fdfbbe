package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Request bodies are read strictly: anything but what the call reads is a 400 naming the field, and nothing is written. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Strict ")
class StrictJsonIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private Api.Response post(String path, String json) {
        return Api.on(port).asEditor().send("POST", path, json);
    }

    private void assertRefusedNaming(Api.Response answer, String field, String message) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("error").asString()).isEqualTo("'" + field + "' " + message + ".");
        assertThat(nothingStored()).isTrue();
    }

    private boolean nothingStored() {
        return neo4j.query("MATCH (p:Person) WHERE p.name STARTS WITH 'Zz Strict' OR p.name = '12' RETURN count(p) = 0")
                .fetchAs(Boolean.class)
                .one()
                .orElseThrow();
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedInsteadOfBecomingAName() {
        assertRefusedNaming(post("/api/people", "{\"name\": 12}"), "name", "must be text");
        assertRefusedNaming(post("/api/people", "{\"name\": true}"), "name", "must be text");
        assertRefusedNaming(post("/api/people", "{\"name\": \"Zz Strict A\", \"role\": 1.5}"), "role", "must be text");
    }

    @Test
    void textWhereANumberOrABooleanIsExpectedIsRefused() {
        String tie = "{\"from\": \"Gordon Ashby\", \"to\": \"Marisol Vance\", \"strength\": %s}";
        assertRefusedNaming(post("/api/ties", tie.formatted("\"3\"")), "strength", "must be a whole number");
        assertRefusedNaming(post("/api/ties", tie.formatted("3.5")), "strength", "must be a whole number");
        assertRefusedNaming(post("/api/ties", tie.formatted("3.0")), "strength", "must be a whole number");
        assertRefusedNaming(post("/api/ties", tie.formatted("99999999999")), "strength", "is out of range");
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"coalition\": \"true\"}"),
                "coalition",
                "must be true or false");
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"coalition\": 1}"),
                "coalition",
                "must be true or false");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"name\": \"Zz Strict B\"}"),
                "name",
                "appears more than once in the request body");
    }

    @Test
    void anUnknownFieldIsRefusedSoThatAMisspeltOneIsNoticed() {
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"rol\": \"Principal\"}"),
                "rol",
                "is not a field of this call");
    }

    @Test
    void aListOfTheWrongThingsNamesTheItem() {
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"tags\": [\"ok\", 2]}"), "tags[1]", "must be text");
        assertRefusedNaming(
                post("/api/people", "{\"name\": \"Zz Strict A\", \"tags\": \"one\"}"), "tags", "must be a list");
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        for (String trailing : new String[] {"{\"name\": \"Zz Strict A\"} x", "{\"name\": \"Zz Strict A\"} {}"}) {
            var answer = post("/api/people", trailing);
            assertThat(answer.status()).as(trailing).isEqualTo(400);
            assertThat(answer.json().get("error").asString()).startsWith("The request body");
            assertThat(nothingStored()).isTrue();
        }
    }

    @Test
    void aBodyThatIsNotAnObjectOrNotJsonIsRefused() {
        assertThat(post("/api/people", "[]").json().get("error").asString())
                .isEqualTo("The request body must be an object.");
        assertThat(post("/api/people", "{\"name\": ").json().get("error").asString())
                .startsWith("The request body is not valid JSON for this call (line 1");
        assertThat(post("/api/people", "").status()).isEqualTo(400);
        assertThat(nothingStored()).isTrue();
    }

    @Test
    void aBodyAsWrittenIsStillRead() {
        var created = post("/api/people", "{\"name\": \"Zz Strict A\", \"coalition\": false, \"tags\": [\"x\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").asString()).isEqualTo("Zz Strict A");
    }
}
