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

    /**
     * The body {@code {"error":"..."}} as text, for answers written before any message converter
     * (a servlet filter, the container's error valve).
     */
    public static String json(String error) {
        StringBuilder text = new StringBuilder("{\"error\":\"");
        error.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", c));
                    } else {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.append("\"}").toString();
    }
}
