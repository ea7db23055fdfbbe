package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.convene.system.InvalidRequestException;

/** Reading values out of Neo4jClient's row maps, and dates out of requests. */
final class Values {

    private Values() {}

    static String string(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    static boolean bool(Map<String, Object> row, String key) {
        return Boolean.TRUE.equals(row.get(key));
    }

    static Integer integer(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    static LocalDate date(Map<String, Object> row, String key) {
        return (LocalDate) row.get(key);
    }

    static ZonedDateTime time(Map<String, Object> row, String key) {
        return (ZonedDateTime) row.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> row, String key) {
        return (Map<String, Object>) row.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }

    static ElementRef ref(Map<String, Object> row) {
        return row == null ? null : new ElementRef(string(row, "id"), string(row, "name"));
    }

    /** A date in a request: ISO {@code yyyy-mm-dd}, or blank for none. */
    static LocalDate parseDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(field, "'" + text + "' is not a date like 2026-09-01.");
        }
    }

    /** Query parameters, where a value may be null (unlike {@code Map.of}). */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    /**
     * A text field of an update: {@code null} (left out) keeps the stored value, so it stays null;
     * a blank one clears it, passed as {@code ""}; anything else is trimmed. The Cypher side reads
     * it with {@link #KEEP_OR_CLEAR}.
     */
    static String keepOrClear(String text) {
        return text == null ? null : text.strip();
    }

    /** {@code KEEP_OR_CLEAR.formatted("p.role", "$role")}: the stored value, cleared, or the new one. */
    static final String KEEP_OR_CLEAR = "CASE WHEN %2$s IS NULL THEN %1$s WHEN %2$s = '' THEN null ELSE %2$s END";

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> cleanTags(List<String> tags) {
        return tags == null
                ? List.of()
                : tags.stream()
                        .filter(tag -> tag != null && !tag.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
