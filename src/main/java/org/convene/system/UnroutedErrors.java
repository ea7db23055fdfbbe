package org.convene.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before a controller is chosen: an unknown path, a method or content type no
 * mapping takes, an upload over the limit (read while the request is parsed, so no controller is
 * known yet and {@link ApiErrors}, which speaks for {@code @RestController}s only, is not asked).
 * Under {@code /api} they get the JSON error of docs/api.md (Errors); a page request is left to the HTML error page.
 */
@RestControllerAdvice
@Order(2)
class UnroutedErrors {

    @ExceptionHandler({
        MaxUploadSizeExceededException.class,
        MultipartException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpRequestMethodNotSupportedException.class,
        NoResourceFoundException.class
    })
    ResponseEntity<ApiError> unrouted(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            // Rethrowing the same exception hands it on to Spring's default handling: the error page.
            throw e;
        }
        return answer(e);
    }

    static ResponseEntity<ApiError> answer(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ApiError.of("The upload is larger than the 50 MB limit."));
        }
        if (e instanceof MultipartException) {
            return ResponseEntity.badRequest().body(ApiError.of("The request is not a valid multipart upload."));
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(ApiError.of(
                            "This call does not accept content of type " + unsupported.getContentType() + "."));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .body(ApiError.of("This call does not support " + method.getMethod() + "."));
        }
        if (e instanceof NoResourceFoundException missing) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ApiError.of("There is nothing at /" + missing.getResourcePath() + "."));
        }
        throw new IllegalArgumentException("not an unrouted failure: " + e);
    }
}
