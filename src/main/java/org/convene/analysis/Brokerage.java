package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jgrapht.Graph;

/**
 * Whom does each person connect who would otherwise not be connected, and across which
 * sectors? Gould and Fernandez's brokerage roles (Sociological Methodology 19, 1989) in their
 * undirected form: a person b brokers every unordered pair {a, c} of their contacts who are not
 * tied to each other, as coordinator, gatekeeper/representative, consultant or liaison by the
 * groups of a, b and c (see {@link BrokerageRoles}).
 *
 * <p>The score of a person ("brokerage" in docs/api.md, Bridges and brokerage) is the number of pairs brokered across
 * sectors: all brokered pairs but the coordinator's. {@link #sectorsConnectedBy} names the
 * groups of the people in those pairs, for explanations.
 *
 * <p>A person whose group is null has a group of their own, shared with nobody (a missing
 * sector is not evidence that two people share one); it is named {@value #UNKNOWN_SECTOR} among
 * the sectors connected. So brokering two people without a sector counts as across sectors.
 *
 * <p>Pairs are counted from each person's group counts, less the pairs that are tied, which
 * are found by walking the triangles: O(Σ degree²) time, O(n) extra space, without listing pairs.
 *
 * @param <V> the person type
 * @param <E> the tie type
 */
public final class Brokerage<V, E> extends Measure<V, E> {

    /** How a person without a group is named among the sectors connected. */
    public static final String UNKNOWN_SECTOR = "unknown";

    private final Function<V, String> group;
    private BrokerageRoles[] roles;
    private List<Set<String>> sectors;

    /**
     * @param graph the ties (undirected)
     * @param group each person's group, typically their primary sector; may return null
     */
    public Brokerage(Graph<V, E> graph, Function<V, String> group) {
        this(IndexedNetwork.unweighted(graph), group);
    }

    /** On a snapshot already taken; tie probabilities play no part. */
    Brokerage(IndexedNetwork<V, E> network, Function<V, String> group) {
        super(network);
        this.group = Objects.requireNonNull(group, "group");
    }

    /**
     * On the coalition graph's shared snapshot.
     *
     * @param group each person's group, typically {@link CoalitionGraph#primarySector}; may
     *     return null
     */
    public static Brokerage<Integer, Integer> of(CoalitionGraph graph, Function<Integer, String> group) {
        return new Brokerage<>(IndexedNetwork.unweighted(graph), group);
    }

    /**
     * The roles a person plays.
     *
     * @throws IllegalArgumentException if the person is not in the graph
     */
    public BrokerageRoles rolesOf(V person) {
        int i = network.indexOf(person);
        values();
        return roles[i];
    }

    /** Everyone's roles, in the graph's vertex order; unmodifiable. */
    public Map<V, BrokerageRoles> getRoles() {
        values();
        Map<V, BrokerageRoles> all = new LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            all.put(network.person(i), roles[i]);
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The groups of the people in the pairs a person brokers across sectors, sorted; empty if
     * they broker none.
     *
     * @throws IllegalArgumentException if the person is not in the graph
     */
    public Set<String> sectorsConnectedBy(V person) {
        int i = network.indexOf(person);
        values();
        return sectors.get(i);
    }

    @Override
    double[] compute() {
        int n = network.size();
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();

        // Number the groups; a null group gets a fresh number per person.
        int[] groupOf = new int[n];
        List<String> groupName = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int v = 0; v < n; v++) {
            String g = group.apply(network.person(v));
            if (g == null) {
                groupOf[v] = groupName.size();
                groupName.add(UNKNOWN_SECTOR);
            } else {
                Integer number = numbers.get(g);
                if (number == null) {
                    number = groupName.size();
                    numbers.put(g, number);
                    groupName.add(g);
                }
                groupOf[v] = number;
            }
        }

        long[] contacts = new long[groupName.size()];
        long[] tiedAcross = new long[groupName.size()];
        int[] touched = new int[n];
        int[] marked = new int[n];
        Arrays.fill(marked, -1);
        double[] across = new double[n];
        roles = new BrokerageRoles[n];
        List<Set<String>> connected = new ArrayList<>(n);

        for (int b = 0; b < n; b++) {
            int start = offsets[b];
            int end = offsets[b + 1];
            long degree = end - start;
            int own = groupOf[b];
            int groupsSeen = 0;
            for (int x = start; x < end; x++) {
                int a = neighbours[x];
                marked[a] = b;
                int g = groupOf[a];
                if (contacts[g]++ == 0) {
                    touched[groupsSeen++] = g;
                }
            }
            long same = contacts[own];
            long coordinator = pairs(same);
            long gatekeeper = same * (degree - same);
            long consultant = 0;
            for (int k = 0; k < groupsSeen; k++) {
                int g = touched[k];
                if (g != own) {
                    consultant += pairs(contacts[g]);
                }
            }
            long liaison = pairs(degree - same) - consultant;

            // Tied pairs are not brokered: find each once, as a < c, through b's marked contacts.
            for (int x = start; x < end; x++) {
                int a = neighbours[x];
                int ga = groupOf[a];
                for (int y = offsets[a], yEnd = offsets[a + 1]; y < yEnd; y++) {
                    int c = neighbours[y];
                    if (c <= a || marked[c] != b) {
                        continue;
                    }
                    int gc = groupOf[c];
                    boolean aSame = ga == own;
                    boolean cSame = gc == own;
                    if (aSame && cSame) {
                        coordinator--;
                        continue;
                    }
                    if (aSame != cSame) {
                        gatekeeper--;
                    } else if (ga == gc) {
                        consultant--;
                    } else {
                        liaison--;
                    }
                    tiedAcross[ga]++;
                    if (gc != ga) {
                        tiedAcross[gc]++;
                    }
                }
            }

            BrokerageRoles r = new BrokerageRoles(coordinator, gatekeeper, consultant, liaison);
            roles[b] = r;
            across[b] = r.acrossSectors();

            Set<String> names = null;
            for (int k = 0; k < groupsSeen; k++) {
                int g = touched[k];
                long inGroup = contacts[g];
                // Pairs touching a contact in g that span sectors: with b's own group, only those
                // whose other end is elsewhere; with any other group, every pair touching it.
                long spanning = g == own ? inGroup * (degree - inGroup) : inGroup * (degree - inGroup) + pairs(inGroup);
                if (spanning - tiedAcross[g] > 0) {
                    if (names == null) {
                        names = new TreeSet<>();
                    }
                    names.add(groupName.get(g));
                }
                contacts[g] = 0;
                tiedAcross[g] = 0;
            }
            connected.add(names == null ? Set.of() : Collections.unmodifiableSet(names));
        }
        sectors = Collections.unmodifiableList(connected);
        return across;
    }

    private static long pairs(long k) {
        return k * (k - 1) / 2;
    }
}
