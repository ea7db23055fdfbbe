package org.convene.exchange;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's XML ({@code <sheetData><row r><c r t s><v>…}) read as a SAX stream into the
 * rows a {@link Table} takes, each cell as the text a person would type for it: a number as its
 * value ({@code 4.0} is {@code 4}, {@code 4.5} stays {@code 4.5}) whatever its display format, a
 * date-formatted number as its ISO date, a boolean as {@code true}/{@code false}, a formula as its
 * cached value, a string as itself (rich-text runs joined, phonetic guides left out).
 *
 * <p>POI's {@code XSSFSheetXMLHandler} hands out each cell formatted for display ({@code 4.00},
 * {@code 3/1/25}, {@code TRUE}) without its type, which would read differently from the same
 * value in a CSV file; this handler follows its parsing but keeps the value. Rows are numbered as
 * the sheet numbers them (the header is the first non-blank row, usually 1); blank rows are
 * skipped, and cells right of the header's last column are not kept.
 */
final class SheetRows extends DefaultHandler {

    /** Excel's largest column count; a header row longer than this is not a worksheet's. */
    private static final int MAX_COLUMNS = 16_384;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    /** Which cell styles format a number as a date, by style index, and the workbook's date system. */
    static final class Formats {
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dates = new HashMap<>();

        Formats(StylesTable styles, boolean date1904) {
            this.styles = styles;
            this.date1904 = date1904;
        }

        boolean isDate(int styleIndex) {
            return dates.computeIfAbsent(styleIndex, index -> {
                if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle style = styles.getStyleAt(index);
                return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            });
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final Formats formats;
    private final IntConsumer rowRead;

    private List<String> header;
    private final List<Table.Row> rows = new ArrayList<>();

    private int rowNumber;
    private String[] cells = new String[16];
    private int width;
    private String beyondHeader;

    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder(64);
    private boolean inValue;
    private boolean inInlineString;
    private boolean inPhonetic;

    SheetRows(ReadOnlySharedStringsTable strings, Formats formats, IntConsumer rowRead) {
        this.strings = strings;
        this.formats = formats;
        this.rowRead = rowRead;
    }

    /** The first non-blank row, or null when the sheet has none. */
    List<String> header() {
        return header;
    }

    /** The non-blank rows below the header. */
    List<Table.Row> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                width = 0;
                beyondHeader = null;
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : columnIndex(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            case "t" -> inValue = inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // formulas (<f>) are not evaluated: the cached value in <v> is the cell's value
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> cell(text());
            case "row" -> endRow();
            default -> {
                // nothing to finish
            }
        }
    }

    private void cell(String text) {
        if (text.isBlank() || column < 0) {
            return;
        }
        if (header == null && column >= MAX_COLUMNS) {
            return;
        }
        if (header != null && column >= header.size()) {
            // not kept, as no column is read there; but as in a CSV file, it makes the row not blank
            beyondHeader = beyondHeader == null ? text : beyondHeader;
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        for (int i = width; i < column; i++) {
            cells[i] = "";
        }
        cells[column] = text;
        width = Math.max(width, column + 1);
    }

    private void endRow() {
        rowRead.accept(rowNumber);
        if (width == 0 && beyondHeader == null) {
            return; // a blank row, skipped as the CSV reader skips a blank line
        }
        String[] row;
        if (beyondHeader == null) {
            row = Arrays.copyOf(cells, width);
        } else {
            row = Arrays.copyOf(cells, header.size() + 1);
            Arrays.fill(row, width, header.size(), "");
            row[header.size()] = beyondHeader;
        }
        if (header == null) {
            header = Arrays.asList(row);
        } else {
            rows.add(new Table.Row(rowNumber, Arrays.asList(row)));
        }
        width = 0;
        beyondHeader = null;
    }

    /** The cell's text from its type, style and value. */
    private String text() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "b" -> raw.strip().equals("0") ? "false" : raw.isBlank() ? "" : "true";
            case "d" -> isoDate(raw);
            // "str" (a formula's text result), "inlineStr" and "e" (an error such as #N/A, as Excel's CSV writes it)
            default -> raw;
        };
    }

    private String sharedString(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
    }

    private String number(String raw) {
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return trimmed;
        }
        if (formats.isDate(style)) {
            LocalDateTime when = DateUtil.getLocalDateTime(number.doubleValue(), formats.date1904, true);
            if (when != null) {
                return when.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? when.toLocalDate().toString()
                        : when.format(DATE_TIME);
            }
        }
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** A cell of type {@code d} holds ISO 8601 text; a date at midnight reads as the date alone. */
    private static String isoDate(String raw) {
        String trimmed = raw.strip();
        int time = trimmed.indexOf('T');
        if (time > 0 && trimmed.substring(time + 1).matches("00:00(:00(\\.0+)?)?Z?")) {
            return trimmed.substring(0, time);
        }
        return trimmed;
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return column - 1;
    }
}
