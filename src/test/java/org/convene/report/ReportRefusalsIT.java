package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No report file of any content can write to the store, read a file or reach the application's
 * own nodes: each such report, dropped into {@code convene.reports-dir}, is refused with 422
 * naming the clause, and the store is as it was (checked here, and for the whole class by
 * TestData's comparison of the store before and after).
 */
@ConveneIntegrationTest
class ReportRefusalsIT {

    @LocalServerPort
    int port;

    @Autowired
    ReportSettings settings;

    @Autowired
    Driver driver;

    @Autowired
    ReportRunner runner;

    ReportFolder folder;
    Map<String, Long> before;

    @BeforeEach
    void countTheStore() {
        folder = new ReportFolder(settings);
        before = counts();
    }

    @AfterEach
    void removeTheReports() {
        folder.clear();
        assertThat(counts())
                .as("the store's nodes, relationships and properties")
                .isEqualTo(before);
    }

    private Map<String, Long> counts() {
        try (var session = driver.session()) {
            var row = session.run("""
                            MATCH (n) WHERE NOT n:GraphVersion
                            WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProperties
                            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                            RETURN nodes, nodeProperties, relationships
                            """).single();
            return Map.of(
                    "nodes", row.get("nodes").asLong(),
                    "nodeProperties", row.get("nodeProperties").asLong(),
                    "relationships", row.get("relationships").asLong());
        }
    }

    private Api.Response run(String name) {
        return Api.on(port).asAdmin().get("/api/reports/" + name);
    }

    private void assertRefused(String name, String query, String clause) {
        folder.report(name, query);
        var answer = run(name);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asString())
                .startsWith("The report '" + name + "' was refused:")
                .contains("(" + clause + ")")
                .endsWith("nothing was run.");
    }

    @Test
    void aCreateIsRefused() {
        assertRefused("writes-create", "CREATE (:ZzReport {by: 'a report'}) RETURN 1 AS one", "CREATE");
    }

    @Test
    void aMergeIsRefused() {
        assertRefused("writes-merge", "MERGE (p:Person {name: 'Zz Merged'}) RETURN p.name AS name", "MERGE");
    }

    @Test
    void aSetIsRefused() {
        assertRefused("writes-set", "MATCH (p:Person) SET p.stage = 'laggard' RETURN count(p) AS people", "SET");
    }

    @Test
    void aDetachDeleteIsRefused() {
        assertRefused("writes-delete", "MATCH (p:Person {name: 'Gordon Ashby'}) DETACH DELETE p", "DETACH DELETE");
    }

    @Test
    void aRemoveIsRefused() {
        assertRefused("writes-remove", "MATCH (p:Person) REMOVE p:Person RETURN count(p) AS people", "REMOVE");
        // removing a property is planned as setting it to null
        assertRefused("writes-remove-property", "MATCH (p:Person) REMOVE p.stage RETURN count(p) AS people", "SET");
    }

    @Test
    void aLoadCsvIsRefusedBeforeAnyFileIsRead() {
        assertRefused("reads-file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV");
    }

    @Test
    void aDbmsProcedureCallIsRefused() {
        assertRefused(
                "calls-dbms",
                "CALL dbms.components() YIELD name, versions RETURN name, versions",
                "CALL dbms.components");
    }

    @Test
    void anyProcedureCallIsRefused() {
        assertRefused("calls-db", "CALL db.labels() YIELD label RETURN label", "CALL db.labels");
    }

    @Test
    void callInTransactionsIsRefused() {
        assertRefused(
                "in-transactions",
                "MATCH (p:Person) CALL (p) { SET p.touched = true } IN TRANSACTIONS OF 10 ROWS",
                "CALL { } IN TRANSACTIONS");
        assertRefused(
                "reads-in-transactions",
                "MATCH (p:Person) CALL (p) { RETURN p.name AS name } IN TRANSACTIONS RETURN name",
                "CALL { } IN TRANSACTIONS");
    }

    @Test
    void aWriteHiddenAfterAWithIsRefused() {
        assertRefused(
                "write-after-with",
                "MATCH (p:Person) WITH p ORDER BY p.name LIMIT 1 CREATE (p)-[:KNOWS {strength: 5}]->(p) RETURN p.name AS name",
                "CREATE");
    }

    @Test
    void aWriteInsideForeachIsRefused() {
        assertRefused(
                "write-in-foreach",
                "MATCH (p:Person) WITH collect(p) AS people FOREACH (x IN people | SET x.stage = 'laggard')",
                "FOREACH");
    }

    @Test
    void anAllNodesScanIsRefused() {
        assertRefused("all-nodes", "MATCH (n) RETURN n", "an all-nodes scan");
        assertRefused("not-a-person", "MATCH (n:!Person) RETURN count(n) AS others", "an all-nodes scan");
    }

    @Test
    void anAllRelationshipsScanIsRefused() {
        assertRefused("all-relationships", "MATCH ()-[r]->() RETURN r.id AS id", "an all-relationships scan");
    }

    @Test
    void useOfAnotherDatabaseIsRefused() {
        assertRefused("use-system", "USE system SHOW USERS", "USE");
        assertRefused("use-neo4j", "USE neo4j MATCH (p:Person) RETURN count(p) AS people", "USE");
    }

    @Test
    void administrationAndSchemaCommandsAreRefused() {
        assertRefused("show-settings", "SHOW SETTINGS", "SHOW SETTINGS");
        assertRefused("show-transactions", "SHOW TRANSACTIONS", "SHOW TRANSACTIONS");
        assertRefused("terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS");
        assertRefused(
                "create-index", "CREATE INDEX zz_report IF NOT EXISTS FOR (p:Person) ON (p.stage)", "CREATE INDEX");
    }

    @Test
    void aViewersReportReadingUsersIsRefusedForEveryone() {
        folder.report("reads-users", "MATCH (u:User) RETURN u.username AS name, u.passwordHash AS hash");

        for (Api api : new Api[] {Api.on(port).asViewer(), Api.on(port).asAdmin()}) {
            var answer = api.get("/api/reports/reads-users");
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().get("error").asString())
                    .contains("(:User)")
                    .contains("only an ADMIN report may")
                    .doesNotContain("$2a$");
        }
    }

    @Test
    void theAppsOwnNodesAreFencedHoweverTheyAreNamed() {
        assertRefused("users-quoted", "MATCH (u:`User`) RETURN count(u) AS users", ":User");
        assertRefused("users-union", "MATCH (n:Person|User) RETURN count(n) AS both", ":User");
        assertRefused("users-is", "MATCH (n IS User) RETURN count(n) AS users", ":User");
        assertRefused(
                "users-in-subquery",
                "MATCH (p:Person) RETURN p.name AS name, COLLECT { MATCH (u:User) RETURN u.username } AS users",
                ":User");
        assertRefused("users-in-a-filter", "MATCH (p:Person)--(x) WHERE x:User RETURN x.username AS name", ":User");
        assertRefused("tokens", "MATCH (t:ApiToken) RETURN count(t) AS tokens", ":ApiToken");
        assertRefused("audit", "MATCH (a:AuditEntry) RETURN a.changes AS changes", ":AuditEntry");
        assertRefused("version", "MATCH (v:GraphVersion) RETURN v.version AS version", ":GraphVersion");
        assertRefused("by-id", "MATCH (n) WHERE id(n) = 0 RETURN n", "a look-up by internal id");
        assertRefused("by-element-id", "MATCH (n) WHERE elementId(n) = '4:x:0' RETURN n", "a look-up by internal id");
    }

    @Test
    void anAdminReportMayReadTheAppsOwnNodes() {
        folder.report("admin-users", "MATCH (u:User) RETURN u.username AS name ORDER BY name", "// role: ADMIN");

        var answer = Api.on(port).asAdmin().get("/api/reports/admin-users");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("rows").toString()).contains("\"admin\"");
        assertThat(Api.on(port).asEditor().get("/api/reports/admin-users").status())
                .isEqualTo(403);
    }

    @Test
    void aReportAboveTheCallersRoleAnswers403() {
        folder.report("for-editors", "MATCH (p:Person) RETURN count(p) AS people", "// role: EDITOR");

        var viewer = Api.on(port).asViewer().get("/api/reports/for-editors");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json().get("error").asString()).contains("needs the role EDITOR");
        assertThat(Api.on(port).asEditor().get("/api/reports/for-editors").status())
                .isEqualTo(200);
    }

    @Test
    void aReportWithABrokenHeaderIsListedWithItsErrorAndDoesNotRun() {
        folder.write("broken-header", "// title: Broken\n// colour: red\nCREATE (:ZzReport) RETURN 1 AS one\n");

        var list = Api.on(port).asViewer().get("/api/reports");
        var answer = run("broken-header");

        assertThat(list.status()).isEqualTo(200);
        var listed = java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
                .filter(r -> r.get("name").asString().equals("broken-header"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("error").asString()).contains("Line 2: unknown key 'colour'");
        assertThat(listed.get("origin").asString()).isEqualTo("folder");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asString()).contains("cannot run: its header has errors");
    }

    @Test
    void invalidCypherAnswers422WithTheStoresReason() {
        folder.report("not-cypher", "MATCH (p:Person RETURN p");

        var answer = run("not-cypher");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asString()).startsWith("The report 'not-cypher' is not valid Cypher:");
    }

    @Test
    void theRunnersSessionIsReadOnlyEvenWithoutThePlanCheck() {
        try (var session = runner.readSession();
                var tx = session.beginTransaction()) {
            assertThatThrownBy(() -> tx.run("CREATE (:ZzReport) RETURN 1").consume())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("read access mode");
        }
    }
}
