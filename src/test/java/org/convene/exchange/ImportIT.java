package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Qx ")
class ImportIT {

    static final String ELEMENTS = """
            Label,Type,Sector,Level,Organization,Role,Coalition,Stage,Description,Tags
            Qx Brightwater Clinic,Organization,Health,city,,,,,,
            Qx Ada Lind,Person,,,Qx Brightwater Clinic,Nurse Manager,yes,Innovator,,health;founders
            Qx Bo Lind,Person,families,,,,no,skeptic,Parent of two,
            Qx Cy Moss,Person,,,,Pastor,Y,early-adopter,,
            """;
    static final String CONNECTIONS = """
            From,To,Type,Strength,Context
            Qx Ada Lind,Qx Bo Lind,Knows,2,neighbour
            Qx Bo Lind,Qx Ada Lind,,4,family
            Qx Cy Moss,Qx Bo Lind,knows,,faith
            Qx Cy Moss,Qx Brightwater Clinic,Works at,,
            Qx Ada Lind,Qx Brightwater Clinic,Works at,,
            """;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private Api.Response importCsv(String elements, String connections) {
        return Api.on(port).asEditor().importCsv("/api/import", elements, connections);
    }

    /** The CSV texts as the two parts, or as one workbook with the same cells on the same rows. */
    private Api.Response send(SpreadsheetFormat format, String elements, String connections) {
        return format == SpreadsheetFormat.CSV
                ? importCsv(elements, connections)
                : Api.on(port).asEditor().importWorkbook("/api/import", Workbooks.fromCsv(elements, connections));
    }

    private Map<String, Object> storeState() {
        return neo4j.query("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() WITH nodes, count(r) AS relationships
                OPTIONAL MATCH (v:GraphVersion) RETURN nodes, relationships, v.version AS version
                """).fetch().one().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileIsImportedAndCountedAsTheContractSays(SpreadsheetFormat format) {
        var answer = send(format, ELEMENTS, CONNECTIONS);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var counts = answer.json();
        assertThat(counts.get("people").asInt()).isEqualTo(3);
        assertThat(counts.get("organizations").asInt()).isEqualTo(1);
        assertThat(counts.get("ties").asInt()).isEqualTo(2);
        assertThat(counts.get("affiliations").asInt()).isEqualTo(2);
        assertThat(counts.get("partnerships").asInt()).isZero();

        var ada = person("Qx Ada Lind");
        assertThat(ada.get("organization").asString()).isEqualTo("Qx Brightwater Clinic");
        assertThat(ada.get("sector").asString()).isEqualTo("health");
        assertThat(ada.get("stage").asString()).isEqualTo("innovator");
        assertThat(ada.get("coalition").asBoolean()).isTrue();
        assertThat(ada.get("tags").toString()).isEqualTo("[\"health\",\"founders\"]");
        assertThat(ada.get("role").asString()).isEqualTo("Nurse Manager");
        assertThat(ada.get("ties")).hasSize(1);
        assertThat(ada.get("ties").get(0).get("strength").asInt())
                .as("the later row wins")
                .isEqualTo(4);
        assertThat(ada.get("ties").get(0).get("context").asString()).isEqualTo("family");

        var cy = person("Qx Cy Moss");
        assertThat(cy.get("stage").asString()).isEqualTo("early adopter");
        assertThat(cy.get("ties").get(0).get("strength").asInt())
                .as("default strength")
                .isEqualTo(3);
        assertThat(cy.get("organization").asString()).isEqualTo("Qx Brightwater Clinic");
        assertThat(person("Qx Bo Lind").get("coalition").asBoolean())
                .as("default coalition")
                .isFalse();
    }

    @Test
    void anUpdateKeepsWhatABlankCellLeavesOutAndRecordsTheStageChange() {
        importCsv(ELEMENTS, CONNECTIONS);

        var answer = importCsv("""
                Label,Type,Role,Coalition,Stage
                Qx Ada Lind,person,,,
                Qx Bo Lind,Person,PTA President,yes,early majority
                """, "From,To\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var ada = person("Qx Ada Lind");
        assertThat(ada.get("role").asString()).isEqualTo("Nurse Manager");
        assertThat(ada.get("stage").asString()).isEqualTo("innovator");
        assertThat(ada.get("coalition").asBoolean()).isTrue();
        var bo = person("Qx Bo Lind");
        assertThat(bo.get("role").asString()).isEqualTo("PTA President");
        assertThat(bo.get("coalition").asBoolean()).isTrue();
        assertThat(bo.get("sector").asString()).isEqualTo("families");
        assertThat(bo.get("stages")).hasSize(2);
        assertThat(bo.get("stages").get(1).get("stage").asString()).isEqualTo("early majority");
    }

    @Test
    void aRowWithAStoredIdRenamesTheElement() {
        importCsv(ELEMENTS, CONNECTIONS);
        String id = person("Qx Bo Lind").get("id").asString();

        var answer = importCsv("ID,Label,Type\n" + id + ",Qx Bo Lind-Okafor,Person\n", "From,To\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var renamed = Api.on(port).asViewer().get("/api/people/" + id).json();
        assertThat(renamed.get("name").asString()).isEqualTo("Qx Bo Lind-Okafor");
        assertThat(renamed.get("ties")).hasSize(2);
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        var before = storeState();

        var answer = Api.on(port).asEditor().importCsv("/api/import?dryRun=true", ELEMENTS, CONNECTIONS);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("dryRun").asBoolean()).isTrue();
        assertThat(answer.json().get("changes").get("createPeople").asInt()).isEqualTo(3);
        assertThat(answer.json().get("people").asInt()).isEqualTo(3);
        assertThat(storeState()).isEqualTo(before);
    }

    @Test
    void aViewerMayNotImport() {
        var answer = Api.on(port).asViewer().importCsv("/api/import", ELEMENTS, CONNECTIONS);
        assertThat(answer.status()).isEqualTo(403);
    }

    static Stream<Arguments> badFiles() {
        String okConnections = "From,To\n";
        return Stream.of(
                Arguments.of(
                        "missing label", "Label,Type\nQx A,Person\n,Person\n", okConnections, "elements", 3, "Label"),
                Arguments.of(
                        "duplicate label",
                        "Label,Type\nQx A,Person\nQx B,Person\nQx A,Person\n",
                        okConnections,
                        "elements",
                        4,
                        "Label"),
                Arguments.of("unknown type", "Label,Type\nQx A,Persona\n", okConnections, "elements", 2, "Type"),
                Arguments.of(
                        "strength out of range",
                        "Label,Type\nQx A,Person\nQx B,Person\n",
                        "From,To,Strength\nQx A,Qx B,6\n",
                        "connections",
                        2,
                        "Strength"),
                Arguments.of(
                        "strength not a number",
                        "Label,Type\nQx A,Person\nQx B,Person\n",
                        "From,To,Strength\nQx A,Qx B,strong\n",
                        "connections",
                        2,
                        "Strength"),
                Arguments.of(
                        "unknown From",
                        "Label,Type\nQx A,Person\n",
                        "From,To\nQx Nobody,Qx A\n",
                        "connections",
                        2,
                        "From"),
                Arguments.of(
                        "unknown To", "Label,Type\nQx A,Person\n", "From,To\nQx A,Qx Nobody\n", "connections", 2, "To"),
                Arguments.of(
                        "bad yes/no",
                        "Label,Type,Coalition\nQx A,Person,maybe\n",
                        okConnections,
                        "elements",
                        2,
                        "Coalition"),
                Arguments.of("empty file", "", okConnections, "elements", 0, null),
                Arguments.of("self-tie", "Label,Type\nQx A,Person\n", "From,To\nQx A,Qx A\n", "connections", 2, "To"),
                Arguments.of(
                        "org-to-org Works at",
                        "Label,Type,Sector\nQx Org One,Organization,health\nQx Org Two,Organization,housing\n",
                        "From,To,Type\nQx Org One,Qx Org Two,Works at\n",
                        "connections",
                        2,
                        "From"),
                Arguments.of("missing required column", "Label\nQx A\n", okConnections, "elements", 0, null),
                Arguments.of(
                        "unknown organization",
                        "Label,Type,Organization\nQx A,Person,Qx Nowhere Inc\n",
                        okConnections,
                        "elements",
                        2,
                        "Organization"));
    }

    /** Every bad file, as CSV parts and as a workbook: the same sheet, row and column either way. */
    static Stream<Arguments> badFilesInEitherFormat() {
        return badFiles()
                .flatMap(file -> Stream.of(SpreadsheetFormat.values()).map(format -> {
                    Object[] given = file.get();
                    Object[] both = new Object[given.length + 1];
                    both[0] = format;
                    System.arraycopy(given, 0, both, 1, given.length);
                    return Arguments.of(both);
                }));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badFilesInEitherFormat")
    void aBadRowRejectsTheWholeFileNamingRowAndColumn(
            SpreadsheetFormat format,
            String kind,
            String elements,
            String connections,
            String sheet,
            int row,
            String column) {
        var before = storeState();

        var answer = send(format, elements, connections);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(answer.json().get("error").asString()).isNotBlank();
        assertThat(error.get("sheet").asString()).isEqualTo(sheet);
        assertThat(error.get("row").asInt()).isEqualTo(row);
        if (column == null) {
            assertThat(error.get("column").isNull())
                    .as("column is null: " + error)
                    .isTrue();
        } else {
            assertThat(error.get("column").asString()).isEqualTo(column);
        }
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(storeState()).as("the store is unchanged").isEqualTo(before);
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnItsRow() {
        var before = storeState();
        byte[] elements = "Label,Type\nQx A,Person\nQx B\u00e9,Person\n".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("elements", elements);
        parts.put("connections", "From,To\n".getBytes(StandardCharsets.UTF_8));

        var answer = Api.on(port).asEditor().upload("/api/import", parts);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("elements");
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(storeState()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void everyBadRowIsReportedNotJustTheFirst(SpreadsheetFormat format) {
        var answer = send(
                format,
                "Label,Type,Stage\nQx A,Person,dreamer\nQx B,Robot,\nQx C,Person,\n",
                "From,To,Strength\nQx A,Qx C,0\nQx C,Qx Z,2\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors")).hasSize(4);
    }

    @Test
    void aMissingPartIsAFileError() {
        var answer = importCsv(ELEMENTS, null);
        assertThat(answer.status()).isEqualTo(400);
        var error = answer.json().get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("connections");
        assertThat(error.get("row").asInt()).isZero();
    }

    @Test
    void anUploadOverFiftyMegabytesGets413InJson() {
        byte[] large = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("elements", large);
        parts.put("connections", "From,To\n".getBytes(StandardCharsets.UTF_8));

        var answer = Api.on(port).asEditor().upload("/api/import", parts);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asString()).contains("50 MB");
    }

    private JsonNode person(String label) {
        var found = Api.on(port)
                .asViewer()
                .get("/api/people?q=" + label.replace(" ", "%20"))
                .json();
        for (JsonNode candidate : found) {
            if (candidate.get("name").asString().equals(label)) {
                return Api.on(port)
                        .asViewer()
                        .get("/api/people/" + candidate.get("id").asString())
                        .json();
            }
        }
        throw new AssertionError("no person " + label);
    }
}
