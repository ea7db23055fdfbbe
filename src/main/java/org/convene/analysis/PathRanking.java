package org.convene.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of influence paths (docs/api.md, Paths): by probability, highest first, where probabilities
 * within {@link #EPSILON} count as equal; then fewer hops; then the people's labels compared as
 * sequences, first label first (then ids, for people who share a label).
 *
 * <p>"Within 1e-9" is not transitive, so the order groups the paths instead: sorted by exact
 * probability, each group starts at the most probable path not yet placed and holds every later
 * path within {@code EPSILON} of it; inside a group the tie-breaks decide.
 */
final class PathRanking {

    static final double EPSILON = 1e-9;

    private static final Comparator<InfluencePath> BY_LABELS = (x, y) -> {
        for (int i = 0; i < Math.min(x.people().size(), y.people().size()); i++) {
            int c = x.people().get(i).name().compareTo(y.people().get(i).name());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.people().size(), y.people().size());
    };

    private static final Comparator<InfluencePath> BY_IDS = (x, y) -> {
        for (int i = 0; i < Math.min(x.people().size(), y.people().size()); i++) {
            int c = x.people().get(i).id().compareTo(y.people().get(i).id());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.people().size(), y.people().size());
    };

    private static final Comparator<InfluencePath> TIE_BREAK = Comparator.comparingInt(InfluencePath::hops)
            .thenComparing(BY_LABELS)
            .thenComparing(BY_IDS);

    private static final Comparator<InfluencePath> BY_PROBABILITY =
            Comparator.comparingDouble(InfluencePath::probability).reversed().thenComparing(TIE_BREAK);

    private PathRanking() {}

    /** The paths in that order (a new list). */
    static List<InfluencePath> rank(List<InfluencePath> paths) {
        List<InfluencePath> exact = new ArrayList<>(paths);
        exact.sort(BY_PROBABILITY);
        List<InfluencePath> ranked = new ArrayList<>(exact.size());
        for (int i = 0; i < exact.size(); ) {
            double floor = exact.get(i).probability() - EPSILON;
            int j = i + 1;
            while (j < exact.size() && exact.get(j).probability() >= floor) {
                j++;
            }
            List<InfluencePath> group = new ArrayList<>(exact.subList(i, j));
            group.sort(TIE_BREAK.thenComparing(BY_PROBABILITY));
            ranked.addAll(group);
            i = j;
        }
        return ranked;
    }
}
