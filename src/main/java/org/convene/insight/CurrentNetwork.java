package org.convene.insight;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.convene.analysis.CoalitionGraph;
import org.convene.network.GraphVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The projection every answer reads. Each request checks the graph version kept in the store, so
 * a write through any instance of the app shows in the next answer; writes made around the app
 * (cypher-shell, another tool) show within {@code convene.analysis.max-staleness}, by a refresh in
 * the background that leaves answers on the previous projection meanwhile.
 */
@Component
public class CurrentNetwork {

    private static final Logger log = LoggerFactory.getLogger(CurrentNetwork.class);

    private final NetworkProjection projection;
    private final GraphVersion version;
    private final AtomicReference<NetworkProjection.Projected> current = new AtomicReference<>();
    private final ScheduledExecutorService refresher;

    CurrentNetwork(NetworkProjection projection, GraphVersion version,
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

    private synchronized NetworkProjection.Projected reload() {
        var known = current.get();
        long stored = version.current();
        if (known != null && known.version() == stored) {
            return known;
        }
        try {
            return project();
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

    private synchronized NetworkProjection.Projected project() {
        long started = System.nanoTime();
        var projected = projection.read();
        var known = current.get();
        if (known != null && known.fingerprint() == projected.fingerprint()) {
            // Nothing changed: keep the graph object, and with it every answer cached on it.
            projected = new NetworkProjection.Projected(projected.version(), known.graph(), known.fingerprint());
        }
        current.set(projected);
        log.debug("Projected {} people and {} ties at version {} in {} ms", projected.graph().personCount(),
                projected.graph().tieCount(), projected.version(), (System.nanoTime() - started) / 1_000_000);
        return projected;
    }

    private void refreshQuietly() {
        try {
            if (current.get() != null) {
                project();
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
