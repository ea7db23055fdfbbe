package org.convene.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One sheet of an uploaded import, whatever the file format: its header mapped to the
 * canonical column names and its non-blank rows, or the errors that make the file unreadable.
 * Each reader (CSV, later XLSX) only has to produce header cells and rows with their line
 * numbers; the header rules live here so every format follows them alike.
 */
final class Table {

    /** A row of cells as read, with its line in the file (the header is line 1). */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final Sheet sheet;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;
    private final List<ImportError> fileErrors;

    private Table(Sheet sheet, Map<String, Integer> columnIndex, List<Row> rows, List<ImportError> fileErrors) {
        this.sheet = sheet;
        this.columnIndex = columnIndex;
        this.rows = rows;
        this.fileErrors = fileErrors;
    }

    /**
     * A table from its header cells and rows. Header names are matched to the canonical names
     * trimmed and case-insensitively, in any order; unknown columns are ignored, and fully blank
     * rows are dropped. A required column missing, or a column given twice, makes the table
     * unreadable.
     */
    public static Table of(Sheet sheet, List<String> header, List<Row> rows) {
        return of(sheet, "The " + sheet.key() + " file", header, rows);
    }

    /**
     * A table as {@link #of(Sheet, List, List)} makes it, whose errors name its source as given,
     * for instance {@code The Elements sheet}.
     */
    public static Table of(Sheet sheet, String named, List<String> header, List<Row> rows) {
        Objects.requireNonNull(sheet, "sheet");
        Map<String, String> canonical = new HashMap<>();
        for (String column : sheet.columns()) {
            canonical.put(column.toLowerCase(Locale.ROOT), column);
        }
        Map<String, Integer> columnIndex = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = canonical.get(clean(header.get(i)).toLowerCase(Locale.ROOT));
            if (column != null && columnIndex.putIfAbsent(column, i) != null) {
                errors.add(fileError(sheet, named + " has more than one " + column + " column."));
            }
        }
        for (String required : sheet.requiredColumns()) {
            if (!columnIndex.containsKey(required)) {
                errors.add(fileError(sheet, named + " has no " + required + " column."));
            }
        }
        if (!errors.isEmpty()) {
            return new Table(sheet, Map.of(), List.of(), List.copyOf(errors));
        }
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!isBlank(row)) {
                kept.add(row);
            }
        }
        return new Table(sheet, Map.copyOf(columnIndex), List.copyOf(kept), List.of());
    }

    /**
     * A table that could not be read at all, for instance a part missing from the request.
     *
     * @param row the line the problem is on, or 0 for the file as a whole
     */
    public static Table unreadable(Sheet sheet, int row, String message) {
        return new Table(sheet, Map.of(), List.of(), List.of(new ImportError(sheet.key(), row, null, message)));
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The non-blank rows below the header; empty when the table is unreadable. */
    public List<Row> rows() {
        return rows;
    }

    /** What makes the whole file unreadable; empty for a readable table. */
    public List<ImportError> fileErrors() {
        return fileErrors;
    }

    /**
     * The trimmed cell of a row in a canonical column; empty when the column or cell is absent. A
     * leading {@code '} that an export put before a formula character is dropped
     * ({@link SpreadsheetCells#restore}).
     */
    public String cell(Row row, String column) {
        Integer index = columnIndex.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        return SpreadsheetCells.restore(clean(row.cells().get(index)));
    }

    private static boolean isBlank(Row row) {
        for (String cell : row.cells()) {
            if (!clean(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }

    private static ImportError fileError(Sheet sheet, String message) {
        return new ImportError(sheet.key(), 0, null, message);
    }
}
