package org.convene.exchange;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far one import has got, written by the import as it goes and read by whoever polls its job:
 * the phase, and the rows done of the phase's total (when the phase knows it).
 */
final class ImportProgress {

    /** The steps of an import, in order; a dry run stops after checking. */
    enum Phase {
        /** waiting for the import before it to finish */
        QUEUED,
        READING,
        CHECKING,
        WRITING,
        COMMITTING,
        DONE;

        /** The name the API gives it: {@code queued}, {@code reading}, ... */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A reading of the progress at one moment. {@code total} is -1 while unknown. */
    record Snapshot(Phase phase, long done, long total) {}

    private volatile Phase phase = Phase.QUEUED;
    private volatile long total = -1;
    private final AtomicLong done = new AtomicLong();

    /** Progress that nobody reads, for imports that are not jobs (the demo city, the bench). */
    static ImportProgress untracked() {
        return new ImportProgress();
    }

    /** Enters a phase of this many rows (-1: not known ahead), none done yet. */
    void start(Phase next, long rows) {
        done.set(0);
        total = rows;
        phase = next;
    }

    /** Counts rows done in the current phase. */
    void advance(long rows) {
        done.addAndGet(rows);
    }

    Snapshot snapshot() {
        Phase now = phase;
        return new Snapshot(now, done.get(), total);
    }
}
