package org.convene.report;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * A report's values as the answer carries them: text, numbers, booleans and dates as they are
 * (dates ISO-8601), lists and maps of those, and a node or relationship as its label (name), key
 * or id, never as the driver's internals.
 */
final class ReportValues {

    private ReportValues() {}

    static Object of(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Object object = value.asObject();
        return plain(object);
    }

    private static Object plain(Object object) {
        if (object == null || object instanceof String || object instanceof Boolean) {
            return object;
        }
        if (object instanceof Long || object instanceof Integer) {
            return ((Number) object).longValue();
        }
        if (object instanceof Double || object instanceof Float) {
            return ((Number) object).doubleValue();
        }
        if (object instanceof ZonedDateTime time) {
            return time.toOffsetDateTime();
        }
        if (object instanceof TemporalAccessor) {
            return object;
        }
        if (object instanceof Node node) {
            return name(node);
        }
        if (object instanceof Relationship relationship) {
            return name(relationship);
        }
        if (object instanceof Path path) {
            List<String> names = new ArrayList<>();
            path.nodes().forEach(node -> names.add(name(node)));
            return String.join(" – ", names);
        }
        if (object instanceof IsoDuration duration) {
            return duration.toString();
        }
        if (object instanceof Point point) {
            return Double.isNaN(point.z())
                    ? "point(" + point.x() + ", " + point.y() + ")"
                    : "point(" + point.x() + ", " + point.y() + ", " + point.z() + ")";
        }
        if (object instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (object instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, item) -> entries.put(String.valueOf(key), plain(item)));
            return entries;
        }
        if (object instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        return object.toString();
    }

    /** A node or relationship by what a person knows it by: its label, else its key, title or id. */
    private static String name(Entity entity) {
        for (String property : List.of("name", "key", "title", "id")) {
            Value value = entity.get(property);
            if (!value.isNull()) {
                return value.asObject().toString();
            }
        }
        if (entity instanceof Node node) {
            return String.join(":", node.labels());
        }
        return ((Relationship) entity).type();
    }

    /** A value as one spreadsheet cell's text: lists joined with {@code "; "}, dates ISO-8601. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportValues::text).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    /** Whether the value is text in a spreadsheet's eyes (and so may need neutralising): not a number, date or boolean. */
    static boolean isText(Object value) {
        if (value instanceof String) {
            return true;
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty() && isText(list.get(0));
        }
        return value instanceof Map<?, ?>;
    }
}
