package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

@ConveneIntegrationTest
@TestData.Removes(elementsNamed = {"=Qe ", "-Qe ", "@Qe ", "+Qe "})
class ExportIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private Api.Download export(String query) {
        return Api.on(port).asViewer().download("/api/export" + query);
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void theCsvExportIsAZipOfBothSheetsInTheImportFormatWithEveryElementAndConnectionOnce() {
        var answer = export("?format=csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/zip");
        assertThat(answer.header("Content-Disposition"))
                .matches("attachment; filename=\"convene-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
        Map<String, List<CSVRecord>> files = unzip(answer.body());
        assertThat(files.keySet()).containsExactly("elements.csv", "connections.csv");
        assertThat(files.get("elements.csv").get(0).toList()).isEqualTo(Sheet.ELEMENTS.columns());
        assertThat(files.get("connections.csv").get(0).toList()).isEqualTo(Sheet.CONNECTIONS.columns());
        assertThat(files.get("elements.csv"))
                .hasSize(1 + (int) count("MATCH (e) WHERE e:Person OR e:Organization RETURN count(e)"));
        assertThat(files.get("connections.csv"))
                .hasSize(1 + (int) count("MATCH ()-[r:KNOWS|WORKS_AT|PARTNERS_WITH]->() RETURN count(r)"));
        Set<String> ids = new HashSet<>();
        for (CSVRecord row :
                files.get("elements.csv").subList(1, files.get("elements.csv").size())) {
            assertThat(ids.add(row.get(0))).as("ID %s once", row.get(0)).isTrue();
        }
    }

    @Test
    void importingTheCsvExportBackIntoTheSameStoreWouldChangeNothing() {
        Map<String, List<CSVRecord>> files = unzip(export("?format=csv").body());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("elements", csv(files.get("elements.csv")));
        parts.put("connections", csv(files.get("connections.csv")));

        var answer = Api.on(port).asEditor().upload("/api/import?dryRun=true", parts);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode summary = answer.json();
        assertThat(summary.get("people").asLong()).isEqualTo(count("MATCH (p:Person) RETURN count(p)"));
        assertThat(summary.get("organizations").asLong()).isEqualTo(count("MATCH (o:Organization) RETURN count(o)"));
        assertThat(summary.get("ties").asLong())
                .isEqualTo(count("MATCH (:Person)-[k:KNOWS]->(:Person) RETURN count(k)"));
        assertThat(summary.get("affiliations").asLong())
                .isEqualTo(count("MATCH (:Person)-[w:WORKS_AT]->(:Organization) RETURN count(w)"));
        assertThat(summary.get("partnerships").asLong())
                .isEqualTo(count("MATCH (:Organization)-[r:PARTNERS_WITH]->(:Organization) RETURN count(r)"));
        JsonNode changes = summary.get("changes");
        assertThat(changes.get("createPeople").asInt()).as(answer.body()).isZero();
        assertThat(changes.get("createOrganizations").asInt()).as(answer.body()).isZero();
        assertThat(changes.get("renames").asInt()).as(answer.body()).isZero();
    }

    @Test
    void aFormulaLeadingLabelIsNeutralisedInTheCsvAndImportedBackAsItWas() {
        var created = Api.on(port)
                .asEditor()
                .importCsv(
                        "/api/import",
                        "Label,Type,Description\n'=Qe Formula,Person,'@Qe note\n'-Qe Dash,Person,\n'+Qe Plus,Organization,\n",
                        "From,To,Type,Context\n'=Qe Formula,'-Qe Dash,Knows,'=cmd|' /C calc'!A0\n");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(neo4j.query("MATCH (p:Person {name: '=Qe Formula'}) RETURN p.description")
                        .fetchAs(String.class)
                        .one())
                .contains("@Qe note");

        Map<String, List<CSVRecord>> files = unzip(export("?format=csv").body());

        List<List<String>> ours = new ArrayList<>();
        for (CSVRecord row : files.get("elements.csv")) {
            if (row.get(1).contains("Qe ")) {
                ours.add(List.of(row.get(1), row.get(19)));
            }
        }
        assertThat(ours)
                .containsExactlyInAnyOrder(
                        List.of("'=Qe Formula", "'@Qe note"), List.of("'-Qe Dash", ""), List.of("'+Qe Plus", ""));
        assertThat(files.get("connections.csv").stream()
                        .filter(row -> row.get(0).contains("Qe ") || row.get(1).contains("Qe "))
                        .map(row -> row.get(4))
                        .toList())
                .containsExactly("'=cmd|' /C calc'!A0");
        for (CSVRecord row : files.get("connections.csv")) {
            assertThat(row.get(3)).as("strength is a number, never quoted").doesNotStartWith("'");
        }
    }

    @Test
    void theJsonExportCarriesOnlyTheNetworksOwnNodesAndRelationshipsEvenWhenTheStoreHoldsOthers() {
        neo4j.query("""
                CREATE (u:User {username: 'export-probe', passwordHash: 'secret-hash'})
                CREATE (a:AuditEntry {id: 'export-probe', user: 'export-probe'})
                CREATE (t:ApiToken {id: 'export-probe', hash: 'token-hash'})
                CREATE (u)-[:HOLDS]->(t)
                WITH a MATCH (p:Person) WITH a, p LIMIT 1 CREATE (a)-[:KNOWS]->(p)
                """).run();
        try {
            var answer = export("?format=json");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Disposition")).endsWith(".json\"");
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("export-probe", "secret-hash", "token-hash");
            JsonNode graph = Api.Response.class
                    .cast(new Api.Response(200, Map.of(), body))
                    .json();
            Set<String> labels = new HashSet<>();
            graph.get("nodes").forEach(node -> node.get("labels").forEach(label -> labels.add(label.asString())));
            assertThat(labels).isSubsetOf(NetworkExport.NODE_LABELS).contains("Person", "Organization");
            Set<String> types = new HashSet<>();
            graph.get("relationships").forEach(r -> types.add(r.get("type").asString()));
            assertThat(types).isSubsetOf(NetworkExport.RELATIONSHIP_TYPES);
            assertThat((long) graph.get("nodes").size())
                    .isEqualTo(count(
                            "MATCH (n) WHERE n:Person OR n:Organization OR n:Sector OR n:StageChange RETURN count(n)"));
            assertThat((long) graph.get("relationships").size()).isEqualTo(count("""
                            MATCH (a)-[r:KNOWS|WORKS_AT|PARTNERS_WITH|IN_SECTOR|HAD_STAGE]->(b)
                            WHERE NOT a:AuditEntry AND NOT b:AuditEntry RETURN count(r)"""));
            JsonNode first = graph.get("relationships").get(0);
            assertThat(first.has("id") && first.has("start") && first.has("end") && first.has("properties"))
                    .isTrue();
        } finally {
            neo4j.query("""
                    MATCH (n) WHERE (n:User OR n:AuditEntry OR n:ApiToken) AND (n.username = 'export-probe' OR n.id = 'export-probe')
                    DETACH DELETE n""").run();
        }
    }

    @Test
    void theGraphExportsHoldEveryElementAsANodeAndEveryConnectionAsAnEdgeOnce() {
        long elements = count("MATCH (e) WHERE e:Person OR e:Organization RETURN count(e)");
        long connections = count("MATCH ()-[r:KNOWS|WORKS_AT|PARTNERS_WITH]->() RETURN count(r)");
        for (String format : List.of("graphml", "gexf")) {
            var answer = export("?format=" + format);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Disposition")).endsWith("." + format + "\"");
            String xml = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(occurrences(xml, "<node ")).as(format).isEqualTo(elements);
            assertThat(occurrences(xml, "<edge ")).as(format).isEqualTo(connections);
        }
    }

    private static long occurrences(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        var answer = Api.on(port).asViewer().get("/api/export?format=pdf");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    @Test
    void anExportNeedsASignedInUser() {
        assertThat(Api.on(port).download("/api/export?format=csv").status()).isEqualTo(401);
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
                    files.put(entry.getName(), parser.getRecords());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] csv(List<CSVRecord> rows) {
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord row : rows) {
                printer.printRecord(row.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
