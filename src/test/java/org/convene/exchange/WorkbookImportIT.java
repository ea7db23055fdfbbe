package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/import} with one part {@code workbook}: typed cells, and files refused whole. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Wb ")
class WorkbookImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private Api.Response importWorkbook(String path, byte[] workbook) {
        return Api.on(port).asEditor().importWorkbook(path, workbook);
    }

    private long elementsNamedWb() {
        return neo4j.query("MATCH (e:Element) WHERE e.name STARTS WITH 'Wb ' RETURN count(e)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }

    /** Elements and Connections of a small network, Strength, Coalition and a label as typed cells. */
    private static byte[] typedWorkbook(double strength) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet elements = workbook.createSheet("Elements");
            String[] header = {"Label", "Type", "Coalition", "Description"};
            for (int i = 0; i < header.length; i++) {
                Workbooks.cell(elements, 1, i).setCellValue(header[i]);
            }
            Workbooks.cell(elements, 2, 0).setCellValue("Wb Ada Lind");
            Workbooks.cell(elements, 2, 1).setCellValue("Person");
            Workbooks.cell(elements, 2, 2).setCellValue(true);
            Workbooks.cell(elements, 3, 0).setCellFormula("\"Wb \"&\"Bo Lind\"");
            Workbooks.cell(elements, 3, 1).setCellValue("Person");
            Workbooks.cell(elements, 3, 2).setCellValue(false);
            Workbooks.cell(elements, 3, 3).setCellValue(2.0);
            XSSFSheet connections = workbook.createSheet("connections");
            String[] columns = {"From", "To", "Strength"};
            for (int i = 0; i < columns.length; i++) {
                Workbooks.cell(connections, 1, i).setCellValue(columns[i]);
            }
            Workbooks.cell(connections, 2, 0).setCellValue("Wb Ada Lind");
            Workbooks.cell(connections, 2, 1).setCellValue("Wb Bo Lind");
            Workbooks.cell(connections, 2, 2).setCellValue(strength);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void typedCellsImportAsTheTextTheyShow() {
        // when
        var answer = importWorkbook("/api/import", typedWorkbook(4.0));

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("people").asInt()).isEqualTo(2);
        assertThat(answer.json().get("ties").asInt()).isEqualTo(1);
        var row = neo4j.query("""
                MATCH (a:Person {name: 'Wb Ada Lind'})-[k:KNOWS]-(b:Person {name: 'Wb Bo Lind'})
                RETURN a.coalition AS ada, b.coalition AS bo, b.description AS description, k.strength AS strength
                """).fetch().one().orElseThrow();
        assertThat(row.get("ada")).isEqualTo(true);
        assertThat(row.get("bo")).isEqualTo(false);
        assertThat(row.get("description")).isEqualTo("2");
        assertThat(row.get("strength")).isEqualTo(4L);
    }

    @Test
    void aStrengthOfFourAndAHalfIsRejectedOnItsCell() {
        // when
        var answer = importWorkbook("/api/import", typedWorkbook(4.5));

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("connections");
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("Strength");
        assertThat(error.get("message").asString()).contains("\"4.5\"");
        assertThat(elementsNamedWb()).isZero();
    }

    @Test
    void aDryRunOfAWorkbookCountsWhatWouldChange() {
        // given
        importWorkbook("/api/import", typedWorkbook(4.0));

        // when
        var answer = importWorkbook("/api/import?dryRun=true", typedWorkbook(5.0));

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode changes = answer.json().get("changes");
        assertThat(changes.get("createPeople").asInt()).isZero();
        assertThat(changes.get("updatePeople").asInt()).isEqualTo(2);
        assertThat(changes.get("createTies").asInt()).isZero();
        assertThat(changes.get("updateTies").asInt()).isEqualTo(1);
    }

    static Stream<Arguments> unreadableWorkbooks() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Elements");
            old.createSheet("Connections");
            old.write(xls);
        }
        return Stream.of(
                Arguments.of("a 0-byte file", new byte[0], "workbook", "empty"),
                Arguments.of(
                        "a text file called .xlsx",
                        "Label,Type\nWb A,Person\n".getBytes(StandardCharsets.UTF_8),
                        "workbook",
                        "not an Excel workbook"),
                Arguments.of("an .xls workbook", xls.toByteArray(), "workbook", ".xls"),
                Arguments.of(
                        "a workbook without a Connections sheet",
                        Workbooks.fromCsv("Label,Type\nWb A,Person\n", null),
                        "connections",
                        "no sheet named Connections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableWorkbooks")
    void aFileThatIsNoUsableWorkbookIsAFileError(String kind, byte[] file, String sheet, String says) {
        // when
        var answer = importWorkbook("/api/import", file);

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("The import has 1 error, so nothing was imported.");
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(error.get("sheet").asString()).isEqualTo(sheet);
        assertThat(error.get("row").asInt()).isZero();
        assertThat(error.get("column").isNull()).isTrue();
        assertThat(error.get("message").asString()).contains(says);
        assertThat(elementsNamedWb()).isZero();
    }

    @Test
    void aWorkbookWithCsvPartsBesideItIsRefused() {
        // given
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("workbook", typedWorkbook(4.0));
        parts.put("elements", "Label,Type\nWb A,Person\n".getBytes(StandardCharsets.UTF_8));

        // when
        var answer = Api.on(port).asEditor().upload("/api/import", parts);

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("workbook");
        assertThat(error.get("row").asInt()).isZero();
        assertThat(error.get("message").asString()).contains("not both");
        assertThat(elementsNamedWb()).isZero();
    }
}
