package org.convene.report;

import java.util.List;
import java.util.Locale;

/**
 * A header's {@code chart: bar|line|pie label=COLUMN value=COLUMN[,COLUMN...]}: how the page and
 * the brief draw the result.
 */
record ChartHint(Kind kind, String label, List<String> values) {

    ChartHint {
        values = List.copyOf(values);
    }

    enum Kind {
        BAR,
        LINE,
        PIE;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
