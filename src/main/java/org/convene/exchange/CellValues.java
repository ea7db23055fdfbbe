package org.convene.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.convene.network.Level;
import org.convene.network.Stage;

/** The contract's vocabularies for import cells; each parser answers null for a value outside them. */
final class CellValues {

    /** The kinds of row in the Connections sheet. */
    enum ConnectionType {
        KNOWS("Knows"),
        WORKS_AT("Works at"),
        PARTNERS_WITH("Partners with");

        private final String title;

        ConnectionType(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    private static final Map<String, Boolean> YES_NO = Map.of(
            "yes", true, "y", true, "true", true, "1", true, "no", false, "n", false, "false", false, "0", false);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CellValues() {}

    static ElementType elementType(String cell) {
        for (ElementType type : ElementType.values()) {
            if (type.title().equalsIgnoreCase(cell)) {
                return type;
            }
        }
        return null;
    }

    static ConnectionType connectionType(String cell) {
        String spaced = SPACES.matcher(cell).replaceAll(" ");
        for (ConnectionType type : ConnectionType.values()) {
            if (type.title().equalsIgnoreCase(spaced)) {
                return type;
            }
        }
        return null;
    }

    static String level(String cell) {
        return Level.parse(cell).map(Level::label).orElse(null);
    }

    /** {@code Early-Adopter}, {@code EARLY_ADOPTER} and {@code early adopter} all read as {@code early adopter}. */
    static String stage(String cell) {
        return Stage.parse(cell).map(Stage::label).orElse(null);
    }

    static Boolean coalition(String cell) {
        return yesNo(cell);
    }

    /** {@code yes/no/true/false/y/n/1/0} in any case, as Coalition, Leads and No resources take them. */
    static Boolean yesNo(String cell) {
        return YES_NO.get(cell.toLowerCase(Locale.ROOT));
    }

    /** An ISO date, {@code 2025-03-01}; null for anything else. */
    static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The integer in the cell, or null when it is not one (its range is the caller's to check). */
    static Integer integer(String cell) {
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> tags(String cell) {
        List<String> tags = new ArrayList<>();
        for (String tag : cell.split(";")) {
            String trimmed = tag.strip();
            if (!trimmed.isEmpty()) {
                tags.add(trimmed);
            }
        }
        return tags;
    }
}
