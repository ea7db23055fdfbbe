package org.convene.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into the contract's JSON shape; never a stack trace. It
 * speaks for {@code @RestController}s only, so a page's failure gets the HTML error page; failures
 * before any controller is chosen (an unknown path, an oversized upload) are {@link UnroutedErrors}'.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, new ApiError(e.getMessage(), e.errors()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        if (!e.candidates().isEmpty()) {
            body.put("candidates", e.candidates());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /** A uniqueness constraint caught what a check before the write could not (two writes at once). */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ApiError> duplicate(org.springframework.dao.DataIntegrityViolationException e) {
        log.info(
                "A write clashed with a uniqueness constraint: {}",
                e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, ApiError.of("That label or key is already taken; nothing was written."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String first = errors.isEmpty()
                ? "The request is not valid."
                : "'" + errors.get(0).field() + "' " + errors.get(0).message() + ".";
        return answer(HttpStatus.BAD_REQUEST, new ApiError(first, errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        String first = errors.isEmpty()
                ? "The request is not valid."
                : "'" + errors.get(0).field() + "' " + errors.get(0).message() + ".";
        return answer(HttpStatus.BAD_REQUEST, new ApiError(first, errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getName() + "' cannot be '" + e.getValue() + "'.";
        return answer(HttpStatus.BAD_REQUEST, new ApiError(message, List.of(new FieldError(e.getName(), message))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String message = "The parameter '" + e.getParameterName() + "' is required.";
        return answer(
                HttpStatus.BAD_REQUEST, new ApiError(message, List.of(new FieldError(e.getParameterName(), message))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.of("The part '" + e.getRequestPartName() + "' is required."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, UnreadableBody.describe(e));
    }

    @ExceptionHandler({
        MaxUploadSizeExceededException.class,
        MultipartException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpRequestMethodNotSupportedException.class,
        NoResourceFoundException.class
    })
    ResponseEntity<ApiError> unrouted(Exception e) {
        return UnroutedErrors.answer(e);
    }

    /** The client went away before the answer was written (a page navigated on): nothing to answer. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotWritableException.class)
    ResponseEntity<ApiError> notWritable(org.springframework.http.converter.HttpMessageNotWritableException e) {
        if (e.getMostSpecificCause() instanceof java.io.IOException) {
            log.debug(
                    "The client left before the answer was written: {}",
                    e.getMostSpecificCause().getMessage());
            return null;
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure of an API call", e);
        return answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ApiError.of("Something went wrong on the server; the log has the details."));
    }

    private static <T> ResponseEntity<T> answer(HttpStatus status, T body) {
        return ResponseEntity.status(status).body(body);
    }
}
