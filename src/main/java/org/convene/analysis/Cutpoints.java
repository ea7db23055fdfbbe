package org.convene.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jgrapht.Graph;

/**
 * Who, if they left, would split the network, which single ties hold it together, and how many
 * people would each such person's departure cut off? Articulation points and bridges by
 * Hopcroft and Tarjan's depth-first search (CACM 16(6), 1973), the algorithm behind JGraphT's
 * {@code BiconnectivityInspector}, written iteratively over int arrays so that long chains of
 * 100,000 people do not exhaust the call stack (the inspector recurses once per person).
 *
 * <p>The score of a person is the number of people cut off by their departure: removing them
 * splits their component into pieces, and everyone outside the largest remaining piece is cut
 * off ("removing X separates 12 people"). It is 0 for everyone who is not a cutpoint. O(n + m).
 *
 * <p>Two ties between the same pair of people are not a bridge: either still connects them.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class Cutpoints<V, E> extends Measure<V, E> {

    private Set<V> cutpoints;
    private Set<E> bridges;

    public Cutpoints(Graph<V, E> graph) {
        super(IndexedNetwork.unweighted(graph));
    }

    /** On a snapshot already taken; tie probabilities play no part. */
    Cutpoints(IndexedNetwork<V, E> network) {
        super(network);
    }

    /** On the coalition graph's shared snapshot; bridges are tie indices. */
    public static Cutpoints<Integer, Integer> of(CoalitionGraph graph) {
        return new Cutpoints<>(IndexedNetwork.unweighted(graph));
    }

    /** The articulation points, in the graph's vertex order; unmodifiable. */
    public Set<V> cutpoints() {
        values();
        return cutpoints;
    }

    /** The ties whose removal disconnects their two people; unmodifiable. */
    public Set<E> bridges() {
        values();
        return bridges;
    }

    /** Whether removing the person splits their component. */
    public boolean isCutpoint(V person) {
        network.indexOf(person);
        return cutpoints().contains(person);
    }

    /** How many people removing this person would cut off from the largest remaining piece. */
    public int peopleCutOffBy(V person) {
        return (int) score(person);
    }

    @Override
    double[] compute() {
        int n = network.size();
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        Graph<V, E> graph = network.graph();

        int[] discovered = new int[n];
        Arrays.fill(discovered, -1);
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] subtree = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        int[] visitOrder = new int[n];
        int[] separatedPieces = new int[n];
        int[] separatedSum = new int[n];
        int[] separatedMax = new int[n];
        double[] cutOff = new double[n];
        Set<E> bridgeTies = new LinkedHashSet<>();
        boolean[] isCut = new boolean[n];

        int time = 0;
        int visited = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] >= 0) {
                continue;
            }
            int componentStart = visited;
            discovered[root] = low[root] = time++;
            parent[root] = -1;
            subtree[root] = 1;
            next[root] = offsets[root];
            visitOrder[visited++] = root;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int u = stack[top - 1];
                if (next[u] < offsets[u + 1]) {
                    int v = neighbours[next[u]++];
                    if (discovered[v] < 0) {
                        parent[v] = u;
                        discovered[v] = low[v] = time++;
                        subtree[v] = 1;
                        next[v] = offsets[v];
                        visitOrder[visited++] = v;
                        stack[top++] = v;
                    } else if (v != parent[u]) {
                        low[u] = Math.min(low[u], discovered[v]);
                    }
                } else {
                    top--;
                    int p = parent[u];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[u]);
                        subtree[p] += subtree[u];
                        if (low[u] >= discovered[p]) {
                            // Without p, u's subtree has no way back up: a separate piece.
                            separatedPieces[p]++;
                            separatedSum[p] += subtree[u];
                            separatedMax[p] = Math.max(separatedMax[p], subtree[u]);
                            if (low[u] > discovered[p]) {
                                addBridge(graph, network.person(p), network.person(u), bridgeTies);
                            }
                        }
                    }
                }
            }
            int componentSize = visited - componentStart;
            for (int k = componentStart; k < visited; k++) {
                int x = visitOrder[k];
                // The root has no side above it; any other person keeps the rest of the component.
                boolean cut = x == root ? separatedPieces[x] >= 2 : separatedPieces[x] >= 1;
                if (cut) {
                    int rest = componentSize - 1 - separatedSum[x];
                    int largest = Math.max(rest, separatedMax[x]);
                    isCut[x] = true;
                    cutOff[x] = componentSize - 1 - largest;
                }
            }
        }

        Set<V> points = new LinkedHashSet<>();
        for (int x = 0; x < n; x++) {
            if (isCut[x]) {
                points.add(network.person(x));
            }
        }
        cutpoints = Collections.unmodifiableSet(points);
        bridges = Collections.unmodifiableSet(bridgeTies);
        return cutOff;
    }

    private static <V, E> void addBridge(Graph<V, E> graph, V u, V v, Set<E> bridges) {
        Set<E> ties = graph.getAllEdges(u, v);
        if (ties.size() == 1) {
            bridges.add(ties.iterator().next());
        }
    }
}
