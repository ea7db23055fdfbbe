package org.convene.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.CoalitionGraphBuilder;

/**
 * A seeded, fictional community network with the structure real ones have: ties grow by
 * preferential attachment with triad formation (Holme and Kim, 2002), so degrees are heavy-tailed
 * and friends of friends cluster; people prefer ties within their own sector; most work at one
 * of the sector's organizations, whose sizes are skewed; about 2% are coalition members; tie
 * strengths lean towards acquaintances (1: 25%, 2: 30%, 3: 25%, 4: 13%, 5: 7%).
 *
 * <p>The same people, ties and seed always give the same network, as CSV files in the import
 * format ({@link #elementsCsv()}, {@link #connectionsCsv()}) or directly as a {@link
 * CoalitionGraph} ({@link #toGraph()}), so a benchmark can run with or without the store.
 */
public final class SyntheticNetwork {

    /** The seeded sector taxonomy (key, title, share of people in percent). */
    private static final String[][] SECTORS = {
        {"district-schools", "Schools: district leadership", "4"},
        {"site-schools", "Schools: principals, teachers and staff", "18"},
        {"teachers-union", "Teachers' union", "3"},
        {"families", "Families and parent organizations", "14"},
        {"health", "Health", "6"},
        {"housing", "Housing", "3"},
        {"economic-development", "Economic development", "3"},
        {"workforce", "Workforce training", "3"},
        {"youth-development", "Youth development", "5"},
        {"family-support", "Family support", "4"},
        {"early-childhood", "Early childhood", "4"},
        {"service-learning", "Service learning", "2"},
        {"after-school", "After-school", "4"},
        {"philanthropy", "United Way and philanthropy", "2"},
        {"local-government", "Local government", "5"},
        {"higher-education", "Higher education", "4"},
        {"community-based", "Community-based organizations", "5"},
        {"faith", "Faith communities", "5"},
        {"business", "Business", "5"},
        {"students", "Students", "2"},
    };

    private static final int[] STRENGTH_PERCENT = {25, 30, 25, 13, 7};
    private static final String[] CONTEXTS = {"neighbour", "board", "faith", "family", "alumni", "friend"};
    private static final String[] STAGES = {
        "innovator", "early adopter", "early majority", "late majority", "skeptic", "laggard"
    };
    private static final String[] FIRST = {
        "Ada", "Bo", "Cyrus", "Dalia", "Emeka", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kira", "Lior", "Mara", "Nils",
        "Oona", "Pax", "Quin", "Rosa", "Sven", "Tova", "Uma", "Vik", "Wren", "Xena", "Yusuf", "Zora"
    };
    private static final String[] LAST = {
        "Abara",
        "Brandt",
        "Castell",
        "Duarte",
        "Eklund",
        "Fenwick",
        "Garza",
        "Holt",
        "Ibarra",
        "Jansen",
        "Kowal",
        "Lindqvist",
        "Moreau",
        "Nakata",
        "Okafor",
        "Pryce",
        "Quist",
        "Rahman",
        "Sato",
        "Torres",
        "Ulloa",
        "Varga",
        "Whitlock",
        "Xu",
        "Yilmaz",
        "Zeller"
    };
    /** Probability that a tie after a person's first one closes a triangle (Holme–Kim's P_t). */
    private static final double TRIAD = 0.6;
    /** Probability that a preferential tie is looked for in the person's own sector first. */
    private static final double HOMOPHILY = 0.6;

    private static final double MEMBER_SHARE = 0.02;
    private static final double AFFILIATED_SHARE = 0.8;

    private final int people;
    private final int ties;
    private final long seed;
    private final String[] personLabels;
    private final int[] personSector;
    private final int[] personOrganization;
    private final boolean[] members;
    private final String[] stages;
    private final String[] roles;
    private final String[] organizationLabels;
    private final int[] organizationSector;
    private final int[] tieA;
    private final int[] tieB;
    private final byte[] tieStrength;
    private final String[] tieContext;

    private SyntheticNetwork(int people, int ties, long seed, String labelPrefix) {
        if (people < 3) {
            throw new IllegalArgumentException("people must be at least 3, was " + people);
        }
        if (ties < 1 || ties > (long) people * (people - 1) / 4) {
            throw new IllegalArgumentException("ties must be between 1 and a quarter of all pairs ("
                    + (long) people * (people - 1) / 4 + "), was " + ties);
        }
        this.people = people;
        this.ties = ties;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);

        // organizations: about one per 25 people, spread over the sectors by their share
        int organizations = Math.max(SECTORS.length, people / 25);
        organizationSector = new int[organizations];
        organizationLabels = new String[organizations];
        List<List<Integer>> organizationsBySector = new ArrayList<>();
        for (int s = 0; s < SECTORS.length; s++) {
            organizationsBySector.add(new ArrayList<>());
        }
        for (int o = 0; o < organizations; o++) {
            int sector = o < SECTORS.length ? o : drawSector(random);
            organizationSector[o] = sector;
            organizationsBySector.get(sector).add(o);
            organizationLabels[o] = labelPrefix + "Org " + o + " (" + SECTORS[sector][0] + ")";
        }

        // people: a sector, mostly an organization in it (bigger organizations more likely), a role
        personLabels = new String[people];
        personSector = new int[people];
        personOrganization = new int[people];
        members = new boolean[people];
        stages = new String[people];
        roles = new String[people];
        for (int p = 0; p < people; p++) {
            int sector = drawSector(random);
            personSector[p] = sector;
            List<Integer> inSector = organizationsBySector.get(sector);
            if (random.nextDouble() < AFFILIATED_SHARE) {
                // the square of a uniform number favours the first organizations: skewed sizes
                double u = random.nextDouble();
                personOrganization[p] = inSector.get((int) (u * u * inSector.size()));
            } else {
                personOrganization[p] = -1;
            }
            members[p] = random.nextDouble() < MEMBER_SHARE;
            stages[p] = random.nextDouble() < 0.5 ? STAGES[random.nextInt(STAGES.length)] : null;
            roles[p] = random.nextDouble() < 0.7 ? "Role " + random.nextInt(40) : null;
            personLabels[p] = labelPrefix + FIRST[random.nextInt(FIRST.length)] + " "
                    + LAST[random.nextInt(LAST.length)] + " " + p;
        }
        if (!hasMember()) {
            members[random.nextInt(people)] = true;
        }

        tieA = new int[ties];
        tieB = new int[ties];
        tieStrength = new byte[ties];
        tieContext = new String[ties];
        growTies(random);
    }

    /**
     * The network with this many people and ties, generated from the seed.
     *
     * @throws IllegalArgumentException for fewer than 3 people, or ties outside 1 .. a quarter of
     *     all pairs (beyond that preferential attachment has too little choice left)
     */
    public static SyntheticNetwork generate(int people, int ties, long seed) {
        return new SyntheticNetwork(people, ties, seed, "");
    }

    /** The same, every label starting with the prefix, so it can sit beside another network. */
    public static SyntheticNetwork generate(int people, int ties, long seed, String labelPrefix) {
        return new SyntheticNetwork(people, ties, seed, labelPrefix);
    }

    /** The number of people. */
    public int people() {
        return people;
    }

    /** The number of (undirected, distinct) ties. */
    public int ties() {
        return ties;
    }

    /** The number of organizations. */
    public int organizations() {
        return organizationLabels.length;
    }

    /** The seed the network was generated from. */
    public long seed() {
        return seed;
    }

    /** Rows of both CSV files without headers: elements (organizations, people) and connections. */
    public int rows() {
        return organizations() + people + ties;
    }

    /** The label of person {@code p} (0-based, in generation order). */
    public String label(int p) {
        return personLabels[p];
    }

    /** Whether person {@code p} is a coalition member. */
    public boolean member(int p) {
        return members[p];
    }

    /** Whether the two people share a tie (a linear scan: for tests and set-up only). */
    public boolean tied(int a, int b) {
        for (int t = 0; t < ties; t++) {
            if ((tieA[t] == a && tieB[t] == b) || (tieA[t] == b && tieB[t] == a)) {
                return true;
            }
        }
        return false;
    }

    /** The Elements CSV: organizations first, then people with their organization. */
    public byte[] elementsCsv() {
        StringBuilder csv = new StringBuilder(64 * (people + organizations()));
        csv.append("Label,Type,Sector,Level,Organization,Role,Coalition,Stage\n");
        for (int o = 0; o < organizations(); o++) {
            csv.append(organizationLabels[o])
                    .append(",Organization,")
                    .append(SECTORS[organizationSector[o]][0])
                    .append(',')
                    .append(level(o))
                    .append(",,,,\n");
        }
        for (int p = 0; p < people; p++) {
            int organization = personOrganization[p];
            csv.append(personLabels[p])
                    .append(",Person,")
                    .append(organization < 0 ? SECTORS[personSector[p]][0] : "")
                    .append(",,")
                    .append(organization < 0 ? "" : organizationLabels[organization])
                    .append(',')
                    .append(roles[p] == null ? "" : roles[p])
                    .append(',')
                    .append(members[p] ? "yes" : "no")
                    .append(',')
                    .append(stages[p] == null ? "" : stages[p])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Connections CSV: one {@code Knows} row per tie. */
    public byte[] connectionsCsv() {
        return connectionsCsv(0, ties);
    }

    /** The Connections CSV with ties {@code from} (inclusive) to {@code to} (exclusive) only. */
    public byte[] connectionsCsv(int from, int to) {
        StringBuilder csv = new StringBuilder(64 * (to - from));
        csv.append("From,To,Type,Strength,Context\n");
        for (int t = from; t < to; t++) {
            csv.append(personLabels[tieA[t]])
                    .append(',')
                    .append(personLabels[tieB[t]])
                    .append(",Knows,")
                    .append(tieStrength[t])
                    .append(',')
                    .append(tieContext[t])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The network as the analysis engine sees it after an import, without a store: labels double
     * as ids.
     */
    public CoalitionGraph toGraph() {
        CoalitionGraphBuilder graph = CoalitionGraph.builder();
        for (String[] sector : SECTORS) {
            graph.sector(sector[0], sector[1]);
        }
        for (int o = 0; o < organizations(); o++) {
            graph.organization(
                    organizationLabels[o], organizationLabels[o], SECTORS[organizationSector[o]][0], level(o));
        }
        for (int p = 0; p < people; p++) {
            int organization = personOrganization[p];
            String sector = SECTORS[organization < 0 ? personSector[p] : organizationSector[organization]][0];
            Set<String> sectors = new LinkedHashSet<>(List.of(sector));
            graph.person(
                    personLabels[p],
                    personLabels[p],
                    roles[p],
                    organization < 0 ? null : organizationLabels[organization],
                    sectors,
                    sector,
                    members[p],
                    stages[p]);
            if (organization >= 0) {
                graph.affiliation(personLabels[p], organizationLabels[organization]);
            }
        }
        for (int t = 0; t < ties; t++) {
            graph.tie(personLabels[tieA[t]], personLabels[tieB[t]], tieStrength[t], tieContext[t]);
        }
        return graph.build();
    }

    private String level(int organization) {
        String sector = SECTORS[organizationSector[organization]][0];
        if (sector.equals("district-schools")) {
            return "district";
        }
        if (sector.equals("site-schools")) {
            return "site";
        }
        return organization % 3 == 0 ? "county" : "city";
    }

    private boolean hasMember() {
        for (boolean member : members) {
            if (member) {
                return true;
            }
        }
        return false;
    }

    private static int drawSector(SplittableRandom random) {
        int total = 0;
        for (String[] sector : SECTORS) {
            total += Integer.parseInt(sector[2]);
        }
        int draw = random.nextInt(total);
        for (int s = 0; s < SECTORS.length; s++) {
            draw -= Integer.parseInt(SECTORS[s][2]);
            if (draw < 0) {
                return s;
            }
        }
        return SECTORS.length - 1;
    }

    /**
     * Holme–Kim growth: people arrive in order; each ties to earlier people, the first tie by
     * preferential attachment (an endpoint of a random tie, so in proportion to degree, tried in
     * the own sector first), each further one closing a triangle with a neighbour of the person
     * tied just before with probability {@link #TRIAD}, otherwise preferential again.
     */
    private void growTies(SplittableRandom random) {
        int[][] adjacency = new int[people][];
        int[] degree = new int[people];
        int[] endpoints = new int[2 * ties];
        PairSet pairs = new PairSet(ties);
        int count = 0;

        // a small clique to start from, then ties spread as evenly as possible over the arrivals
        int perPerson = Math.max(1, ties / people);
        int seedSize = Math.min(people, perPerson + 1);
        for (int a = 0; a < seedSize && count < ties; a++) {
            for (int b = a + 1; b < seedSize && count < ties; b++) {
                count = add(a, b, random, adjacency, degree, endpoints, pairs, count);
            }
        }
        int arrivals = people - seedSize;
        long left = ties - count;
        for (int p = seedSize; p < people && count < ties; p++) {
            int i = p - seedSize;
            int wanted = (int) Math.min(p, left / arrivals + (i < left % arrivals ? 1 : 0));
            int previous = -1;
            for (int k = 0; k < wanted && count < ties; k++) {
                int other = -1;
                if (previous >= 0 && random.nextDouble() < TRIAD && degree[previous] > 0) {
                    int candidate = adjacency[previous][random.nextInt(degree[previous])];
                    if (candidate != p && !pairs.contains(p, candidate)) {
                        other = candidate;
                    }
                }
                for (int attempt = 0; other < 0 && attempt < 50; attempt++) {
                    int candidate = count == 0 ? random.nextInt(p) : endpoints[random.nextInt(2 * count)];
                    boolean sameSector = personSector[candidate] == personSector[p];
                    if (candidate != p
                            && !pairs.contains(p, candidate)
                            && (sameSector || attempt >= 5 || random.nextDouble() >= HOMOPHILY)) {
                        other = candidate;
                    }
                }
                if (other < 0) {
                    continue;
                }
                count = add(p, other, random, adjacency, degree, endpoints, pairs, count);
                previous = other;
            }
        }
        // whatever the arrivals could not place (crowded small networks): random pairs
        while (count < ties) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b && !pairs.contains(a, b)) {
                count = add(a, b, random, adjacency, degree, endpoints, pairs, count);
            }
        }
    }

    private int add(
            int a,
            int b,
            SplittableRandom random,
            int[][] adjacency,
            int[] degree,
            int[] endpoints,
            PairSet pairs,
            int count) {
        pairs.add(a, b);
        link(adjacency, degree, a, b);
        link(adjacency, degree, b, a);
        endpoints[2 * count] = a;
        endpoints[2 * count + 1] = b;
        tieA[count] = a;
        tieB[count] = b;
        int draw = random.nextInt(100);
        int strength = 1;
        while (draw >= STRENGTH_PERCENT[strength - 1]) {
            draw -= STRENGTH_PERCENT[strength - 1];
            strength++;
        }
        tieStrength[count] = (byte) strength;
        boolean colleagues = personOrganization[a] >= 0 && personOrganization[a] == personOrganization[b];
        tieContext[count] = colleagues ? "colleague" : CONTEXTS[random.nextInt(CONTEXTS.length)];
        return count + 1;
    }

    private static void link(int[][] adjacency, int[] degree, int from, int to) {
        int[] row = adjacency[from];
        if (row == null) {
            row = new int[4];
        } else if (degree[from] == row.length) {
            row = Arrays.copyOf(row, row.length * 2);
        }
        row[degree[from]++] = to;
        adjacency[from] = row;
    }

    /** An open-addressing set of unordered pairs of people. */
    private static final class PairSet {
        private final long[] keys;
        private final int mask;

        PairSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 3)) << 1;
            keys = new long[capacity];
            mask = capacity - 1;
        }

        boolean contains(int a, int b) {
            long key = key(a, b);
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == 0) {
                    return false;
                }
                if (keys[i] == key) {
                    return true;
                }
            }
        }

        void add(int a, int b) {
            long key = key(a, b);
            int i = mix(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
        }

        private static long key(int a, int b) {
            return ((long) Math.min(a, b) << 32 | Math.max(a, b)) + 1;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
