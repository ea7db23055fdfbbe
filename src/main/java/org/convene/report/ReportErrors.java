package org.convene.report;

import org.convene.system.ApiError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reports API's own answers: 422 for a refused or broken report, 503 past the time limit, 403
 * above the report's role; and its 400 and 404 as JSON also when the caller asked for CSV.
 */
@RestControllerAdvice(assignableTypes = ReportsController.class)
@Order(0)
class ReportErrors {

    @ExceptionHandler(ReportProblem.class)
    ResponseEntity<ApiError> problem(ReportProblem e) {
        return json(e.status(), ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return json(HttpStatus.NOT_FOUND, ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError(e.getMessage(), e.errors()));
    }

    /** The content type set here wins over the request's Accept, so a CSV request still reads why. */
    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
