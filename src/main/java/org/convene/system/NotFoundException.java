package org.convene.system;

/** An id or label that names nothing stored; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, String idOrLabel) {
        return new NotFoundException("No " + what + " with id or label '" + idOrLabel + "'.");
    }
}
