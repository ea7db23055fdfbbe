package org.convene.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.convene.system.InvalidRequestException;

/** Where a person stands in adopting the coalition's work, after the guide's adoption curve. */
public enum Stage {
    INNOVATOR("innovator"),
    EARLY_ADOPTER("early adopter"),
    EARLY_MAJORITY("early majority"),
    LATE_MAJORITY("late majority"),
    SKEPTIC("skeptic"),
    LAGGARD("laggard");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The stored and displayed form, e.g. {@code early adopter}. */
    public String label() {
        return label;
    }

    /** Reads a stage in any case, with a space, hyphen or underscore between words. */
    public static Optional<Stage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Arrays.stream(values())
                .filter(stage -> stage.label.equals(normal))
                .findFirst();
    }

    /** Reads a stage given in a request, or fails naming the field and the stages there are. */
    public static Stage require(String field, String text) {
        return parse(text)
                .orElseThrow(() -> InvalidRequestException.field(
                        field, "'" + text + "' is not a stage; use one of: " + allowed() + "."));
    }

    /** Every stage's label, in the order of the adoption curve. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Stage::label).toList();
    }

    public static String allowed() {
        return String.join(", ", labels());
    }
}
