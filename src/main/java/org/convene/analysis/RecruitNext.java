package org.convene.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.convene.analysis.CoalitionGraph.PersonRef;

/**
 * Who should the coalition recruit next: every non-member scored by what recruiting them would
 * add (unengaged sectors they would bring, people they would newly put within two strong ties
 * of the coalition, sectors they connect, optionally their betweenness), with each of those
 * facts and the member best placed to approach them; a greedy one-step marginal-gain ranking.
 *
 * <h2>Score</h2>
 * {@code score = 10·g + 2·log2(1 + r) + 1.5·max(0, s − 1) + 3·b}, where
 * <ul>
 * <li>{@code g}: sectors of the person ({@link CoalitionGraph#sectorKeys(int)}) in which no
 * member counts yet: each weighs as much as putting 31 new people within reach;</li>
 * <li>{@code r}: people (not members, not the candidate) who are not within two strong ties of
 * any member now but are within two strong ties of the candidate; strong means strength
 * {@value TieStrength#STRONG} or more (probability 0.70 and above); diminishing returns;</li>
 * <li>{@code s}: distinct primary sectors among the candidate's neighbours (any tie), so
 * {@code s − 1} counts the extra sectors they connect;</li>
 * <li>{@code b}: the candidate's betweenness divided by the highest betweenness among
 * non-members, when a betweenness is given; 0 otherwise.</li>
 * </ul>
 * Ties in score are broken by label, then id.
 */
public final class RecruitNext {

    /** Weight of each unengaged sector the candidate would bring. */
    public static final double SECTOR_WEIGHT = 10;

    /** Weight of each doubling of the people newly within two strong ties. */
    public static final double REACH_WEIGHT = 2;

    /** Weight of each sector connected beyond the first. */
    public static final double BRIDGE_WEIGHT = 1.5;

    /** Weight of the relative betweenness, when given. */
    public static final double BETWEENNESS_WEIGHT = 3;

    /**
     * A person worth recruiting.
     *
     * @param person the candidate (not a member)
     * @param score what recruiting them would add (see the class comment)
     * @param approachVia the member best placed to approach them: the one with the strongest
     *     direct tie, else the first member of their best influence path (within {@link
     *     InfluencePaths#DEFAULT_MAX_HOPS}); {@code null} when no member reaches them
     * @param newSectors the unengaged sectors they would bring (keys)
     * @param newlyWithinReach how many people they would newly put within two strong ties
     * @param connectedSectors the distinct primary sectors among their neighbours (keys)
     * @param relativeBetweenness their betweenness over the highest among non-members, 0 to 1; 0
     *     when no betweenness is given
     */
    public record Recruit(
            PersonRef person,
            double score,
            PersonRef approachVia,
            List<String> newSectors,
            int newlyWithinReach,
            List<String> connectedSectors,
            double relativeBetweenness) {

        public Recruit {
            newSectors = List.copyOf(newSectors);
            connectedSectors = List.copyOf(connectedSectors);
        }
    }

    private final CoalitionGraph graph;
    private final ToDoubleFunction<Integer> betweenness;

    /** Ranks recruits on this graph without betweenness. */
    public RecruitNext(CoalitionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.betweenness = null;
    }

    /**
     * Ranks recruits on this graph, adding each person's betweenness (by person index, as the
     * metrics compute it on {@link CoalitionGraph#asGraph()}) to the bridge value.
     */
    public RecruitNext(CoalitionGraph graph, ToDoubleFunction<Integer> betweenness) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.betweenness = Objects.requireNonNull(betweenness, "betweenness");
    }

    /**
     * The {@code top} best candidates, best first.
     *
     * @throws IllegalArgumentException when {@code top} is negative
     */
    public List<Recruit> top(int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative, was " + top);
        }
        int n = graph.personCount();
        Set<String> engagedSectors = new HashSet<>();
        for (int member : graph.memberArray()) {
            engagedSectors.addAll(graph.sectorKeys(member));
        }
        boolean[] covered = withinTwoStrongTies(graph.memberArray());
        double maxBetweenness = 0;
        if (betweenness != null) {
            for (int p = 0; p < n; p++) {
                if (!graph.member(p)) {
                    maxBetweenness = Math.max(maxBetweenness, betweenness.applyAsDouble(p));
                }
            }
        }

        // primary sectors as small numbers, so that counting distinct ones needs no set
        Map<String, Integer> sectorNumbers = new HashMap<>();
        int[] primary = new int[n];
        for (int p = 0; p < n; p++) {
            String sector = graph.primarySector(p);
            primary[p] = sector == null ? -1 : sectorNumbers.computeIfAbsent(sector, k -> sectorNumbers.size());
        }
        int[] sectorSeen = new int[sectorNumbers.size()];

        List<Candidate> candidates = new ArrayList<>();
        int[] seen = new int[n];
        int stamp = 0;
        for (int p = 0; p < n; p++) {
            if (graph.member(p)) {
                continue;
            }
            int newSectors = 0;
            for (String key : graph.sectorKeys(p)) {
                if (!engagedSectors.contains(key)) {
                    newSectors++;
                }
            }

            stamp++;
            seen[p] = stamp;
            int reached = 0;
            int connected = 0;
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                int q = graph.slotPerson(s);
                if (primary[q] >= 0 && sectorSeen[primary[q]] != stamp) {
                    sectorSeen[primary[q]] = stamp;
                    connected++;
                }
                if (graph.slotStrength(s) < TieStrength.STRONG) {
                    continue;
                }
                reached += newlyReached(q, covered, seen, stamp);
                for (int t = graph.firstSlot(q), end2 = graph.endSlot(q); t < end2; t++) {
                    if (graph.slotStrength(t) >= TieStrength.STRONG) {
                        reached += newlyReached(graph.slotPerson(t), covered, seen, stamp);
                    }
                }
            }
            double relativeBetweenness = maxBetweenness > 0 ? betweenness.applyAsDouble(p) / maxBetweenness : 0;

            double score = SECTOR_WEIGHT * newSectors
                    + REACH_WEIGHT * Math.log1p(reached) / Math.log(2)
                    + BRIDGE_WEIGHT * Math.max(0, connected - 1)
                    + BETWEENNESS_WEIGHT * relativeBetweenness;
            candidates.add(new Candidate(p, score, reached, relativeBetweenness));
        }
        Comparator<Integer> byLabel = SectorCoverage.byLabel(graph);
        candidates.sort(
                Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::person, byLabel));

        InfluencePaths paths = new InfluencePaths(graph);
        List<Recruit> recruits = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(top, candidates.size()))) {
            int p = c.person();
            List<String> newSectors = orderedSectors(graph.sectorKeys(p).stream()
                    .filter(key -> !engagedSectors.contains(key))
                    .toList());
            Set<String> neighbourSectors = new HashSet<>();
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                String sector = graph.primarySector(graph.slotPerson(s));
                if (sector != null) {
                    neighbourSectors.add(sector);
                }
            }
            List<String> connected = orderedSectors(neighbourSectors);
            recruits.add(new Recruit(
                    graph.ref(p),
                    c.score(),
                    approachVia(p, paths, byLabel),
                    newSectors,
                    c.reached(),
                    connected,
                    c.relativeBetweenness()));
        }
        return List.copyOf(recruits);
    }

    private record Candidate(int person, double score, int reached, double relativeBetweenness) {}

    private int newlyReached(int person, boolean[] covered, int[] seen, int stamp) {
        if (seen[person] == stamp) {
            return 0;
        }
        seen[person] = stamp;
        return covered[person] || graph.member(person) ? 0 : 1;
    }

    /** Who is within two strong ties of these people (they themselves included). */
    private boolean[] withinTwoStrongTies(int[] from) {
        boolean[] within = new boolean[graph.personCount()];
        for (int p : from) {
            within[p] = true;
        }
        for (int p : from) {
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                if (graph.slotStrength(s) < TieStrength.STRONG) {
                    continue;
                }
                int q = graph.slotPerson(s);
                within[q] = true;
                for (int t = graph.firstSlot(q), end2 = graph.endSlot(q); t < end2; t++) {
                    if (graph.slotStrength(t) >= TieStrength.STRONG) {
                        within[graph.slotPerson(t)] = true;
                    }
                }
            }
        }
        return within;
    }

    private PersonRef approachVia(int person, InfluencePaths paths, Comparator<Integer> byLabel) {
        int best = -1;
        int bestStrength = 0;
        for (int s = graph.firstSlot(person), end = graph.endSlot(person); s < end; s++) {
            int q = graph.slotPerson(s);
            int strength = graph.slotStrength(s);
            if (graph.member(q)
                    && (strength > bestStrength || (strength == bestStrength && byLabel.compare(q, best) < 0))) {
                best = q;
                bestStrength = strength;
            }
        }
        if (best >= 0) {
            return graph.ref(best);
        }
        if (graph.memberCount() == 0) {
            return null;
        }
        List<InfluencePath> found = paths.reach(person, 1, InfluencePaths.DEFAULT_MAX_HOPS, List.of())
                .paths();
        return found.isEmpty() ? null : found.get(0).introducer();
    }

    /** Sector keys in taxonomy order, then any others by key. */
    private List<String> orderedSectors(Collection<String> keys) {
        Set<String> ordered = new LinkedHashSet<>();
        for (CoalitionGraph.Sector sector : graph.sectors()) {
            if (keys.contains(sector.key())) {
                ordered.add(sector.key());
            }
        }
        keys.stream().sorted().forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
