package org.convene.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What "today" is: the date in {@code convene.time-zone} (default: the system's zone), the one
 * zone for date defaults and "the end of day D" everywhere in the application.
 */
@Component
public class Today {

    private final Clock clock;

    @Autowired
    Today(@Value("${convene.time-zone:}") String zone) {
        this(Clock.system(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip())));
    }

    /** A today that reads this clock (tests fix the day). */
    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in the application's zone. */
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** The application's zone. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
