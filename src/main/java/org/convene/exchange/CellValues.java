package org.convene.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    static final List<String> LEVELS = List.of("district", "site", "city", "county", "state", "national");
    static final List<String> STAGES =
            List.of("innovator", "early adopter", "early majority", "late majority", "skeptic", "laggard");

    private static final Set<String> LEVEL_SET = Set.copyOf(LEVELS);
    private static final Set<String> STAGE_SET = Set.copyOf(STAGES);
    private static final Map<String, Boolean> YES_NO = Map.of(
            "yes", true, "y", true, "true", true, "1", true,
            "no", false, "n", false, "false", false, "0", false);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CellValues() {
    }

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
        String level = cell.toLowerCase(Locale.ROOT);
        return LEVEL_SET.contains(level) ? level : null;
    }

    /** {@code Early-Adopter}, {@code EARLY_ADOPTER} and {@code early adopter} all read as {@code early adopter}. */
    static String stage(String cell) {
        String stage = SEPARATORS.matcher(cell.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return STAGE_SET.contains(stage) ? stage : null;
    }

    static Boolean coalition(String cell) {
        return YES_NO.get(cell.toLowerCase(Locale.ROOT));
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
