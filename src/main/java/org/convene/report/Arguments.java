package org.convene.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report's parameters as bound: the typed values the query receives (a date is a
 * {@link java.time.LocalDate}, bound as a Cypher DATE; an integer a {@code Long}; a person their
 * id) and the same values as a person reads them (a person's label, the sector's key).
 */
record Arguments(Map<String, Object> values, Map<String, Object> shown) {

    Arguments {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        shown = Collections.unmodifiableMap(new LinkedHashMap<>(shown));
    }
}
