package org.convene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.convene.ConveneApplication;
import org.convene.support.Api;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** What both external-store tests check, whatever runs the Neo4j server. */
final class ExternalStoreChecks {

    private ExternalStoreChecks() {}

    static void writeThroughTheAppAndReadInTheStore(String uri, String user, String password, Path appDataDir) {
        try (var app = new SpringApplicationBuilder(ConveneApplication.class)
                .run(
                        "--spring.neo4j.uri=" + uri,
                        "--spring.neo4j.authentication.username=" + user,
                        "--spring.neo4j.authentication.password=" + password,
                        "--convene.data-dir=" + appDataDir,
                        "--convene.demo=false",
                        "--server.port=0",
                        "--convene.admin.password=external-secret")) {
            assertThat(app.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            answersOnAnEmptyNetwork(Api.on(port).as("admin", "external-secret"));
            var created = Api.on(port)
                    .as("admin", "external-secret")
                    .post("/api/people", Map.of("name", "Remote Rhea", "role", "Deputy Mayor"));
            assertThat(created.status()).isEqualTo(201);
        }
        assertThat(filesBelow(appDataDir)).as("files in the app's data dir").isZero();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password));
                var session = driver.session()) {
            var role = session.run("MATCH (p:Person {name: 'Remote Rhea'}) RETURN p.role AS role")
                    .single()
                    .get("role");
            assertThat(role.asString()).isEqualTo("Deputy Mayor");
            long sectors = session.run("MATCH (s:Sector) RETURN count(s) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(sectors).isEqualTo(20);
        }
    }

    /** With nobody stored yet, every question has an empty answer rather than an error. */
    private static void answersOnAnEmptyNetwork(Api api) {
        for (String path : new String[] {
            "/api/metrics?measure=betweenness", "/api/coverage", "/api/bridges", "/api/recruit", "/api/bridges/ties"
        }) {
            var answer = api.get(path);
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        }
        assertThat(api.get("/api/metrics?measure=degree").json()).isEmpty();
        assertThat(api.get("/api/coverage").json()).hasSize(20);
        assertThat(api.get("/api/communities").json().get("communities")).isEmpty();
        assertThat(api.get("/api/communities").json().get("modularity").asDouble())
                .isZero();
        assertThat(api.get("/api/reach?target=Anyone").status()).isEqualTo(404);
    }

    /** Counts the files below a directory (none when it does not exist). */
    private static long filesBelow(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
