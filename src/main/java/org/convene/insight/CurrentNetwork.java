package org.convene.insight;

import java.time.Duration;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import jakarta.annotation.PreDestroy;
import org.convene.analysis.CoalitionGraph;
import org.convene.network.GraphVersion;
import org.convene.network.NetworkChange;
import org.convene.network.NetworkChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The projection every answer reads. Each request checks the graph version kept in the store, so
 * a write through any instance of the app shows in the next answer; writes made around the app
 * (cypher-shell, another tool) show within {@code convene.analysis.max-staleness}, by a refresh in
 * the background that leaves answers on the previous projection meanwhile.
 *
 * <p>A write through this instance that says what it changed ({@link NetworkChanged}) is applied
 * to the projection in place once it commits ({@link CoalitionGraph#withTie} and the like, linear
 * array copies), when the stored version has moved on by exactly the changes known here;
 * anything else (an import, a write through another instance, a change this instance did not
 * see) reads the whole store again.
 */
@Component
public class CurrentNetwork {

    private static final Logger log = LoggerFactory.getLogger(CurrentNetwork.class);

    /** More pending changes than this and a fresh projection is cheaper than replaying them. */
    private static final int MAX_PENDING = 256;

    private final NetworkProjection projection;
    private final GraphVersion version;
    private final AtomicReference<NetworkProjection.Projected> current = new AtomicReference<>();
    /** Committed changes by the version they raised the store to, not yet in {@link #current}. */
    private final ConcurrentSkipListMap<Long, UnaryOperator<CoalitionGraph>> pending = new ConcurrentSkipListMap<>();

    private final AtomicLong projections = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicInteger refreshHolds = new AtomicInteger();
    private final AtomicLong changesApplied = new AtomicLong();
    /** New versions whose network equalled the known one, so the known graph and its answers stayed. */
    private final AtomicLong unchanged = new AtomicLong();

    private final ScheduledExecutorService refresher;

    CurrentNetwork(
            NetworkProjection projection,
            GraphVersion version,
            @Value("${convene.analysis.max-staleness:60s}") Duration maxStaleness) {
        this.projection = projection;
        this.version = version;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "network-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, maxStaleness.toMillis() / 2);
        refresher.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /** The network as of the latest write through the app. */
    public CoalitionGraph graph() {
        var known = current.get();
        if (known == null || known.version() != version.current()) {
            return reload().graph();
        }
        return known.graph();
    }

    /**
     * Prepares a write's change while its transaction is still open (a saved person's details are
     * read in it, so they are exactly what commits), and hands it over once the write commits.
     * Never fails the write: a change that cannot be prepared leaves the next answer to read the
     * whole store.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void prepare(NetworkChanged changed) {
        UnaryOperator<CoalitionGraph> apply;
        try {
            apply = inPlace(changed.change());
        } catch (RuntimeException e) {
            log.debug("Could not prepare {}; the next answer reads the store again", changed, e);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                offer(changed.version(), apply);
            }
        });
    }

    private UnaryOperator<CoalitionGraph> inPlace(NetworkChange change) {
        if (change instanceof NetworkChange.TieSaved tie) {
            return graph -> graph.withTie(tie.personIdA(), tie.personIdB(), tie.strength(), tie.context());
        }
        if (change instanceof NetworkChange.TieRemoved tie) {
            return graph -> graph.withoutTie(tie.personIdA(), tie.personIdB());
        }
        if (change instanceof NetworkChange.PersonRemoved person) {
            return graph -> graph.withoutPerson(person.personId());
        }
        if (change instanceof NetworkChange.PersonSaved person) {
            var row = projection
                    .person(person.personId())
                    .orElseThrow(
                            () -> new IllegalStateException("saved person " + person.personId() + " is not stored"));
            return row::into;
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    private void offer(long changedTo, UnaryOperator<CoalitionGraph> apply) {
        var known = current.get();
        if (known == null || changedTo <= known.version()) {
            return;
        }
        pending.put(changedTo, apply);
        while (pending.size() > MAX_PENDING) {
            pending.pollFirstEntry();
        }
    }

    private synchronized NetworkProjection.Projected reload() {
        var known = current.get();
        long stored = version.current();
        if (known != null && known.version() == stored) {
            return known;
        }
        if (known != null && known.version() < stored) {
            var updated = applyPending(known, stored);
            if (updated != null) {
                current.set(updated);
                return updated;
            }
        }
        try {
            return project(projections);
        } catch (RuntimeException e) {
            if (known == null) {
                throw e;
            }
            // Answer from the last good projection rather than fail every question; the
            // background refresh tries again.
            log.error("Reading the network failed; answers use the previous projection until it succeeds", e);
            var kept = new NetworkProjection.Projected(stored, known.graph(), known.fingerprint());
            current.set(kept);
            return kept;
        }
    }

    /**
     * The known projection with the pending changes up to the stored version applied, or
     * {@code null} when one of them is missing (written elsewhere, or not yet handed over) or
     * does not fit the projection.
     */
    private NetworkProjection.Projected applyPending(NetworkProjection.Projected known, long stored) {
        pending.headMap(known.version(), true).clear();
        CoalitionGraph graph = known.graph();
        for (long v = known.version() + 1; v <= stored; v++) {
            var apply = pending.get(v);
            if (apply == null) {
                return null;
            }
            try {
                graph = apply.apply(graph);
            } catch (RuntimeException e) {
                log.debug("A change to version {} does not fit the projection; reading the store again", v, e);
                return null;
            }
        }
        pending.headMap(stored, true).clear();
        changesApplied.addAndGet(stored - known.version());
        if (known.graph().sameNetwork(graph)) {
            // a change the analysis does not read (a description, a rating): every cached answer holds
            unchanged.incrementAndGet();
            return new NetworkProjection.Projected(stored, known.graph(), NetworkProjection.Projected.UPDATED_IN_PLACE);
        }
        return new NetworkProjection.Projected(stored, graph, NetworkProjection.Projected.UPDATED_IN_PLACE);
    }

    /** Reads the whole store, counting the read in {@code counter}. */
    private synchronized NetworkProjection.Projected project(AtomicLong counter) {
        long started = System.nanoTime();
        var projected = projection.read();
        var known = current.get();
        if (known != null
                && (known.fingerprint() == projected.fingerprint()
                        || known.graph().sameNetwork(projected.graph()))) {
            // Nothing the analysis reads changed (a re-import of unchanged rows, a new description):
            // keep the graph object, and with it every answer cached on it.
            unchanged.incrementAndGet();
            projected = new NetworkProjection.Projected(projected.version(), known.graph(), projected.fingerprint());
        }
        current.set(projected);
        pending.headMap(projected.version(), true).clear();
        counter.incrementAndGet();
        log.debug(
                "Projected {} people and {} ties at version {} in {} ms",
                projected.graph().personCount(),
                projected.graph().tieCount(),
                projected.version(),
                (System.nanoTime() - started) / 1_000_000);
        return projected;
    }

    /**
     * How many times an answer read the whole store, how many changes were applied in place, and
     * how many background refreshes read the store.
     */
    Counts counts() {
        return new Counts(projections.get(), changesApplied.get(), refreshes.get(), unchanged.get());
    }

    /**
     * Whole-store reads for answers, in-place changes, background re-reads, and new versions that
     * kept the known graph (and every answer cached on it) because its network had not changed.
     */
    record Counts(long projections, long changesApplied, long refreshes, long unchanged) {}

    /**
     * Holds the background refresh until the returned handle is closed, for tests that count how
     * answers read the store; a refresh in flight finishes before this returns.
     */
    synchronized AutoCloseable holdRefreshes() {
        refreshHolds.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                refreshHolds.decrementAndGet();
            }
        };
    }

    private void refreshQuietly() {
        try {
            synchronized (this) {
                if (current.get() != null && refreshHolds.get() == 0) {
                    project(refreshes);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Refreshing the network projection failed; answers use the previous one", e);
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
