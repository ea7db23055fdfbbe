package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The runner's limits, its parameters, its CSV and its names, on reports of the test's own folder. */
@ConveneIntegrationTest
class ReportRunsIT {

    @LocalServerPort
    int port;

    @Autowired
    ReportSettings settings;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    ReportArguments arguments;

    @Autowired
    AppNodes appNodes;

    @Autowired
    Driver driver;

    ReportFolder folder;

    @BeforeEach
    void folder() {
        folder = new ReportFolder(settings);
    }

    @AfterEach
    void clear() {
        folder.clear();
    }

    private Api viewer() {
        return Api.on(port).asViewer();
    }

    // ---------------------------------------------------------------- the folder

    @Test
    void aReportDroppedIntoTheFolderShowsUpAndRunsWithoutARestart() {
        assertThat(viewer().get("/api/reports/dropped-in").status()).isEqualTo(404);

        folder.report("dropped-in", "MATCH (p:Person {name: 'Gordon Ashby'}) RETURN p.role AS role");

        assertThat(viewer().get("/api/reports").body()).contains("\"name\":\"dropped-in\"");
        var answer = viewer().get("/api/reports/dropped-in");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("rows").toString()).isEqualTo("[[\"Superintendent\"]]");
    }

    @Test
    void aFolderReportOverridesTheShippedOneOfItsName() {
        folder.report("headline-numbers", "RETURN 'ours' AS whose");

        var answer = viewer().get("/api/reports/headline-numbers");

        assertThat(answer.json().get("columns").toString()).isEqualTo("[\"whose\"]");
        assertThat(catalog.find("headline-numbers").orElseThrow().origin()).isEqualTo(Report.FOLDER);
        folder.clear();
        assertThat(catalog.find("headline-numbers").orElseThrow().origin()).isEqualTo(Report.SHIPPED);
    }

    @Test
    void theListShowsEachParameterWithItsDefaultAndWhatItMeansToday() {
        JsonNode newcomers = null;
        for (JsonNode report : viewer().get("/api/reports").json()) {
            if (report.get("name").asString().equals("newcomers")) {
                newcomers = report;
            }
        }
        assertThat(newcomers).isNotNull();
        assertThat(newcomers.get("title").asString()).isEqualTo("Newcomers in a period");
        assertThat(newcomers.get("error").isNull()).isTrue();
        assertThat(newcomers.get("role").asString()).isEqualTo("VIEWER");
        JsonNode from = newcomers.get("parameters").get(0);
        assertThat(from.get("name").asString()).isEqualTo("from");
        assertThat(from.get("type").asString()).isEqualTo("date");
        assertThat(from.get("required").asBoolean()).isFalse();
        assertThat(from.get("default").asString()).isEqualTo("start of quarter");
        assertThat(from.get("value").asString())
                .isEqualTo(arguments.date("start of quarter").orElseThrow().toString());
        assertThat(from.get("description").asString()).isEqualTo("First day of the period");
        assertThat(newcomers.get("chart").toString())
                .isEqualTo("{\"type\":\"bar\",\"label\":\"sector\",\"values\":[\"newcomers\"]}");
    }

    // ---------------------------------------------------------------- names

    @Test
    void onlyAListedNameIsAReport() {
        for (String name : List.of("no-such-report", "NEWCOMERS", "newcomers.cypher", "...", "newcomers%20", "~root")) {
            var answer = viewer().get("/api/reports/" + name);
            assertThat(answer.status()).as(name).isEqualTo(404);
            assertThat(answer.body()).as(name).contains("\"error\"");
        }
    }

    /**
     * A path that is not normalised (an encoded or plain {@code ..}, an encoded slash or
     * backslash, a NUL) is rejected before any application code by Tomcat or Spring Security's
     * firewall (400); what passes them is looked up among the listed names (404). None is ever
     * read as a file.
     */
    @Test
    void namesThatTryToLeaveTheFolderNeverReachAFile() {
        for (String path : List.of(
                "/api/reports/..",
                "/api/reports/%2e%2e",
                "/api/reports/..%2F..%2Fpom.xml",
                "/api/reports/%2e%2e%2f%2e%2e%2fpom.xml",
                "/api/reports/..%5C..%5Cpom.xml",
                "/api/reports/newcomers%00",
                "/api/reports/%2Fetc%2Fpasswd",
                "/api/reports//etc/passwd",
                "/api/reports/../../pom.xml",
                "/api/reports/newcomers;jsessionid=x")) {
            int status = rawGet(path);
            System.out.println("traversal " + path + " -> " + status);
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    /** A request with the path exactly as written, not normalised by a URI builder. */
    private int rawGet(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((TestUsers.VIEWER + ":" + TestUsers.PASSWORD)
                                                    .getBytes(StandardCharsets.UTF_8)))
                    .GET()
                    .build();
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- parameters

    @Test
    void valuesAreBoundAsTypedDriverValues() {
        folder.report(
                "types",
                """
                RETURN valueType($day) AS day, valueType($top) AS top, valueType($on) AS on,
                       $sector AS sector, $person AS person, valueType($text) AS text, $nothing AS nothing""",
                "// param day: date = 2026-01-02",
                "// param top: integer = 5",
                "// param on: boolean = false",
                "// param sector: sector = Faith communities",
                "// param person: person",
                "// param text: string = hello",
                "// param nothing: string?");
        String gordon = gordonsId();

        var answer = viewer().get("/api/reports/types?person=Gordon%20Ashby&on=TRUE");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("rows").toString())
                .isEqualTo("[[\"DATE NOT NULL\",\"INTEGER NOT NULL\",\"BOOLEAN NOT NULL\",\"faith\",\"" + gordon
                        + "\",\"STRING NOT NULL\",null]]");
        assertThat(answer.json().get("parameters").toString())
                .isEqualTo("{\"day\":\"2026-01-02\",\"top\":5,\"on\":true,\"sector\":\"faith\","
                        + "\"person\":\"Gordon Ashby\",\"text\":\"hello\",\"nothing\":null}");
        assertThat(viewer().get("/api/reports/types?person=" + gordon).status()).isEqualTo(200);
    }

    private String gordonsId() {
        try (var session = driver.session()) {
            return session.run("MATCH (p:Person {name: 'Gordon Ashby'}) RETURN p.id AS id")
                    .single()
                    .get("id")
                    .asString();
        }
    }

    @Test
    void aRelativeDateMayBeGivenAsWellAsAnIsoOne() {
        folder.report("echo-date", "RETURN $day AS day", "// param day: date");

        assertThat(viewer().get("/api/reports/echo-date?day=2026-03-04")
                        .json()
                        .get("rows")
                        .toString())
                .isEqualTo("[[\"2026-03-04\"]]");
        assertThat(viewer().get("/api/reports/echo-date?day=start%20of%20year")
                        .json()
                        .get("rows")
                        .toString())
                .isEqualTo("[[\"" + arguments.date("start of year").orElseThrow() + "\"]]");
    }

    @Test
    void badValuesAnswer400NamingTheParameter() {
        folder.report(
                "strict",
                "RETURN $day AS day, $top AS top, $on AS on, $sector AS sector, $person AS person",
                "// param day: date = today",
                "// param top: integer = 5",
                "// param on: boolean = true",
                "// param sector: sector?",
                "// param person: person?");

        assertBad(
                "/api/reports/strict?day=2026-02-30", "day", "'day' must be a date like 2026-09-01, not '2026-02-30'.");
        assertBad("/api/reports/strict?day=yesterday", "day", "'day' must be a date like 2026-09-01, not 'yesterday'.");
        assertBad("/api/reports/strict?top=5.5", "top", "'top' must be a whole number, not '5.5'.");
        assertBad("/api/reports/strict?on=yes", "on", "'on' must be true or false, not 'yes'.");
        assertBad(
                "/api/reports/strict?sector=astronomy",
                "sector",
                "'sector': 'astronomy' is not a known sector key or title.");
        assertBad(
                "/api/reports/strict?person=Nobody%20Here",
                "person", "'person': 'Nobody Here' is neither the id nor the label of a person.");
        assertBad(
                "/api/reports/strict?colour=red",
                "colour",
                "'colour' is not a parameter of the report 'strict' (it takes day, top, on, sector, person).");
        assertBad("/api/reports/strict?top=1&top=2", "top", "The parameter 'top' is given more than once.");
    }

    @Test
    void aRequiredParameterLeftOutAnswers400() {
        folder.report("needs-top", "RETURN $top AS top", "// param top: integer");

        assertBad("/api/reports/needs-top", "top", "The parameter 'top' is required by the report 'needs-top'.");
        assertBad("/api/reports/needs-top?top=", "top", "The parameter 'top' is required by the report 'needs-top'.");
        assertThat(viewer().get("/api/reports/needs-top?top=7")
                        .json()
                        .get("rows")
                        .toString())
                .isEqualTo("[[7]]");
    }

    @Test
    void aBlankOptionalValueIsBoundAsNull() {
        folder.report("optional", "RETURN $sector IS NULL AS none", "// param sector: sector?");

        assertThat(viewer().get("/api/reports/optional?sector=")
                        .json()
                        .get("rows")
                        .toString())
                .isEqualTo("[[true]]");
        assertThat(viewer().get("/api/reports/optional?sector=faith")
                        .json()
                        .get("rows")
                        .toString())
                .isEqualTo("[[false]]");
    }

    private void assertBad(String path, String field, String message) {
        var answer = viewer().get(path);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).as(path).isEqualTo(message);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    // ---------------------------------------------------------------- limits

    @Test
    void theRowCapStopsTheStreamAndSaysSo() {
        int cap = settings.reports().maxRows();
        folder.report("many", "UNWIND range(1, $n) AS i RETURN i", "// param n: integer");

        JsonNode cut = viewer().get("/api/reports/many?n=" + (cap + 5000)).json();
        JsonNode exact = viewer().get("/api/reports/many?n=" + cap).json();

        assertThat(cut.get("rows").size()).isEqualTo(cap);
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        assertThat(cut.get("rows").get(cap - 1).get(0).asInt()).isEqualTo(cap);
        assertThat(exact.get("rows").size()).isEqualTo(cap);
        assertThat(exact.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aReportPastTheTimeLimitIsStoppedAndTheStoreGoesOn() throws Exception {
        folder.report("slow", "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS never");
        Report slow = catalog.find("slow").orElseThrow();
        var oneSecond = new ReportSettings(
                settings.reportsDir(), new ReportSettings.Limits(Duration.ofSeconds(1), 100), "test");
        ReportRunner runner = new ReportRunner(driver, arguments, appNodes, oneSecond);

        long started = System.nanoTime();
        CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
            try {
                runner.run(slow, arguments.bind(slow, Map.of()), "test", 10);
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        // meanwhile another user asks the store something and is answered
        var meanwhile = viewer().get("/api/reports/headline-numbers");
        Throwable failure = running.get();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(meanwhile.status()).isEqualTo(200);
        assertThat(failure).isInstanceOf(ReportProblem.class);
        assertThat(((ReportProblem) failure).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(failure.getMessage())
                .isEqualTo(
                        "The report 'slow' ran past the time limit of 1 s (convene.reports.timeout) and was stopped.");
        assertThat(millis).isBetween(900L, 30_000L);
        assertThat(viewer().get("/api/reports/headline-numbers").status()).isEqualTo(200);
    }

    @Test
    void theTimeLimitAnswers503NamingIt() {
        folder.report(
                "slow-http", "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS never");
        Report report = catalog.find("slow-http").orElseThrow();
        var problem = ReportProblem.timedOut("x");
        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        var answer = viewer().get("/api/reports/slow-http");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("error").asString())
                .isEqualTo("The report 'slow-http' ran past the time limit of "
                        + ReportRunner.seconds(settings.reports().timeout())
                        + " (convene.reports.timeout) and was stopped.");
        assertThat(report.runnable()).isTrue();
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void csvEscapesCommasQuotesAndLineBreaksAndNeutralisesFormulas() {
        folder.report("awkward", """
                RETURN 'a, b' AS comma, 'say "hi"' AS quote, 'two\\nlines' AS lines, '=1+2' AS formula,
                       '+x' AS plus, '-x' AS minus, '@x' AS at, '\\tx' AS tab, '\\rx' AS cr, -3 AS number,
                       2.5 AS decimal, date('2026-01-02') AS day, ['=a', 'b'] AS list, [-1, 2] AS numbers,
                       'Hector Villaseñor' AS accent, true AS yes, null AS nothing""");

        var answer = viewer().get("/api/reports/awkward", "text/csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/csv");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"awkward.csv\"");
        assertThat(answer.body())
                .isEqualTo(
                        "comma,quote,lines,formula,plus,minus,at,tab,cr,number,decimal,day,list,numbers,accent,yes,nothing\r\n"
                                + "\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+2,'+x,'-x,'@x,'\tx,\"'\rx\",-3,2.5,2026-01-02,"
                                + "'=a; b,-1; 2,Hector Villaseñor,true,\r\n");
    }

    @Test
    void csvErrorsAreStillJson() {
        var answer = viewer().get("/api/reports/no-such-report", "text/csv");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("error").asString()).contains("no-such-report");
    }

    @Test
    void nodesAndRelationshipsAreRenderedAsTheirLabelsNotAsDriverInternals() {
        folder.report("entities", """
                MATCH (p:Person {name: 'Gordon Ashby'})-[k:KNOWS]-(q:Person {name: 'Lionel Okereke'})
                MATCH (s:Sector {key: 'faith'})
                MATCH path = (p)-[:KNOWS]-(q)
                RETURN p AS person, s AS sector, k.strength AS strength, k AS tie, path LIMIT 1""");

        var answer = viewer().get("/api/reports/entities");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode row = answer.json().get("rows").get(0);
        assertThat(row.get(0).asString()).isEqualTo("Gordon Ashby");
        assertThat(row.get(1).asString()).isEqualTo("faith");
        assertThat(row.get(3).asString()).doesNotContain("elementId").isNotBlank();
        assertThat(row.get(4).asString()).isEqualTo("Gordon Ashby – Lionel Okereke");
        assertThatThrownBy(() -> row.get(0).get("elementId").asString()).isInstanceOf(Exception.class);
    }
}
