package org.convene.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a request body could not be read, in a sentence that names the field: the reading is
 * strict ({@link StrictJson}), so a wrong type, a key given twice, an unknown field and trailing
 * text all end here. A problem of the body as a whole (not JSON, no body) names no field.
 */
final class UnreadableBody {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private UnreadableBody() {}

    static ApiError describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (!(cause instanceof JacksonException json)) {
            return ApiError.of("The request body is missing or is not JSON.");
        }
        String field = field(json);
        if (field == null) {
            Matcher duplicate = DUPLICATE.matcher(json.getOriginalMessage());
            if (duplicate.find()) {
                return named(duplicate.group(1), "appears more than once in the request body");
            }
            if (json.getOriginalMessage().startsWith("Trailing token")) {
                return ApiError.of("The request body goes on after its JSON value" + where(json.getLocation()) + ".");
            }
            if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                return ApiError.of("The request body must be " + expected(mismatched.getTargetType()) + ".");
            }
            return ApiError.of("The request body is not valid JSON for this call" + where(json.getLocation()) + ".");
        }
        if (json instanceof UnrecognizedPropertyException) {
            return named(field, "is not a field of this call");
        }
        if (json instanceof InputCoercionException) {
            return named(field, "is out of range");
        }
        if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return named(field, "must be " + expected(mismatched.getTargetType()));
        }
        return named(field, "has a value this call cannot read");
    }

    private static ApiError named(String field, String problem) {
        String message = "'" + field + "' " + problem + ".";
        return new ApiError(message, List.of(new FieldError(field, message)));
    }

    /** The field as a path: {@code name}, {@code tags[0]}, {@code person.name}; null for the body itself. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
