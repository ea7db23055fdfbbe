package org.convene.exchange;

import java.time.Duration;
import java.time.Instant;

import org.convene.system.ApiError;

/**
 * One import running (or queued, or finished) in the background, as {@code POST
 * /api/import?async=true} starts it: who started it, its progress, and how it ended.
 */
final class ImportJob {

    private final String id;
    private final String user;
    private final boolean dryRun;
    private final Instant startedAt;
    private final ImportProgress progress = new ImportProgress();

    private volatile Instant finishedAt;
    private volatile ImportSummary result;
    private volatile int status;
    private volatile ApiError error;

    ImportJob(String id, String user, boolean dryRun, Instant startedAt) {
        this.id = id;
        this.user = user;
        this.dryRun = dryRun;
        this.startedAt = startedAt;
    }

    /**
     * The job as the API shows it.
     *
     * @param state     {@code running} (queued ones too) until it ends {@code succeeded} or {@code failed}
     * @param phase     queued, reading, checking, writing, committing or done
     * @param rowsDone  rows done in this phase: read, checked or written
     * @param rowsTotal the phase's rows when known ahead (checking, writing), else null
     * @param status    when finished, the status the import would have answered (200, 400, 409, 503, ...)
     * @param result    when it succeeded, the import's answer
     * @param error     when it failed, the error answer, with every import error
     */
    record View(
            String id,
            String state,
            boolean dryRun,
            String phase,
            long rowsDone,
            Long rowsTotal,
            Instant startedAt,
            Instant finishedAt,
            long elapsedMs,
            Integer status,
            ImportSummary result,
            ApiError error) {}

    String id() {
        return id;
    }

    String user() {
        return user;
    }

    boolean dryRun() {
        return dryRun;
    }

    ImportProgress progress() {
        return progress;
    }

    boolean finished() {
        return finishedAt != null;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    void succeeded(ImportSummary summary, Instant at) {
        result = summary;
        status = 200;
        progress.start(ImportProgress.Phase.DONE, -1);
        finishedAt = at;
    }

    void failed(int httpStatus, ApiError answer, Instant at) {
        error = answer;
        status = httpStatus;
        progress.start(ImportProgress.Phase.DONE, -1);
        finishedAt = at;
    }

    View view(Instant now) {
        Instant finished = finishedAt;
        ImportProgress.Snapshot snapshot = progress.snapshot();
        String state = finished == null ? "running" : error == null ? "succeeded" : "failed";
        return new View(
                id,
                state,
                dryRun,
                snapshot.phase().key(),
                snapshot.done(),
                snapshot.total() < 0 ? null : snapshot.total(),
                startedAt,
                finished,
                Duration.between(startedAt, finished == null ? now : finished).toMillis(),
                finished == null ? null : status,
                result,
                error);
    }
}
