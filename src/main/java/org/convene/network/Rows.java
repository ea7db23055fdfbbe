package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Reading values out of the row maps that {@code Neo4jClient} fetches. */
final class Rows {

    private Rows() {}

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

    /** A nested {@code {id, name}} map as a reference; {@code null} for none. */
    static ElementRef ref(Map<String, Object> row) {
        return row == null ? null : new ElementRef(string(row, "id"), string(row, "name"));
    }
}
