package org.convene.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a header's default (or a caller) may write it: an ISO date ({@code 2026-01-01}), or
 * one relative to today: {@code today}, {@code N days ago}, {@code start of month},
 * {@code start of quarter}, {@code start of year}. So "this quarter" needs no typing.
 */
final class RelativeDate {

    private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,5}) days? ago");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final UnaryOperator<LocalDate> fromToday;

    private RelativeDate(UnaryOperator<LocalDate> fromToday) {
        this.fromToday = fromToday;
    }

    /** The date this text names, or empty when it names none. */
    static Optional<RelativeDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (normal) {
            case "today":
                return Optional.of(new RelativeDate(today -> today));
            case "start of month":
                return Optional.of(new RelativeDate(today -> today.withDayOfMonth(1)));
            case "start of quarter":
                return Optional.of(new RelativeDate(
                        today -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1)));
            case "start of year":
                return Optional.of(new RelativeDate(today -> today.withDayOfYear(1)));
            default:
                break;
        }
        Matcher ago = DAYS_AGO.matcher(normal);
        if (ago.matches()) {
            long days = Long.parseLong(ago.group(1));
            return Optional.of(new RelativeDate(today -> today.minusDays(days)));
        }
        if (ISO.matcher(normal).matches()) {
            try {
                LocalDate date = LocalDate.parse(normal);
                return Optional.of(new RelativeDate(today -> date));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The date on the given day. */
    LocalDate on(LocalDate today) {
        return fromToday.apply(today);
    }

    static final String FORMS = "an ISO date like 2026-09-01, today, N days ago, or start of month, quarter or year";
}
