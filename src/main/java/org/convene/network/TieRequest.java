package org.convene.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A tie as written by the API: {@code from} and {@code to} name people by id or label (ignored on
 * update); strength 1 (acquaintance) to 5 (close, trusted), 3 when left out.
 */
public record TieRequest(
        String from,
        String to,
        @Min(1) @Max(5) Integer strength,
        @Size(max = 200) String context,
        String since,
        @Size(max = 200) String source) {}
