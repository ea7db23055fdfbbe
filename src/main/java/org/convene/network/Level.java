package org.convene.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The scale an organization works at; schools coverage is split by district and site level. */
public enum Level {
    DISTRICT,
    SITE,
    CITY,
    COUNTY,
    STATE,
    NATIONAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(level -> level.label().equals(normal))
                .findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Level::label).toList());
    }
}
