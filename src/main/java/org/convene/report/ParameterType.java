package org.convene.report;

import java.util.Arrays;
import java.util.Optional;

/** The types a report parameter can have, as the header names them. */
enum ParameterType {
    STRING("string"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    DATE("date"),
    /** A sector, given by key or title, bound as its key. */
    SECTOR("sector"),
    /** A person, given by id or label, bound as their id. */
    PERSON("person");

    private final String key;

    ParameterType(String key) {
        this.key = key;
    }

    /** How the header writes it. */
    String key() {
        return key;
    }

    static Optional<ParameterType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(ParameterType::key).toList());
    }
}
