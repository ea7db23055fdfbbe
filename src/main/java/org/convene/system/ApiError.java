package org.convene.system;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: one sentence, plus the individual problems where there are several
 * (import rows, form fields).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, List<?> errors) {

    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
