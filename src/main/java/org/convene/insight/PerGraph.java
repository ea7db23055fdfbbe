package org.convene.insight;

import java.util.function.Function;

import org.convene.analysis.CoalitionGraph;

/**
 * Remembers one answer for the latest projection, so an answer that costs real work (betweenness
 * on a large network, say) is computed once per version of the network rather than per request.
 */
final class PerGraph<T> {

    private record Entry<T>(CoalitionGraph graph, T value) {}

    private final Function<CoalitionGraph, T> compute;
    private volatile Entry<T> last;

    PerGraph(Function<CoalitionGraph, T> compute) {
        this.compute = compute;
    }

    /** Computes at most once per graph, however many requests ask at the same time. */
    synchronized T get(CoalitionGraph graph) {
        Entry<T> known = last;
        if (known != null && known.graph() == graph) {
            return known.value();
        }
        T value = compute.apply(graph);
        last = new Entry<>(graph, value);
        return value;
    }
}
