package org.convene.network;

import java.util.Arrays;
import java.util.List;
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

    /** Every level's label, from district to national. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Level::label).toList();
    }

    public static String allowed() {
        return String.join(", ", labels());
    }
}
