package org.convene.report;

import java.io.Serial;

import org.springframework.http.HttpStatus;

/**
 * A report that cannot answer: refused by the fence or its header (422), past its time limit
 * (503), above the caller's role (403). The message is one sentence for the person who asked.
 */
final class ReportProblem extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    private ReportProblem(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static ReportProblem unprocessable(String message) {
        return new ReportProblem(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    static ReportProblem timedOut(String message) {
        return new ReportProblem(HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    static ReportProblem forbidden(String message) {
        return new ReportProblem(HttpStatus.FORBIDDEN, message);
    }

    HttpStatus status() {
        return status;
    }
}
