package org.convene.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/export}: the network in the import's own format (a zip of two CSV files) or as
 * a property graph (JSON), for a viewer to take out.
 */
@RestController
class ExportController {

    private static final List<String> FORMATS = List.of("csv", "xlsx", "graphml", "gexf", "json");
    private static final List<String> NOT_YET = List.of("xlsx");
    private static final List<String> FILTERS = List.of("sector", "stage", "coalition", "focus", "hops");
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NetworkExport export;
    private final Today today;
    private final SectorPalette palette;

    ExportController(NetworkExport export, Today today, SectorPalette palette) {
        this.export = export;
        this.today = today;
        this.palette = palette;
    }

    @GetMapping("/api/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "csv") String format, @RequestParam Map<String, String> parameters) {
        if (!FORMATS.contains(format)) {
            throw invalid("format", "format must be one of " + String.join(", ", FORMATS) + "; not '" + format + "'.");
        }
        if (NOT_YET.contains(format)) {
            throw invalid("format", "The " + format + " export is not available yet; use csv, graphml, gexf or json.");
        }
        for (String filter : FILTERS) {
            if (parameters.containsKey(filter)) {
                throw invalid(
                        filter, "A filtered export (" + filter + ") is not available yet; export the whole network.");
            }
        }
        String name = "convene-" + today.date();
        return switch (format) {
            case "json" -> download(json(), MediaType.APPLICATION_JSON, name + ".json");
            case "gexf" -> download(gexf(), MediaType.parseMediaType("application/gexf+xml"), name + ".gexf");
            case "graphml" ->
                download(graphMl(), MediaType.parseMediaType("application/graphml+xml"), name + ".graphml");
            default -> download(csvZip(), MediaType.parseMediaType("application/zip"), name + ".zip");
        };
    }

    private byte[] csvZip() {
        NetworkExport.Sheets sheets = export.sheets();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            writeCsv(zip, "elements.csv", sheets.elements());
            writeCsv(zip, "connections.csv", sheets.connections());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeCsv(ZipOutputStream zip, String name, List<List<String>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(SpreadsheetCells.neutralise(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        zip.closeEntry();
    }

    private byte[] graphMl() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            GraphFormats.writeGraphMl(export.sheets(), bytes);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException("Cannot write the GraphML export", e);
        }
        return bytes.toByteArray();
    }

    private byte[] gexf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            GraphFormats.writeGexf(export.sheets(), palette, bytes);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException("Cannot write the GEXF export", e);
        }
        return bytes.toByteArray();
    }

    private byte[] json() {
        NetworkExport.Graph graph = export.graph();
        return JSON.writeValueAsBytes(Map.of("nodes", graph.nodes(), "relationships", graph.relationships()));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private static InvalidRequestException invalid(String parameter, String message) {
        return InvalidRequestException.field(parameter, message);
    }
}
