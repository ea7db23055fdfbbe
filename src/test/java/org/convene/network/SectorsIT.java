package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConveneIntegrationTest
@TestData.Removes(sectorKeys = "arts-culture")
class SectorsIT {

    @LocalServerPort
    int port;

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
