package org.convene.network;

/**
 * How an update treats an optional field: left out ({@code null}) keeps the stored value, blank
 * clears it, anything else sets it. The parameter carries the request's intent ({@code null},
 * {@code ""} or the new value) and {@link #cypher} turns it into the value to store.
 */
final class KeepOrClear {

    private static final String TEMPLATE = "CASE WHEN %2$s IS NULL THEN %1$s WHEN %2$s = '' THEN null ELSE %2$s END";

    private KeepOrClear() {}

    /** {@code cypher("p.role", "$role")}: the stored value, cleared, or the new one. */
    static String cypher(String property, String parameter) {
        return TEMPLATE.formatted(property, parameter);
    }

    /**
     * The value {@link #cypher} would store, worked out beforehand, so that a write that changes
     * nothing can be left out: the stored value for {@code null}, none for {@code ""}, else the new one.
     */
    static Object value(Object stored, Object parameter) {
        return parameter == null ? stored : "".equals(parameter) ? null : parameter;
    }

    /** {@code rating("p.power", "$power")}: a rating left out keeps the stored one, 0 clears it, 1 to 5 sets it. */
    static String rating(String property, String parameter) {
        return "CASE WHEN %2$s IS NULL THEN %1$s WHEN %2$s = 0 THEN null ELSE %2$s END".formatted(property, parameter);
    }

    /** The value {@link #rating} would store: the stored one for {@code null}, none for 0, else the new one. */
    static Integer ratingValue(Object stored, Integer parameter) {
        return parameter == null ? (Integer) stored : parameter == 0 ? null : parameter;
    }

    /** A text field's parameter: {@code null} stays {@code null}, a blank one is {@code ""}, anything else is trimmed. */
    static String text(String text) {
        return text == null ? null : text.strip();
    }

    /** A date field's parameter: {@code null} stays {@code null}, a blank one is {@code ""}, else the date. */
    static Object date(String field, String text) {
        return text == null ? null : text.isBlank() ? "" : RequestText.date(field, text);
    }
}
