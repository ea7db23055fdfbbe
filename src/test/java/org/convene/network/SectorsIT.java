package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

@ConveneIntegrationTest
class SectorsIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    @AfterEach
    void removeAddedSectors() {
        neo4j.query("MATCH (s:Sector {key: 'arts-culture'}) DETACH DELETE s").run();
        version.bump();
    }

    @Test
    void theChecklistIsSeededInTheGuidesOrder() {
        var sectors = Api.on(port).asViewer().get("/api/sectors").json();
        List<String> keys = new ArrayList<>();
        sectors.forEach(sector -> keys.add(sector.get("key").asString()));
        assertThat(keys)
                .startsWith("district-schools", "site-schools", "teachers-union", "families")
                .contains("faith", "business", "students");
        assertThat(keys.subList(0, 20)).hasSize(20).doesNotHaveDuplicates();
        assertThat(sectors.get(17).get("title").asString()).isEqualTo("Faith communities");
    }

    @Test
    void anEditorAddsTheCommunitysOwnSector() {
        var added = Api.on(port)
                .asEditor()
                .post("/api/sectors", Map.of("key", "arts-culture", "title", "Arts and culture"));
        assertThat(added.status()).isEqualTo(201);
        var sectors = Api.on(port).asViewer().get("/api/sectors").body();
        assertThat(sectors).contains("\"arts-culture\"", "Arts and culture");
        var coverage = Api.on(port).asViewer().get("/api/coverage").body();
        assertThat(coverage).as("the analysis sees the new sector at once").contains("\"arts-culture\"");
    }

    @Test
    void aSectorKeyMustBeASlug() {
        var answer = Api.on(port).asEditor().post("/api/sectors", Map.of("key", "Arts & Culture", "title", "Arts"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
    }

    @Test
    void aTakenSectorKeyIsAConflict() {
        var answer = Api.on(port).asEditor().post("/api/sectors", Map.of("key", "faith", "title", "Faith again"));
        assertThat(answer.status()).isEqualTo(409);
    }
}
