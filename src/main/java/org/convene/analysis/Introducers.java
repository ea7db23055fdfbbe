package org.convene.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.convene.analysis.CoalitionGraph.PersonRef;

/**
 * Which coalition members could introduce us to a person, and how many ways each has: for every
 * member with a qualifying path (the rules of {@link InfluencePaths}), their best path (the
 * same best-first search started from that member alone) and the number of distinct qualifying
 * paths that start at them, counted by depth-first enumeration pruned by the fewest hops left to
 * the target and capped at {@value #COUNT_CAP}.
 */
public final class Introducers {

    /** Path counts stop here; a count that reaches it is marked as capped. */
    public static final int COUNT_CAP = 1000;

    /**
     * A member who can reach the target.
     *
     * @param member the member
     * @param bestPath their best path to the target
     * @param pathCount the qualifying paths that start at them, at most {@link #COUNT_CAP}
     * @param countCapped whether counting stopped at the cap (there may be more)
     */
    public record Introducer(PersonRef member, InfluencePath bestPath, int pathCount, boolean countCapped) {}

    private final CoalitionGraph graph;

    /** Answers introducer questions on this graph. */
    public Introducers(CoalitionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /**
     * Every member who can reach the target within the hop limit, best path first (ranked as
     * {@link InfluencePaths} ranks paths). Empty when the target is a member or nobody reaches it.
     *
     * @throws IllegalArgumentException as {@link InfluencePaths#reach(int, int, int, Collection)}
     */
    public List<Introducer> of(int target, int maxHops, Collection<Integer> avoid) {
        boolean[] avoided = InfluencePaths.check(graph, target, maxHops, avoid);
        if (graph.member(target)) {
            return List.of();
        }
        TargetApproach approach = new TargetApproach(graph, target, maxHops, avoided);
        PathSearch search = new PathSearch(approach);
        Map<InfluencePath, Introducer> byPath = new HashMap<>();
        List<InfluencePath> best = new ArrayList<>();
        for (int member : approach.reachableMembers()) {
            InfluencePath path = search.best(1, member).get(0);
            int count = count(approach, member);
            best.add(path);
            byPath.put(path, new Introducer(graph.ref(member), path, count, count >= COUNT_CAP));
        }
        return PathRanking.rank(best).stream().map(byPath::get).toList();
    }

    private int count(TargetApproach approach, int member) {
        boolean[] onPath = new boolean[graph.personCount()];
        onPath[member] = true;
        return count(approach, member, 0, onPath, 0);
    }

    private int count(TargetApproach approach, int at, int used, boolean[] onPath, int counted) {
        int total = counted;
        for (int s = graph.firstSlot(at), end = graph.endSlot(at); s < end; s++) {
            if (total >= COUNT_CAP) {
                break;
            }
            int u = graph.slotPerson(s);
            if (u == approach.target) {
                total++;
            } else if (approach.interior(u) && !onPath[u] && approach.depth(u) <= approach.maxHops - used - 1) {
                onPath[u] = true;
                total = count(approach, u, used + 1, onPath, total);
                onPath[u] = false;
            }
        }
        return total;
    }
}
