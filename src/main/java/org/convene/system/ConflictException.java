package org.convene.system;

import java.io.Serial;
import java.util.List;

/** A request that clashes with what is stored (a taken label, an ambiguous target); 409. */
public class ConflictException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<?> candidates;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<?> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<?> candidates() {
        return candidates;
    }
}
