package org.convene.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for tests, made from the CSV text the CSV tests already use: each record goes on the
 * sheet row of the line it starts on, every cell a text cell, so a workbook and its CSV files
 * should read as the same tables, with the same row numbers.
 */
final class Workbooks {

    private Workbooks() {}

    /** A workbook with sheets Elements and Connections holding these CSV texts (null: no such sheet). */
    static byte[] fromCsv(String elements, String connections) {
        Map<String, String> sheets = new LinkedHashMap<>();
        if (elements != null) {
            sheets.put("Elements", elements);
        }
        if (connections != null) {
            sheets.put("Connections", connections);
        }
        return fromCsv(sheets);
    }

    /** A workbook with a sheet per entry, named as the key, holding the CSV text. */
    static byte[] fromCsv(Map<String, String> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                XSSFSheet written = workbook.createSheet(sheet.getKey());
                for (Line line : records(sheet.getValue())) {
                    Row row = written.createRow(line.number() - 1);
                    for (int i = 0; i < line.cells().size(); i++) {
                        if (!line.cells().get(i).isEmpty()) {
                            row.createCell(i).setCellValue(line.cells().get(i));
                        }
                    }
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's bytes in a temporary file, deleted when the JVM exits. */
    static Path file(byte[] bytes) {
        try {
            Path file = Files.createTempFile("convene-test-", ".xlsx");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a workbook the way the import does. */
    static XlsxTables.Workbook read(byte[] bytes) {
        Path file = file(bytes);
        try {
            return XlsxTables.read(file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is deleted on exit
            }
        }
    }

    /** One workbook cell to set by hand, on the sheet's row number (the first is 1). */
    static Cell cell(XSSFSheet sheet, int row, int column) {
        Row found = sheet.getRow(row - 1);
        if (found == null) {
            found = sheet.createRow(row - 1);
        }
        Cell cell = found.getCell(column);
        return cell == null ? found.createCell(column) : cell;
    }

    private record Line(int number, List<String> cells) {}

    private static List<Line> records(String csv) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lineOf(csv, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static int lineOf(String text, long position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
