package org.convene.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The bench's CSV files as XLSX workbooks, written with POI's streaming writer (SXSSF): the
 * Elements and Connections sheets hold the same cells on the same rows, a Strength as a number
 * cell, as a spreadsheet program keeps it.
 */
final class BenchWorkbooks {

    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private BenchWorkbooks() {}

    /** Writes one workbook holding the two CSV files as its sheets. */
    static void write(byte[] elementsCsv, byte[] connectionsCsv, Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            sheet(workbook.createSheet("Elements"), elementsCsv);
            sheet(workbook.createSheet("Connections"), connectionsCsv);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bench's workbook " + file, e);
        }
    }

    private static void sheet(Sheet sheet, byte[] csv) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            int strength = -1;
            int index = 0;
            for (CSVRecord record : CSV.parse(reader)) {
                List<String> cells = record.toList();
                if (index == 0) {
                    strength = cells.indexOf("Strength");
                }
                Row row = sheet.createRow(index);
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (index > 0 && c == strength) {
                        row.createCell(c).setCellValue(Integer.parseInt(cell));
                    } else {
                        row.createCell(c).setCellValue(cell);
                    }
                }
                index++;
            }
        }
    }
}
