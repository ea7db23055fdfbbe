package org.convene.network;

import java.util.HashMap;
import java.util.Map;

/** Parameters for a Cypher query, where a value may be {@code null} (unlike {@code Map.of}). */
final class Parameters {

    private Parameters() {}

    /** {@code of("id", id, "role", role)}: names and values, alternating. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
