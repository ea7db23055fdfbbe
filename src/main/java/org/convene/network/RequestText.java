package org.convene.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.convene.system.InvalidRequestException;

/** Cleaning up what a request sent: blanks, tags and dates. */
final class RequestText {

    private RequestText() {}

    /** The text trimmed; {@code null} when it is blank or left out. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The tags trimmed, without blanks or repeats, in their order. */
    static List<String> cleanTags(List<String> tags) {
        return tags == null
                ? List.of()
                : tags.stream()
                        .filter(tag -> tag != null && !tag.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /** Fails naming {@code field} (the end) when an interval ends before it begins; either may be missing. */
    static void requireOrder(String field, LocalDate since, LocalDate until) {
        if (since != null && until != null && until.isBefore(since)) {
            throw InvalidRequestException.field(
                    field,
                    "'" + field + "' is " + until + ", before the start " + since
                            + "; an interval cannot end before it begins.");
        }
    }

    /** A date in a request: ISO {@code yyyy-mm-dd}, or blank for none; a 400 naming the field otherwise. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(field, "'" + text + "' is not a date like 2026-09-01.");
        }
    }
}
