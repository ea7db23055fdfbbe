package org.convene.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures how much heap an object graph retains, without agents or JDK internals: the used heap
 * after full collections while holding it, minus the used heap after full collections once it is
 * unreachable. Each reading is the lowest of several collections, so garbage still in flight
 * does not count; what remains is what the object keeps alive (rounded the way the collector
 * accounts for it, e.g. G1 counts a humongous array in whole regions).
 */
final class HeapMeter {

    private static final int COLLECTIONS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** Bytes retained by what {@code build} returns, measured after it ran once. */
    <T> long retained(Supplier<T> build) {
        long without = settledUsed();
        T held = build.get();
        long with = settledUsed();
        Reference.reachabilityFence(held);
        return with - without;
    }

    long settledUsed() {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }
}
