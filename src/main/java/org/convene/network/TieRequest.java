package org.convene.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A tie as written by the API: {@code from} and {@code to} name people by id or label (ignored on
 * update); strength 1 (acquaintance) to 5 (close, trusted), 3 when left out; {@code since} and
 * {@code until} (ISO dates) say when it began and ended, {@code until} not before {@code since}.
 */
public record TieRequest(
        String from,
        String to,
        @Min(1) @Max(5) Integer strength,
        @Size(max = 200) String context,
        String since,
        @Size(max = 200) String source,
        String until) {

    public TieRequest(String from, String to, Integer strength, String context, String since, String source) {
        this(from, to, strength, context, since, source, null);
    }
}
