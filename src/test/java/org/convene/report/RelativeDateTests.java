package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RelativeDateTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static LocalDate on(String text, LocalDate today) {
        return RelativeDate.parse(text).orElseThrow().on(today);
    }

    @Test
    void relativeDatesCountFromToday() {
        assertThat(on("today", DAY)).isEqualTo(DAY);
        assertThat(on("30 days ago", DAY)).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(on("1 day ago", DAY)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(on("0 days ago", DAY)).isEqualTo(DAY);
        assertThat(on("start of month", DAY)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(on("start of year", DAY)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(on("  Start   of Quarter ", DAY)).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theQuarterStartsInJanuaryAprilJulyOrOctober() {
        assertThat(on("start of quarter", LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(on("start of quarter", LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(on("start of quarter", LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(on("start of quarter", LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(on("start of quarter", LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void anIsoDateIsItself() {
        assertThat(on("2026-02-28", DAY)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void anythingElseIsNoDate() {
        assertThat(RelativeDate.parse("2026-02-30")).isEmpty();
        assertThat(RelativeDate.parse("26-02-01")).isEmpty();
        assertThat(RelativeDate.parse("yesterday")).isEmpty();
        assertThat(RelativeDate.parse("-3 days ago")).isEmpty();
        assertThat(RelativeDate.parse("start of week")).isEmpty();
        assertThat(RelativeDate.parse(null)).isEmpty();
    }
}
