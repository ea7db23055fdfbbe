package org.convene.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, as the brief's form offers them: this one and the ones before it. */
record Quarter(String label, LocalDate from, LocalDate to) {

    static Quarter of(LocalDate day) {
        LocalDate from = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return new Quarter("Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear(), from, to);
    }

    /** This quarter so far (it ends today) and the {@code count - 1} before it, newest first. */
    static List<Quarter> recent(LocalDate today, int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = of(today);
        quarters.add(new Quarter(current.label() + " so far", current.from(), today));
        LocalDate day = current.from().minusDays(1);
        for (int i = 1; i < count; i++) {
            Quarter quarter = of(day);
            quarters.add(quarter);
            day = quarter.from().minusDays(1);
        }
        return List.copyOf(quarters);
    }
}
