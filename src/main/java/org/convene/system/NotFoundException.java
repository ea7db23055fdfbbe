package org.convene.system;

import java.io.Serial;

/** An id or label that names nothing stored; the API answers 404. */
public class NotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, String idOrLabel) {
        return new NotFoundException("No " + what + " with id or label '" + idOrLabel + "'.");
    }
}
