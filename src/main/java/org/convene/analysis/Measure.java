package org.convene.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * A value per person, computed once on first use from a snapshot of the graph taken at
 * construction: the common type of {@link DegreeCentrality}, {@link BetweennessCentrality},
 * {@link ClosenessCentrality}, {@link EigenvectorCentrality}, {@link Brokerage},
 * {@link BurtConstraint} and {@link Cutpoints}, so a caller can pick one by name and rank.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public abstract sealed class Measure<V, E> implements VertexScoringAlgorithm<V, Double>
        permits DegreeCentrality,
                BetweennessCentrality,
                ClosenessCentrality,
                EigenvectorCentrality,
                Brokerage,
                BurtConstraint,
                Cutpoints {

    final IndexedNetwork<V, E> network;
    private volatile double[] values;

    Measure(IndexedNetwork<V, E> network) {
        this.network = network;
    }

    /** One value per person index. */
    abstract double[] compute();

    final double[] values() {
        double[] result = values;
        if (result == null) {
            synchronized (this) {
                result = values;
                if (result == null) {
                    result = compute();
                    values = result;
                }
            }
        }
        return result;
    }

    /** Every person's value, in the graph's vertex order; unmodifiable. */
    @Override
    public final Map<V, Double> getScores() {
        double[] v = values();
        Map<V, Double> scores = new LinkedHashMap<>(Math.max(16, (int) (v.length / 0.75f) + 1));
        for (int i = 0; i < v.length; i++) {
            scores.put(network.person(i), v[i]);
        }
        return Collections.unmodifiableMap(scores);
    }

    /**
     * The value of one person.
     *
     * @throws IllegalArgumentException if the person is not in the graph
     */
    @Override
    public final Double getVertexScore(V v) {
        return score(v);
    }

    /**
     * The value of one person, unboxed.
     *
     * @throws IllegalArgumentException if the person is not in the graph
     */
    public final double score(V v) {
        return values()[network.indexOf(v)];
    }

    /**
     * Every person, highest value first; equal values keep the graph's vertex order, and an
     * undefined value (NaN) comes last.
     */
    public final List<VertexScore<V>> ranking() {
        double[] v = values();
        List<VertexScore<V>> ranked = new ArrayList<>(v.length);
        for (int i = 0; i < v.length; i++) {
            ranked.add(new VertexScore<>(network.person(i), v[i]));
        }
        // List.sort is stable; Double.compare orders NaN above everything, so negate by hand.
        ranked.sort((a, b) -> {
            boolean aNaN = Double.isNaN(a.value());
            boolean bNaN = Double.isNaN(b.value());
            if (aNaN || bNaN) {
                return Boolean.compare(aNaN, bNaN);
            }
            return Double.compare(b.value(), a.value());
        });
        return Collections.unmodifiableList(ranked);
    }
}
