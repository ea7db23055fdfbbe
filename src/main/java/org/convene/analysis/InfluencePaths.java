package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.convene.analysis.CoalitionGraph.PersonRef;

/**
 * Who in our coalition can reach a person, and through whom: the k most probable loopless paths
 * of ties from any member to the target, with no other member inside, avoiding given people, in
 * at most {@code maxHops} ties, found exactly by a best-first search of simple paths bounded by a
 * hop-limited Bellman–Ford lower bound (A* over the k-shortest-simple-paths search tree).
 *
 * <p>A path's probability is the product of its ties' probabilities ({@link TieStrength}); paths
 * rank by probability, highest first, probabilities within 1e-9 counting as equal, then by fewer
 * hops, then by the people's labels compared as sequences, member's label first.
 *
 * <p>Searching from every member at once is a multi-source problem: the search starts one branch
 * per member that can reach the target at all (a virtual source tied to every member), and
 * members may only start a path, never stand inside one. Work is bounded by the admissible lower
 * bound: only partial paths that could still rank among the k best are expanded.
 */
public final class InfluencePaths {

    /** The number of paths asked for when none is given. */
    public static final int DEFAULT_K = 5;

    /** The most paths one question may ask for. */
    public static final int MAX_K = 50;

    /** The hop limit when none is given. */
    public static final int DEFAULT_MAX_HOPS = 4;

    /** The highest hop limit one question may set. */
    public static final int MAX_HOPS = 8;

    /** How many of the nearest members a reach without paths names. */
    public static final int NEAREST_MEMBERS = 5;

    /**
     * The answer about one target.
     *
     * @param target the person to reach
     * @param status why there are paths or none
     * @param paths the best paths, ranked; empty unless {@code status} is {@code FOUND}
     * @param nearestMembers when no path qualifies: the members closest to the target in ties
     *     (any number of ties, not through another member or an avoided person), nearest first,
     *     at most {@link #NEAREST_MEMBERS}; empty when no member is connected at all
     * @param maxHops the hop limit the paths kept to
     */
    public record Reach(
            PersonRef target,
            Status status,
            List<InfluencePath> paths,
            List<NearestMember> nearestMembers,
            int maxHops) {

        /** Why a reach has paths or none. */
        public enum Status {
            /** At least one path qualifies. */
            FOUND,
            /** The target is a coalition member already. */
            TARGET_IS_MEMBER,
            /** The coalition has no members (other than avoided ones) to start from. */
            NO_MEMBERS,
            /** No path qualifies; see {@code nearestMembers}. */
            NO_PATH
        }

        /** A member and the fewest ties between them and the target. */
        public record NearestMember(PersonRef member, int hops) {}

        public Reach {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(status, "status");
            paths = List.copyOf(paths);
            nearestMembers = List.copyOf(nearestMembers);
        }
    }

    private final CoalitionGraph graph;

    /** Answers reach questions on this graph. */
    public InfluencePaths(CoalitionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** The {@link #DEFAULT_K} best paths to the target within {@link #DEFAULT_MAX_HOPS}. */
    public Reach reach(int target) {
        return reach(target, DEFAULT_K, DEFAULT_MAX_HOPS, List.of());
    }

    /**
     * The k best paths from coalition members to the target.
     *
     * @param target the person to reach (an index of the graph)
     * @param k how many paths, 1..{@value #MAX_K}
     * @param maxHops the most ties a path may have, 1..{@value #MAX_HOPS}
     * @param avoid people no path may pass through or start from (indices); not the target
     * @throws IllegalArgumentException naming the parameter: target or an avoided index unknown,
     *     k or maxHops out of range, the target among the avoided
     */
    public Reach reach(int target, int k, int maxHops, Collection<Integer> avoid) {
        boolean[] avoided = check(graph, target, maxHops, avoid);
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        }
        PersonRef who = graph.ref(target);
        if (graph.member(target)) {
            return new Reach(who, Reach.Status.TARGET_IS_MEMBER, List.of(), List.of(), maxHops);
        }
        boolean anyMember = Arrays.stream(graph.memberArray()).anyMatch(m -> !avoided[m]);
        if (!anyMember) {
            return new Reach(who, Reach.Status.NO_MEMBERS, List.of(), List.of(), maxHops);
        }
        TargetApproach approach = new TargetApproach(graph, target, maxHops, avoided);
        List<InfluencePath> paths = new PathSearch(approach).best(k, -1);
        if (!paths.isEmpty()) {
            return new Reach(who, Reach.Status.FOUND, paths, List.of(), maxHops);
        }
        return new Reach(
                who, Reach.Status.NO_PATH, List.of(), nearestMembers(graph, target, avoided, NEAREST_MEMBERS), maxHops);
    }

    /**
     * Checks the parameters every reach-like question shares.
     *
     * @return the avoided people as flags by index
     */
    static boolean[] check(CoalitionGraph graph, int target, int maxHops, Collection<Integer> avoid) {
        Objects.requireNonNull(avoid, "avoid");
        if (target < 0 || target >= graph.personCount()) {
            throw new IllegalArgumentException("target is not a person of the graph: " + target);
        }
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
        }
        boolean[] avoided = new boolean[graph.personCount()];
        for (Integer p : avoid) {
            if (p == null || p < 0 || p >= avoided.length) {
                throw new IllegalArgumentException("avoid names no person of the graph: " + p);
            }
            if (p == target) {
                throw new IllegalArgumentException("avoid must not contain the target");
            }
            avoided[p] = true;
        }
        return avoided;
    }

    /**
     * The members nearest the target by breadth-first search over all ties, any number of hops,
     * never through a member or an avoided person; nearest first, then by label.
     */
    static List<Reach.NearestMember> nearestMembers(CoalitionGraph graph, int target, boolean[] avoided, int limit) {
        int n = graph.personCount();
        int[] hops = new int[n];
        Arrays.fill(hops, -1);
        int[] queue = new int[n];
        int size = 0;
        queue[size++] = target;
        hops[target] = 0;
        List<Reach.NearestMember> found = new ArrayList<>();
        int foundAtLevel = Integer.MAX_VALUE;
        for (int head = 0; head < size; head++) {
            int p = queue[head];
            if (hops[p] >= foundAtLevel && found.size() >= limit) {
                break;
            }
            if (p != target && graph.member(p)) {
                found.add(new Reach.NearestMember(graph.ref(p), hops[p]));
                if (found.size() >= limit) {
                    foundAtLevel = hops[p] + 1;
                }
                continue;
            }
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                int u = graph.slotPerson(s);
                if (hops[u] < 0 && !avoided[u]) {
                    hops[u] = hops[p] + 1;
                    queue[size++] = u;
                }
            }
        }
        found.sort(Comparator.comparingInt(Reach.NearestMember::hops)
                .thenComparing(m -> m.member().name())
                .thenComparing(m -> m.member().id()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }
}
