package org.convene.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one CSV part of an import (UTF-8, header row, RFC 4180 quoting) into a {@link Table}. */
final class CsvTables {

    // Empty lines are kept as records so that every record's character position maps to its line;
    // Table drops the blank ones afterwards.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline |line: )(\\d+)");

    private CsvTables() {}

    /**
     * The table in these bytes. A byte-order mark is ignored; a byte that is not UTF-8, an empty
     * file, malformed quoting or a missing required column give an unreadable table saying why.
     */
    public static Table read(Sheet sheet, byte[] bytes) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        String text;
        try {
            text = decodeStrictly(bytes, start);
        } catch (NotUtf8 e) {
            int row = lineBreaksBefore(bytes, e.offset) + 1;
            return Table.unreadable(
                    sheet,
                    row,
                    "The %s file is not UTF-8: row %d holds the byte 0x%02X."
                            .formatted(sheet.key(), row, bytes[e.offset] & 0xFF));
        }
        if (text.isBlank()) {
            return Table.unreadable(sheet, 0, "The " + sheet.key() + " file is empty.");
        }
        return parse(sheet, text);
    }

    private static Table parse(Sheet sheet, String text) {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                List<String> cells = record.toList();
                if (header == null) {
                    if (!allBlank(cells)) {
                        header = cells;
                    }
                } else {
                    rows.add(new Table.Row(line, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // malformed quoting leaves the rest of the file unreadable, so it is a file error (row 0)
            return Table.unreadable(
                    sheet, 0, "The %s file is not valid CSV: %s.".formatted(sheet.key(), malformation(e)));
        }
        return Table.of(sheet, header == null ? List.of() : header, rows);
    }

    private static String decodeStrictly(byte[] bytes, int start) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8(in.position());
        }
        return out.flip().toString();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Line breaks are LF, CRLF or a lone CR, as RFC 4180 and spreadsheet exports use them. */
    private static int lineBreaksBefore(byte[] bytes, int offset) {
        int breaks = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** commons-csv names the line in its messages; say the same in the contract's words. */
    private static String malformation(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher line = LINE_IN_MESSAGE.matcher(message);
        String row = line.find() ? "row " + line.group(1) : "a row";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "the quote opened on " + row + " is never closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return row + " has text after a closing quote";
        }
        return row + " cannot be parsed";
    }

    /** Maps character positions, visited in increasing order, to line numbers (the first line is 1). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long characterPosition) {
            while (position < characterPosition && position < text.length()) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
                position++;
            }
            return line;
        }
    }

    private static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient int offset;

        NotUtf8(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }
}
