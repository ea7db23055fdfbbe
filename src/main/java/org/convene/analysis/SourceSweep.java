package org.convene.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Runs one search from every source person, spread over a few threads. Each thread owns its
 * working state (arrays sized to the network), so nothing is shared while searching; the caller
 * combines the states afterwards, in thread order, which keeps the result the same from run to
 * run for a given thread count.
 */
final class SourceSweep {

    private SourceSweep() {}

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static int requireThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return threads;
    }

    /**
     * Visits sources 0..sources-1; thread t takes t, t + T, t + 2T, ... (striding spreads the
     * expensive hubs, which tend to sit together in the vertex order, across threads).
     *
     * @return the per-thread states, in thread order
     */
    static <S> List<S> run(int sources, int threads, IntFunction<S> newState, ObjIntConsumer<S> visit) {
        int workers = Math.max(1, Math.min(requireThreads(threads), sources));
        List<S> states = new ArrayList<>(workers);
        for (int t = 0; t < workers; t++) {
            states.add(newState.apply(t));
        }
        if (workers == 1) {
            S state = states.get(0);
            for (int s = 0; s < sources; s++) {
                visit.accept(state, s);
            }
            return states;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>(workers);
        for (int t = 0; t < workers; t++) {
            int first = t;
            S state = states.get(t);
            Thread thread = new Thread(
                    () -> {
                        try {
                            for (int s = first;
                                    s < sources && !Thread.currentThread().isInterrupted();
                                    s += workers) {
                                visit.accept(state, s);
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "convene-analysis-" + t);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : running) {
                thread.join();
            }
        } catch (InterruptedException e) {
            running.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while measuring the network");
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return states;
    }
}
