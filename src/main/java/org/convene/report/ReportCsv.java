package org.convene.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.system.CsvCells;

/**
 * A report's answer as CSV by the contract's rule: RFC 4180, UTF-8, a header row of the columns;
 * a text cell that a spreadsheet would take for a formula gets a leading {@code '}
 * ({@link CsvCells}); numbers, booleans and dates are written as they are; lists are joined with
 * {@code "; "}.
 */
final class ReportCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private ReportCsv() {}

    static void write(ReportResult result, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord(result.columns().stream().map(CsvCells::text).toList());
            for (List<Object> row : result.rows()) {
                csv.printRecord(row.stream().map(ReportCsv::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        String text = ReportValues.text(value);
        return ReportValues.isText(value) ? CsvCells.text(text) : text;
    }
}
