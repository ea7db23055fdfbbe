package org.convene.exchange;

/**
 * The contract's spreadsheet safety rule for CSV text cells: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR is written with a leading {@code '} so a spreadsheet
 * does not run it as a formula, and the importer drops one leading {@code '} when the next
 * character is one of those. Numbers and dates are never escaped.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a CSV export writes it. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return leadsAFormula(text.charAt(0)) ? "'" + text : text;
    }

    /** The cell as the importer reads it: one leading {@code '} before a formula character dropped. */
    static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && leadsAFormula(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean leadsAFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
