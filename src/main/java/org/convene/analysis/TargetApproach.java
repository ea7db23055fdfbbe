package org.convene.analysis;

import java.util.Arrays;

/**
 * How a target can be approached within a hop limit: the people within reach of the target
 * (its "ball": members at most {@code maxHops} ties away, other people at most
 * {@code maxHops - 1}, never through a member or an avoided person), their fewest hops to the
 * target, and for every remaining hop budget {@code r} the shortest length ({@code -ln p}) of a
 * walk of at most {@code r} ties from them to the target through allowed people.
 *
 * <p>Those lengths ignore only the rule that a path may not repeat a person, so they are lower
 * bounds on every qualifying path's remaining length: the admissible heuristic that lets {@link
 * PathSearch} expand only paths that could still rank, and exact for the best path (a shortest
 * walk with positive lengths never repeats a person). Computed by a breadth-first search from the
 * target followed by {@code maxHops} rounds of hop-bounded Bellman–Ford over the ball only.
 */
final class TargetApproach {

    static final double UNREACHABLE = Double.POSITIVE_INFINITY;

    final CoalitionGraph graph;
    final int target;
    final int maxHops;
    private final boolean[] avoided;
    private final int[] local;
    private final int[] ball;
    private final int[] depth;
    private final int ballSize;
    private final double[][] remaining;

    TargetApproach(CoalitionGraph graph, int target, int maxHops, boolean[] avoided) {
        this.graph = graph;
        this.target = target;
        this.maxHops = maxHops;
        this.avoided = avoided;
        int n = graph.personCount();
        local = new int[n];
        Arrays.fill(local, -1);
        int[] order = new int[Math.min(n, 1024)];
        int[] depths = new int[order.length];
        order[0] = target;
        local[target] = 0;
        int size = 1;
        for (int head = 0; head < size; head++) {
            int p = order[head];
            int d = depths[head];
            if (d == maxHops || (p != target && graph.member(p))) {
                continue;
            }
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                int u = graph.slotPerson(s);
                if (local[u] >= 0 || avoided[u]) {
                    continue;
                }
                if (!graph.member(u) && d + 1 >= maxHops) {
                    continue;
                }
                if (size == order.length) {
                    order = Arrays.copyOf(order, Math.min(n, size * 2));
                    depths = Arrays.copyOf(depths, order.length);
                }
                local[u] = size;
                order[size] = u;
                depths[size++] = d + 1;
            }
        }
        ball = order;
        depth = depths;
        ballSize = size;

        remaining = new double[maxHops + 1][];
        remaining[0] = new double[size];
        Arrays.fill(remaining[0], UNREACHABLE);
        remaining[0][0] = 0;
        for (int r = 1; r <= maxHops; r++) {
            double[] before = remaining[r - 1];
            double[] now = before.clone();
            for (int x = 1; x < size && depths[x] <= r; x++) {
                int p = order[x];
                // a member only starts a path, with the whole budget; anyone else stands at
                // position 1 or later, so needs at most maxHops - 1
                if (graph.member(p) != (r == maxHops)) {
                    continue;
                }
                double best = now[x];
                for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                    int l = local[graph.slotPerson(s)];
                    if (l < 0 || before[l] == UNREACHABLE || (l != 0 && graph.member(order[l]))) {
                        continue;
                    }
                    double length = before[l] + TieStrength.length(graph.slotStrength(s));
                    if (length < best) {
                        best = length;
                    }
                }
                now[x] = best;
            }
            remaining[r] = now;
        }
    }

    /** Whether the person may stand inside a path: neither a member, avoided, nor the target. */
    boolean interior(int person) {
        return person != target && !avoided[person] && !graph.member(person);
    }

    /**
     * A lower bound on the length from the person to the target in at most {@code hops} ties;
     * for a member only with the whole budget ({@code hops == maxHops}), for anyone else only
     * below it.
     */
    double remaining(int person, int hops) {
        int l = local[person];
        return l < 0 ? UNREACHABLE : remaining[hops][l];
    }

    /** The fewest ties from the person to the target through allowed people, or MAX_VALUE. */
    int depth(int person) {
        int l = local[person];
        return l < 0 ? Integer.MAX_VALUE : depth[l];
    }

    /** The members with a qualifying path to the target, ascending by index. */
    int[] reachableMembers() {
        int[] found = new int[ballSize];
        int count = 0;
        for (int x = 1; x < ballSize; x++) {
            int p = ball[x];
            if (graph.member(p) && remaining[maxHops][x] != UNREACHABLE) {
                found[count++] = p;
            }
        }
        int[] members = Arrays.copyOf(found, count);
        Arrays.sort(members);
        return members;
    }
}
