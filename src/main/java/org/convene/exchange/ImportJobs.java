package org.convene.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import org.convene.system.ApiError;
import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports one at a time, whether a request waits for its answer or starts a job to poll: each
 * import is one large transaction, and two at once would only share the store's transaction
 * memory and conflict. Jobs run on one background thread as the user who started them, and are
 * kept for an hour after they finish so the page that started one can read how it ended.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** How long a finished job can still be asked about. */
    static final Duration KEPT = Duration.ofHours(1);

    /** At most this many finished jobs are kept; the oldest go first. */
    static final int KEPT_FINISHED = 100;

    private final Importer importer;
    private final Clock clock;
    private final Semaphore oneAtATime = new Semaphore(1, true);
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "convene-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Importer importer) {
        this.importer = importer;
        this.clock = Clock.systemUTC();
    }

    /**
     * Runs the import now (after any other that is running) and answers as the import does;
     * closes the upload.
     *
     * @throws ImportTooLarge when the store cannot hold the transaction
     */
    ImportSummary run(Upload upload, boolean dryRun, ImportProgress progress) {
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            upload.close();
            throw new IllegalStateException("Interrupted while waiting for another import to finish", e);
        }
        try {
            return importer.importUpload(upload, dryRun, "import", progress);
        } catch (RuntimeException e) {
            if (ImportTooLarge.isMemory(e)) {
                throw new ImportTooLarge(
                        "The store ran out of memory for this import's one transaction, so nothing was imported."
                                + " Give the server more memory (a larger -Xmx) or import the file in parts.",
                        e);
            }
            throw e;
        } finally {
            oneAtATime.release();
            upload.close();
        }
    }

    /** Starts the import as a job of this user's, and hands the upload over to it. */
    ImportJob submit(Upload upload, boolean dryRun, Authentication user) {
        forgetOld();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), user.getName(), dryRun, clock.instant());
        jobs.put(job.id(), job);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        try {
            worker.execute(() -> runJob(job, upload, context));
        } catch (RuntimeException e) {
            jobs.remove(job.id());
            upload.close();
            throw e;
        }
        return job;
    }

    /** The job with this id, when this user started it. */
    Optional<ImportJob> find(String id, Authentication user) {
        forgetOld();
        ImportJob job = jobs.get(id);
        return job != null && job.user().equals(user.getName()) ? Optional.of(job) : Optional.empty();
    }

    Instant now() {
        return clock.instant();
    }

    private void runJob(ImportJob job, Upload upload, SecurityContext context) {
        SecurityContextHolder.setContext(context);
        try {
            job.succeeded(run(upload, job.dryRun(), job.progress()), clock.instant());
        } catch (InvalidRequestException e) {
            job.failed(400, new ApiError(e.getMessage(), e.errors()), clock.instant());
        } catch (ConflictException e) {
            job.failed(409, ApiError.of(e.getMessage()), clock.instant());
        } catch (DataIntegrityViolationException e) {
            job.failed(409, ApiError.of("That label or key is already taken; nothing was written."), clock.instant());
        } catch (ImportTooLarge e) {
            log.warn("Import job {} failed: {}", job.id(), e.getMessage(), e.getCause());
            job.failed(503, ApiError.of(e.getMessage()), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", job.id(), e);
            job.failed(
                    500,
                    ApiError.of(
                            "Something went wrong on the server, so nothing was imported; the log has the details."),
                    clock.instant());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finished() && job.finishedAt().isBefore(cutoff));
        long finished = jobs.values().stream().filter(ImportJob::finished).count();
        if (finished > KEPT_FINISHED) {
            jobs.values().stream()
                    .filter(ImportJob::finished)
                    .sorted(Comparator.comparing(ImportJob::finishedAt))
                    .limit(finished - KEPT_FINISHED)
                    .map(ImportJob::id)
                    .toList()
                    .forEach(jobs::remove);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
