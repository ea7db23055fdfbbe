package org.convene.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV part of an import (UTF-8, header row, RFC 4180 quoting) into a {@link Table}. It
 * reads the part as a stream, decoding and parsing as it goes, so only the rows are held, never the
 * file's bytes or text.
 */
public final class CsvTables {

    // Empty lines are kept as records so that every record's character position maps to its line;
    // Table drops the blank ones afterwards.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline |line: )(\\d+)");

    private CsvTables() {}

    /** The table in these bytes; see {@link #read(Sheet, InputStream, IntConsumer)}. */
    public static Table read(Sheet sheet, byte[] bytes) {
        return read(sheet, new ByteArrayInputStream(bytes), row -> {});
    }

    /**
     * The table in this stream, which is read to its end but not closed. A byte-order mark is
     * ignored; a byte that is not UTF-8, an empty file, malformed quoting or a missing required
     * column give an unreadable table saying why.
     *
     * @param rowRead told the line of each record as it is read
     */
    public static Table read(Sheet sheet, InputStream in, IntConsumer rowRead) {
        StrictUtf8Reader text = new StrictUtf8Reader(in);
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int line = text.lineAt(record.getCharacterPosition());
                rowRead.accept(line);
                List<String> cells = record.toList();
                if (allBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Table.Row(line, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            NotUtf8 notUtf8 = notUtf8(e);
            if (notUtf8 != null) {
                return Table.unreadable(
                        sheet,
                        notUtf8.row,
                        "The %s file is not UTF-8: row %d holds the byte 0x%02X."
                                .formatted(sheet.key(), notUtf8.row, notUtf8.value));
            }
            // malformed quoting leaves the rest of the file unreadable, so it is a file error (row 0)
            return Table.unreadable(
                    sheet, 0, "The %s file is not valid CSV: %s.".formatted(sheet.key(), malformation(e)));
        }
        if (!text.sawText()) {
            return Table.unreadable(sheet, 0, "The " + sheet.key() + " file is empty.");
        }
        return Table.of(sheet, header == null ? List.of() : header, rows);
    }

    private static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static NotUtf8 notUtf8(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotUtf8 found) {
                return found;
            }
        }
        return null;
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

    /**
     * Decodes UTF-8 strictly (the first malformed byte stops it, naming its row), skips a leading
     * byte-order mark, and notes where the line breaks are (LF, CRLF or a lone CR, as RFC 4180 and
     * spreadsheet exports use them) so that a record's character position maps to its line. Only
     * the breaks the parser has read ahead of the last record asked about are kept.
     */
    private static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
        private final ArrayDeque<Long> breaks = new ArrayDeque<>();
        private boolean started;
        private boolean endOfInput;
        private boolean flushed;
        private boolean previousWasCr;
        private boolean sawText;
        private long decoded;
        private long breaksDecoded;
        private long breaksPassed;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
            chars.flip();
        }

        /** The line (the first is 1) of the character at this position, asked in increasing order. */
        int lineAt(long position) {
            while (!breaks.isEmpty() && breaks.peekFirst() < position) {
                breaks.removeFirst();
                breaksPassed++;
            }
            return (int) (breaksPassed + 1);
        }

        /** Whether the text held anything but whitespace. */
        boolean sawText() {
            return sawText;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        private void fill() throws IOException {
            chars.clear();
            if (!endOfInput) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
            }
            bytes.flip();
            if (!started) {
                if (bytes.remaining() < 3 && !endOfInput) {
                    bytes.compact();
                    chars.flip();
                    return; // too few bytes yet to tell a byte-order mark
                }
                started = true;
                if (bytes.remaining() >= 3
                        && (bytes.get(0) & 0xFF) == 0xEF
                        && (bytes.get(1) & 0xFF) == 0xBB
                        && (bytes.get(2) & 0xFF) == 0xBF) {
                    bytes.position(3);
                }
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (endOfInput && !result.isError() && !bytes.hasRemaining()) {
                result = decoder.flush(chars);
                flushed = !result.isError();
            }
            chars.flip();
            note(chars);
            if (result.isError()) {
                throw new NotUtf8((int) (breaksDecoded + 1), bytes.get(bytes.position()) & 0xFF);
            }
            bytes.compact();
        }

        private void note(CharBuffer fresh) {
            for (int i = fresh.position(); i < fresh.limit(); i++) {
                char c = fresh.get(i);
                long position = decoded + (i - fresh.position());
                if (c == '\r' || (c == '\n' && !previousWasCr)) {
                    breaks.addLast(position);
                    breaksDecoded++;
                } else if (!sawText && !Character.isWhitespace(c)) {
                    sawText = true;
                }
                previousWasCr = c == '\r';
            }
            decoded += fresh.remaining();
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    private static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final int value;

        NotUtf8(int row, int value) {
            super("not UTF-8 on row " + row, null);
            this.row = row;
            this.value = value;
        }
    }
}
