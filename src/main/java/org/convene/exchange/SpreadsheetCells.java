package org.convene.exchange;

import org.convene.system.CsvCells;

/**
 * The spreadsheet safety rule ({@link CsvCells}, shared with the reports' CSV) as the exchange
 * uses it: an export writes a formula-leading text cell with a leading {@code '}, and the importer
 * drops one leading {@code '} when the next character is one a formula starts with. Numbers and
 * dates are never escaped.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a CSV export writes it ({@code null} as an empty cell). */
    static String neutralise(String text) {
        return text == null ? "" : CsvCells.text(text);
    }

    /** The cell as the importer reads it: one leading {@code '} before a formula character dropped. */
    static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && CsvCells.formulaLeading(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
