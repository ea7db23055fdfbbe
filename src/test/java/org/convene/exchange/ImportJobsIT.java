package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/import?async=true} starts an import as a job; {@code GET /api/import/jobs/{id}}
 * tells its phase and rows, and how it ended. Imports run one at a time, so editors importing at
 * once each get their whole file in.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Jb ")
class ImportJobsIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private static Map<String, byte[]> csv(String elements, String connections) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("elements", elements.getBytes(StandardCharsets.UTF_8));
        parts.put("connections", connections.getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    /** A network of people named with this prefix, each tied to the next. */
    private static Map<String, byte[]> network(String prefix, int people) {
        StringBuilder elements = new StringBuilder("Label,Type\n");
        StringBuilder connections = new StringBuilder("From,To,Strength\n");
        for (int i = 0; i < people; i++) {
            elements.append(prefix).append(i).append(",Person\n");
            if (i > 0) {
                connections
                        .append(prefix)
                        .append(i - 1)
                        .append(',')
                        .append(prefix)
                        .append(i)
                        .append(",2\n");
            }
        }
        return csv(elements.toString(), connections.toString());
    }

    private JsonNode finished(Api api, String location) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var poll = api.get(location);
            assertThat(poll.status()).as(poll.body()).isEqualTo(200);
            if (!poll.json().get("state").asString().equals("running")) {
                return poll.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job at " + location + " did not finish in " + PATIENCE);
    }

    private long people(String prefix) {
        return neo4j.query("MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN count(p)")
                .bind(prefix)
                .to("prefix")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }

    @Test
    void anAsyncImportAnswers202WithItsJobAndEndsWithTheImportsAnswer() throws Exception {
        // when
        var api = Api.on(port).asEditor();
        var started = api.upload("/api/import?async=true", network("Jb A", 300));

        // then
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/import/jobs/");
        assertThat(started.json().get("id").asString()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        assertThat(started.json().get("state").asString()).isEqualTo("running");
        assertThat(started.json().get("dryRun").asBoolean()).isFalse();

        JsonNode done = finished(api, location);
        assertThat(done.get("state").asString()).isEqualTo("succeeded");
        assertThat(done.get("phase").asString()).isEqualTo("done");
        assertThat(done.get("status").asInt()).isEqualTo(200);
        assertThat(done.get("result").get("people").asInt()).isEqualTo(300);
        assertThat(done.get("result").get("ties").asInt()).isEqualTo(299);
        assertThat(done.get("error").isNull()).isTrue();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(people("Jb A")).isEqualTo(300);
    }

    @Test
    void aFailedAsyncImportEndsWithEveryErrorAndWritesNothing() throws Exception {
        // when
        var api = Api.on(port).asEditor();
        var started = api.upload(
                "/api/import?async=true",
                csv("Label,Type\nJb B1,Person\nJb B2,Robot\n", "From,To,Strength\nJb B1,Jb B3,9\n"));
        JsonNode done = finished(api, started.header("Location"));

        // then
        assertThat(done.get("state").asString()).isEqualTo("failed");
        assertThat(done.get("status").asInt()).isEqualTo(400);
        assertThat(done.get("result").isNull()).isTrue();
        assertThat(done.get("error").get("error").asString())
                .isEqualTo("The import has 3 errors, so nothing was imported.");
        List<String> places = new ArrayList<>();
        done.get("error")
                .get("errors")
                .forEach(e -> places.add(e.get("sheet").asString() + " "
                        + e.get("row").asInt() + " " + e.get("column").asString()));
        assertThat(places).containsExactly("elements 3 Type", "connections 2 To", "connections 2 Strength");
        assertThat(people("Jb B")).isZero();
    }

    @Test
    void anAsyncDryRunWritesNothingAndCountsTheChanges() throws Exception {
        // when
        var api = Api.on(port).asEditor();
        var started = api.upload("/api/import?async=true&dryRun=true", network("Jb C", 20));
        JsonNode done = finished(api, started.header("Location"));

        // then
        assertThat(done.get("state").asString()).isEqualTo("succeeded");
        assertThat(done.get("dryRun").asBoolean()).isTrue();
        assertThat(done.get("result").get("changes").get("createPeople").asInt())
                .isEqualTo(20);
        assertThat(done.get("result").get("changes").get("createTies").asInt()).isEqualTo(19);
        assertThat(people("Jb C")).isZero();
    }

    @Test
    void aJobIsVisibleOnlyToTheUserWhoStartedIt() throws Exception {
        // given
        var started = Api.on(port).asEditor().upload("/api/import?async=true&dryRun=true", network("Jb D", 5));
        String location = started.header("Location");
        finished(Api.on(port).asEditor(), location);

        // then
        assertThat(Api.on(port).asAdmin().get(location).status()).isEqualTo(404);
        assertThat(Api.on(port).asViewer().get(location).status()).isEqualTo(404);
        assertThat(Api.on(port).asEditor().get("/api/import/jobs/no-such-job").status())
                .isEqualTo(404);
    }

    @Test
    void aViewerCannotStartAnImportJob() {
        var answer = Api.on(port).asViewer().upload("/api/import?async=true", network("Jb E", 3));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(people("Jb E")).isZero();
    }

    @Test
    void twoEditorsImportingAtOnceBothGetTheirWholeFileIn() throws Exception {
        // given: two editors, one sending a job and one waiting for the answer, on overlapping people
        var editor = Api.on(port).asEditor();
        var admin = Api.on(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Map<String, byte[]> first = network("Jb F", 2_000);
        Map<String, byte[]> second = network("Jb F", 2_500);

        // when
        var job = CompletableFuture.supplyAsync(() -> editor.upload("/api/import?async=true", first));
        var direct = CompletableFuture.supplyAsync(() -> admin.upload("/api/import", second));
        var started = job.get();
        var answered = direct.get();

        // then
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode done = finished(editor, started.header("Location"));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(people("Jb F")).isEqualTo(2_500);
        assertThat(neo4j.query("""
                        MATCH (a:Person)-[k:KNOWS]-(b:Person)
                        WHERE a.name STARTS WITH 'Jb F' AND elementId(a) < elementId(b)
                        RETURN count(k)""").fetchAs(Long.class).one()).contains(2_499L);
        assertThat(neo4j.query("""
                        MATCH (p:Person) WHERE p.name STARTS WITH 'Jb F'
                        WITH p.name AS name, count(*) AS copies WHERE copies > 1 RETURN count(name)""").fetchAs(Long.class).one())
                .as("no person twice")
                .contains(0L);
    }
}
