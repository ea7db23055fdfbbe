package org.convene.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.convene.analysis.CoalitionGraph.PersonRef;

/**
 * Which sectors of the community have nobody at the table: for each sector of the taxonomy, in
 * checklist order, the coalition members who count in it (a member counts in the sector of
 * each organization they work at and in their own sector), the schools sectors split by the
 * organizations' level, and the best entry points among the sector's other people, ranked by
 * their strongest direct tie from a member (one pass over the ties).
 */
public final class SectorCoverage {

    /** Entry points listed per sector when no limit is given. */
    public static final int DEFAULT_ENTRY_POINTS = 5;

    /** The sectors whose coverage is also split by organization level. */
    public static final Set<String> SCHOOL_SECTORS = Set.of("district-schools", "site-schools");

    /** The levels always shown for a schools sector, even when nobody is engaged there. */
    public static final List<String> SCHOOL_LEVELS = List.of("district", "site");

    /**
     * A non-member of a sector through whom the coalition could enter it.
     *
     * @param person the entry point
     * @param via the member with the strongest direct tie to them, or {@code null} when no
     *     member knows them directly
     * @param strength that tie's strength, or 0 without {@code via}
     */
    public record EntryPoint(PersonRef person, PersonRef via, int strength) {

        /** Whether a member knows this entry point directly. */
        public boolean hasVia() {
            return via != null;
        }
    }

    /**
     * The members engaged at one organization level of a schools sector.
     *
     * @param level {@code district}, {@code site}, or another level found in the data
     */
    public record LevelCoverage(String level, int engaged, List<PersonRef> members) {
        public LevelCoverage {
            members = List.copyOf(members);
        }
    }

    /**
     * One sector's coverage.
     *
     * @param sector the sector key
     * @param title the sector's title
     * @param engaged how many members count in the sector
     * @param members those members, by label
     * @param levels for a schools sector, the members by the level of their organizations in
     *     the sector (district and site first, always present); empty for other sectors
     * @param entryPoints the best-placed non-members of the sector, best first
     */
    public record Coverage(
            String sector,
            String title,
            int engaged,
            List<PersonRef> members,
            List<LevelCoverage> levels,
            List<EntryPoint> entryPoints) {

        public Coverage {
            members = List.copyOf(members);
            levels = List.copyOf(levels);
            entryPoints = List.copyOf(entryPoints);
        }

        /** Whether nobody in the coalition counts in this sector. */
        public boolean unengaged() {
            return engaged == 0;
        }
    }

    private final CoalitionGraph graph;
    private final Comparator<Integer> byLabel;

    /** Answers coverage questions on this graph. */
    public SectorCoverage(CoalitionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.byLabel = byLabel(graph);
    }

    /** Every sector's coverage with up to {@link #DEFAULT_ENTRY_POINTS} entry points each. */
    public List<Coverage> sectors() {
        return sectors(DEFAULT_ENTRY_POINTS);
    }

    /**
     * Every sector's coverage: the taxonomy's sectors in checklist order, then any sector a
     * person belongs to that the taxonomy lacks, by key.
     *
     * @param entryPointsPerSector how many entry points to list per sector, at least 0
     * @throws IllegalArgumentException for a negative limit
     */
    public List<Coverage> sectors(int entryPointsPerSector) {
        if (entryPointsPerSector < 0) {
            throw new IllegalArgumentException(
                    "entryPointsPerSector must not be negative, was " + entryPointsPerSector);
        }
        int n = graph.personCount();
        Map<String, List<Integer>> membersBySector = new LinkedHashMap<>();
        Map<String, List<Integer>> othersBySector = new LinkedHashMap<>();
        for (CoalitionGraph.Sector sector : graph.sectors()) {
            membersBySector.put(sector.key(), new ArrayList<>());
            othersBySector.put(sector.key(), new ArrayList<>());
        }
        Set<String> extra = new TreeSet<>();
        for (int p = 0; p < n; p++) {
            for (String key : graph.sectorKeys(p)) {
                if (!membersBySector.containsKey(key)) {
                    extra.add(key);
                }
            }
        }
        for (String key : extra) {
            membersBySector.put(key, new ArrayList<>());
            othersBySector.put(key, new ArrayList<>());
        }
        for (int p = 0; p < n; p++) {
            Map<String, List<Integer>> bucket = graph.member(p) ? membersBySector : othersBySector;
            for (String key : graph.sectorKeys(p)) {
                bucket.get(key).add(p);
            }
        }

        // each non-member's strongest direct tie from a member (ties broken by the member's label)
        int[] via = new int[n];
        int[] viaStrength = new int[n];
        for (int p = 0; p < n; p++) {
            via[p] = -1;
            if (graph.member(p)) {
                continue;
            }
            for (int s = graph.firstSlot(p), end = graph.endSlot(p); s < end; s++) {
                int q = graph.slotPerson(s);
                int strength = graph.slotStrength(s);
                if (graph.member(q)
                        && (strength > viaStrength[p]
                                || (strength == viaStrength[p] && byLabel.compare(q, via[p]) < 0))) {
                    via[p] = q;
                    viaStrength[p] = strength;
                }
            }
        }
        Comparator<Integer> entryOrder = Comparator.<Integer>comparingInt(p -> -viaStrength[p])
                .thenComparingInt(p -> -graph.degree(p))
                .thenComparing(byLabel);

        List<Coverage> coverage = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : membersBySector.entrySet()) {
            String key = entry.getKey();
            List<Integer> engaged = new ArrayList<>(entry.getValue());
            engaged.sort(byLabel);
            List<Integer> others = new ArrayList<>(othersBySector.get(key));
            others.sort(entryOrder);
            List<EntryPoint> entryPoints = others.stream()
                    .limit(entryPointsPerSector)
                    .map(p -> new EntryPoint(graph.ref(p), via[p] < 0 ? null : graph.ref(via[p]), viaStrength[p]))
                    .toList();
            coverage.add(new Coverage(
                    key,
                    graph.sectorTitle(key),
                    engaged.size(),
                    refs(engaged),
                    SCHOOL_SECTORS.contains(key) ? levels(key, engaged) : List.of(),
                    entryPoints));
        }
        return List.copyOf(coverage);
    }

    /** The sectors where nobody in the coalition counts, in the order of {@link #sectors()}. */
    public List<Coverage> gaps(int entryPointsPerSector) {
        return sectors(entryPointsPerSector).stream()
                .filter(Coverage::unengaged)
                .toList();
    }

    private List<LevelCoverage> levels(String sector, List<Integer> engaged) {
        Map<String, List<Integer>> byLevel = new LinkedHashMap<>();
        for (String level : SCHOOL_LEVELS) {
            byLevel.put(level, new ArrayList<>());
        }
        Map<String, List<Integer>> otherLevels = new TreeMap<>();
        for (int p : engaged) {
            Set<String> levelsOfP = new TreeSet<>();
            for (int o : graph.affiliationsOf(p)) {
                CoalitionGraph.Organization organization = graph.organization(o);
                if (sector.equals(organization.sectorKey()) && organization.level() != null) {
                    levelsOfP.add(organization.level());
                }
            }
            for (String level : levelsOfP) {
                (byLevel.containsKey(level) ? byLevel : otherLevels)
                        .computeIfAbsent(level, l -> new ArrayList<>())
                        .add(p);
            }
        }
        byLevel.putAll(otherLevels);
        List<LevelCoverage> levels = new ArrayList<>();
        byLevel.forEach((level, people) -> levels.add(new LevelCoverage(level, people.size(), refs(people))));
        return levels;
    }

    /** People by label, then id; -1 (nobody) last. */
    static Comparator<Integer> byLabel(CoalitionGraph graph) {
        return (x, y) -> {
            if (x < 0 || y < 0) {
                return x < 0 ? (y < 0 ? 0 : 1) : -1;
            }
            int c = graph.label(x).compareTo(graph.label(y));
            return c != 0 ? c : graph.personId(x).compareTo(graph.personId(y));
        };
    }

    private List<PersonRef> refs(List<Integer> people) {
        return people.stream().map(graph::ref).toList();
    }
}
