package org.convene.exchange;

import java.net.URI;
import java.util.List;

import org.convene.system.ApiError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import}: two CSV parts or one workbook, answered when done, or with
 * {@code async=true} started as a job whose progress {@code GET /api/import/jobs/{id}} tells.
 */
@RestController
class ImportController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportController.class);

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importFiles(
            @RequestPart(required = false) MultipartFile elements,
            @RequestPart(required = false) MultipartFile connections,
            @RequestPart(required = false) MultipartFile workbook,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean async,
            Authentication user) {
        if (workbook != null && (elements != null || connections != null)) {
            String message = "Send either the workbook or the two CSV parts elements and connections, not both.";
            throw new InvalidRequestException(message, List.of(new ImportError(XlsxTables.WORKBOOK, 0, null, message)));
        }
        Upload upload = Upload.of(elements, connections, workbook);
        if (async) {
            ImportJob job = jobs.submit(upload, dryRun, user);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/import/jobs/" + job.id()))
                    .body(job.view(jobs.now()));
        }
        long started = System.nanoTime();
        ImportSummary summary = jobs.run(upload, dryRun, ImportProgress.untracked());
        log.debug("Import answered after {} ms, commit included", (System.nanoTime() - started) / 1_000_000);
        return ResponseEntity.ok(summary);
    }

    @GetMapping("/api/import/jobs/{id}")
    ImportJob.View job(@PathVariable String id, Authentication user) {
        return jobs.find(id, user)
                .map(job -> job.view(jobs.now()))
                .orElseThrow(() -> new NotFoundException("No import job " + id + " of yours is known (jobs are kept"
                        + " for an hour after they finish)."));
    }

    @ExceptionHandler(ImportTooLarge.class)
    ResponseEntity<ApiError> tooLarge(ImportTooLarge e) {
        log.warn("{}", e.getMessage(), e.getCause());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of(e.getMessage()));
    }
}
