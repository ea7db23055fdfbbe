package org.convene.system;

/**
 * The contract's rule for text cells written to CSV (reports and exports alike): a text that a
 * spreadsheet would read as a formula, one starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, is written with a leading {@code '}, which the importer drops again.
 * Numbers and dates are never text cells, so they are never changed.
 */
public final class CsvCells {

    private CsvCells() {}

    /** Whether a spreadsheet would take this text for a formula. */
    public static boolean formulaLeading(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV text cell: neutralised with a leading {@code '} when it is formula-leading. */
    public static String text(String text) {
        return formulaLeading(text) ? "'" + text : text;
    }
}
