package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.PageSession;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.convene.system.AuditTrail;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Removing a person on request leaves nothing that names them: a person with ties to demo people,
 * an affiliation with a demo organization, stage history, edits and an entry of another write
 * that names them is removed, and then no API answer, page, audit entry or stored node or
 * relationship holds their name or id.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Removal ")
class PersonRemovalIT {

    private static final String NAME = "Zz Removal Wenonah Trask";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    private Api editor() {
        return Api.on(port).asEditor();
    }

    @Test
    void aRemovedPersonIsNamedByNoAnswerPageAuditEntryOrStoredValue() {
        List<String> demo = new ArrayList<>();
        Api.on(port)
                .asViewer()
                .get("/api/people?limit=3")
                .json()
                .forEach(p -> demo.add(p.get("id").asString()));
        String organization = Api.on(port)
                .asViewer()
                .get("/api/organizations")
                .json()
                .get(0)
                .get("id")
                .asString();
        Map<String, Object> body = new HashMap<>();
        body.put("name", NAME);
        body.put("role", "Trask family liaison");
        body.put("description", "Asked about Wenonah's schedule");
        body.put("stage", "skeptic");
        body.put("coalition", true);
        var created = editor().post("/api/people", body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        editor().post("/api/people/" + id + "/stages", Map.of("stage", "early majority", "note", "met Wenonah"));
        body.put("role", "Trask family organizer");
        assertThat(editor().put("/api/people/" + id, body).status()).isEqualTo(200);
        List<String> ties = new ArrayList<>();
        for (String other : demo) {
            var tie = editor().post("/api/ties", Map.of("from", id, "to", other, "strength", 3, "context", "Trask"));
            assertThat(tie.status()).isEqualTo(201);
            ties.add(tie.json().get("id").asString());
        }
        editor().put("/api/ties/" + ties.get(0), Map.of("strength", 5));
        var affiliation = editor().post(
                        "/api/affiliations", Map.of("person", id, "organization", organization, "role", "Volunteer"));
        assertThat(affiliation.status()).isEqualTo(201);
        String work = affiliation.json().get("id").asString();
        // an entry about no one entity that names them among others, as an import's does
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> audit.event(
                        "imported",
                        "import",
                        null,
                        "people.csv",
                        AuditTrail.values("rows", 2, "note", "row 2: " + NAME),
                        List.of(id, demo.get(0))));
        assertThat(everythingReadable(demo, organization)).contains(NAME).contains(id);

        var removed = editor().delete("/api/people/" + id);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(Api.on(port).asViewer().get("/api/people/" + id).status()).isEqualTo(404);
        assertThat(Api.on(port).asViewer().get("/api/ties/" + ties.get(0)).status())
                .isEqualTo(404);
        assertThat(Api.on(port).asViewer().get("/api/affiliations/" + work).status())
                .isEqualTo(404);
        String after = everythingReadable(demo, organization);
        assertThat(after).doesNotContain(NAME).doesNotContain(id).doesNotContain("Wenonah");
        String stored = storedValues();
        assertThat(stored).doesNotContain(NAME).doesNotContain(id).doesNotContain("Wenonah");
        JsonNode newest =
                Api.on(port).asAdmin().get("/api/audit?limit=1").json().get(0);
        assertThat(newest.get("action").asString()).isEqualTo("removed");
        assertThat(newest.get("entityType").asString()).isEqualTo("person");
        assertThat(newest.get("user").asString()).isEqualTo(TestUsers.EDITOR);
        assertThat(newest.get("entityId").isNull()).isTrue();
        assertThat(newest.get("changes").get("ties").get("after").asInt()).isEqualTo(3);
        assertThat(newest.get("changes").get("affiliations").get("after").asInt())
                .isEqualTo(1);
        var tieTrail = Api.on(port).asAdmin().get("/api/audit?entity=" + ties.get(0));
        assertThat(tieTrail.json())
                .as("the tie's entries (created, changed) are kept, with their label and values redacted;"
                        + " the removal itself counts the ties it took")
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.get("label").asString()).isEqualTo(AuditTrail.REDACTED));
        var importEntry = Api.on(port).asAdmin().get("/api/audit?entity=" + demo.get(0) + "&limit=1000");
        assertThat(importEntry.body()).contains("row 2: " + AuditTrail.REDACTED);
    }

    /** Every API answer and page a user can read about the network, as one text. */
    private String everythingReadable(List<String> demo, String organization) {
        Api viewer = Api.on(port).asViewer();
        List<String> paths = new ArrayList<>(List.of(
                "/api/people?limit=" + People.MAX_LIMIT,
                "/api/people?q=Zz",
                "/api/people?q=Trask",
                "/api/organizations",
                "/api/organizations/" + organization,
                "/api/sectors",
                "/api/map?limit=3000",
                "/api/coverage",
                "/api/communities",
                "/api/bridges?top=1000",
                "/api/bridges/ties",
                "/api/recruit?top=1000",
                "/api/metrics?measure=degree",
                "/api/metrics?measure=betweenness",
                "/api/metrics?measure=closeness",
                "/api/metrics?measure=eigenvector",
                "/api/metrics?measure=brokerage"));
        for (String other : demo) {
            paths.add("/api/people/" + other);
            paths.add("/api/ties?person=" + other);
            paths.add("/api/map?focus=" + other + "&hops=2");
            paths.add("/api/reach?target=" + other);
            paths.add("/api/reach/introducers?target=" + other);
        }
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            var answer = viewer.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            text.append(answer.body()).append('\n');
        }
        var audit = Api.on(port).asAdmin().get("/api/audit?limit=1000");
        assertThat(audit.status()).isEqualTo(200);
        text.append(audit.body()).append('\n');
        PageSession admin = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        List<String> pages =
                new ArrayList<>(List.of("/", "/coverage", "/bridges", "/people", "/people?q=Trask", "/admin/audit"));
        demo.forEach(other -> pages.add("/people/" + other));
        for (String page : pages) {
            var answer = admin.text(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            text.append(answer.body()).append('\n');
        }
        return text.toString();
    }

    /** Every property of every node and relationship in the store, as one text: what a backup would read. */
    private String storedValues() {
        StringBuilder text = new StringBuilder();
        try (var session = driver.session()) {
            session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS values")
                    .list()
                    .forEach(row -> text.append(row.get("labels").asList())
                            .append(new LinkedHashMap<>(row.get("values").asMap()))
                            .append('\n'));
            session.run("MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS values")
                    .list()
                    .forEach(row -> text.append(row.get("type").asString())
                            .append(new LinkedHashMap<>(row.get("values").asMap()))
                            .append('\n'));
        }
        return text.toString();
    }
}
