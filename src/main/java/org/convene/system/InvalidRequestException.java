package org.convene.system;

import java.io.Serial;
import java.util.List;

/** A request that cannot be carried out as asked; the API answers 400 naming the fields. */
public class InvalidRequestException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<?> errors;

    public InvalidRequestException(String message) {
        this(message, List.of());
    }

    public InvalidRequestException(String message, List<?> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(message, List.of(new FieldError(field, message)));
    }

    public List<?> errors() {
        return errors;
    }
}
