package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The k best loopless paths from members to a target within a hop limit: a best-first (A*)
 * enumeration of simple paths, member first, keyed by length so far plus {@link
 * TargetApproach}'s lower bound for the hops left.
 *
 * <p>Exact: with positive lengths and an admissible bound, complete paths leave the queue in
 * order of length, and a partial path is expanded only while it could still reach a path as
 * short as the k-th found (widened by {@link PathRanking#EPSILON} in probability, so that every
 * path the tie-breaks could prefer is collected before ranking). The hop limit is a constraint
 * of the search itself, not a filter afterwards, so a best-by-length path that is too long never
 * hides a shorter-in-hops one the way it would in Yen's algorithm over Dijkstra.
 */
final class PathSearch {

    private final TargetApproach approach;
    private final CoalitionGraph graph;
    private final int maxHops;

    // the search tree: one entry per partial path, sharing prefixes through parent links
    private int[] parent = new int[256];
    private int[] vertex = new int[256];
    private int[] hops = new int[256];
    private double[] length = new double[256];
    private double[] key = new double[256];
    private int states;

    // a binary min-heap of states by key, then by state number
    private int[] heap = new int[256];
    private int heapSize;

    PathSearch(TargetApproach approach) {
        this.approach = approach;
        this.graph = approach.graph;
        this.maxHops = approach.maxHops;
    }

    /**
     * The k best qualifying paths, ranked ({@link PathRanking}); starting from {@code onlyFrom}
     * when it is a person index, from any member when it is -1.
     */
    List<InfluencePath> best(int k, int onlyFrom) {
        states = 0;
        heapSize = 0;
        int target = approach.target;
        int[] starts = onlyFrom >= 0 ? new int[] {onlyFrom} : approach.reachableMembers();
        for (int member : starts) {
            double bound = approach.remaining(member, maxHops);
            if (bound != TargetApproach.UNREACHABLE) {
                push(-1, member, 0, 0, bound);
            }
        }
        List<Integer> complete = new ArrayList<>();
        double cutoff = Double.POSITIVE_INFINITY;
        while (heapSize > 0) {
            int s = pop();
            if (key[s] > cutoff) {
                break;
            }
            int v = vertex[s];
            if (v == target) {
                complete.add(s);
                if (complete.size() == k) {
                    double floor = Math.exp(-length[s]) - PathRanking.EPSILON;
                    cutoff = floor <= 0 ? Double.POSITIVE_INFINITY : -Math.log(floor) + 1e-12;
                }
                continue;
            }
            int used = hops[s] + 1;
            for (int slot = graph.firstSlot(v), end = graph.endSlot(v); slot < end; slot++) {
                int u = graph.slotPerson(slot);
                double sofar = length[s] + TieStrength.length(graph.slotStrength(slot));
                if (u == target) {
                    if (sofar <= cutoff) {
                        push(s, u, used, sofar, sofar);
                    }
                } else if (used < maxHops && approach.interior(u)) {
                    double rest = approach.remaining(u, maxHops - used);
                    double bound = sofar + rest;
                    if (rest != TargetApproach.UNREACHABLE && bound <= cutoff && !onPath(s, u)) {
                        push(s, u, used, sofar, bound);
                    }
                }
            }
        }
        List<InfluencePath> paths = new ArrayList<>(complete.size());
        for (int s : complete) {
            paths.add(InfluencePath.of(graph, peopleOf(s)));
        }
        List<InfluencePath> ranked = PathRanking.rank(paths);
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }

    private boolean onPath(int state, int person) {
        for (int s = state; s >= 0; s = parent[s]) {
            if (vertex[s] == person) {
                return true;
            }
        }
        return false;
    }

    private int[] peopleOf(int state) {
        int[] people = new int[hops[state] + 1];
        for (int s = state, i = hops[state]; s >= 0; s = parent[s], i--) {
            people[i] = vertex[s];
        }
        return people;
    }

    private void push(int from, int person, int hopCount, double sofar, double bound) {
        if (states == parent.length) {
            int size = states * 2;
            parent = Arrays.copyOf(parent, size);
            vertex = Arrays.copyOf(vertex, size);
            hops = Arrays.copyOf(hops, size);
            length = Arrays.copyOf(length, size);
            key = Arrays.copyOf(key, size);
        }
        int s = states++;
        parent[s] = from;
        vertex[s] = person;
        hops[s] = hopCount;
        length[s] = sofar;
        key[s] = bound;
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (!before(s, heap[up])) {
                break;
            }
            heap[i] = heap[up];
            i = up;
        }
        heap[i] = s;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }

    private boolean before(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }
}
