package org.convene.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.convene.analysis.PairIndex;
import org.convene.network.Level;
import org.convene.network.Sector;
import org.convene.network.Sectors;
import org.convene.network.Stage;

/**
 * Generates a seeded, fictional {@link SyntheticNetwork} with the structure real ones have: ties
 * grow by preferential attachment with triad formation (Holme and Kim, 2002), so degrees are
 * heavy-tailed and friends of friends cluster; people prefer ties within their own sector of the
 * seeded checklist ({@link Sectors#CHECKLIST}); most work at one of the sector's organizations,
 * whose sizes are skewed; about 2% are coalition members; tie strengths lean towards
 * acquaintances (1: 25%, 2: 30%, 3: 25%, 4: 13%, 5: 7%).
 *
 * <p>{@link #of(int, int)} gives the bench's mix; tests tune it ({@link #members}, {@link
 * #strengthPercent}, {@link #unsectored}, {@link #upToEveryPair}) for small cases checked by
 * brute force. The same recipe and seed always give the same network.
 *
 * <p>Instances are immutable: each tuning returns a new recipe.
 */
public final class NetworkGenerator {

    /** Each checklist sector's share of people, in percent (the draws follow the checklist's order). */
    private static final Map<String, Integer> SECTOR_PERCENT = Map.ofEntries(
            Map.entry("district-schools", 4),
            Map.entry("site-schools", 18),
            Map.entry("teachers-union", 3),
            Map.entry("families", 14),
            Map.entry("health", 6),
            Map.entry("housing", 3),
            Map.entry("economic-development", 3),
            Map.entry("workforce", 3),
            Map.entry("youth-development", 5),
            Map.entry("family-support", 4),
            Map.entry("early-childhood", 4),
            Map.entry("service-learning", 2),
            Map.entry("after-school", 4),
            Map.entry("philanthropy", 2),
            Map.entry("local-government", 5),
            Map.entry("higher-education", 4),
            Map.entry("community-based", 5),
            Map.entry("faith", 5),
            Map.entry("business", 5),
            Map.entry("students", 2));

    /** The organizations of these sectors work at this level; the others at city or county level. */
    private static final Map<String, Level> SECTOR_LEVEL =
            Map.of("district-schools", Level.DISTRICT, "site-schools", Level.SITE);

    static final List<Sector> SECTORS = Sectors.CHECKLIST;
    private static final int[] SHARES = shares();
    private static final int SHARE_TOTAL = Arrays.stream(SHARES).sum();

    private static final int[] STRENGTH_PERCENT = {25, 30, 25, 13, 7};
    private static final String[] CONTEXTS = {"neighbour", "board", "faith", "family", "alumni", "friend"};
    private static final Stage[] STAGES = Stage.values();
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
    /** Salt of the second random stream, which only the non-default tunings draw from. */
    private static final long EXTRAS = 0x5EC7_0125L;

    private final int people;
    private final int ties;
    private final String labelPrefix;
    private final double memberShare;
    private final int[] strengthPercent;
    private final int strengthTotal;
    private final double unsectoredShare;
    private final boolean upToEveryPair;

    private NetworkGenerator(
            int people,
            int ties,
            String labelPrefix,
            double memberShare,
            int[] strengthPercent,
            double unsectoredShare,
            boolean upToEveryPair) {
        this.people = people;
        this.ties = ties;
        this.labelPrefix = labelPrefix;
        this.memberShare = memberShare;
        this.strengthPercent = strengthPercent;
        this.strengthTotal = Arrays.stream(strengthPercent).sum();
        this.unsectoredShare = unsectoredShare;
        this.upToEveryPair = upToEveryPair;
    }

    /** The bench's recipe for this many people and ties. */
    public static NetworkGenerator of(int people, int ties) {
        return new NetworkGenerator(people, ties, "", MEMBER_SHARE, STRENGTH_PERCENT, 0, false);
    }

    /** Every label starting with the prefix, so that the network can sit beside another one. */
    public NetworkGenerator labelPrefix(String prefix) {
        return new NetworkGenerator(people, ties, prefix, memberShare, strengthPercent, unsectoredShare, upToEveryPair);
    }

    /** The chance that a person is a coalition member (0.02 unless tuned); at least one always is. */
    public NetworkGenerator members(double share) {
        return new NetworkGenerator(people, ties, labelPrefix, share, strengthPercent, unsectoredShare, upToEveryPair);
    }

    /** The weights of strengths 1..5 (25, 30, 25, 13, 7 unless tuned); they need not add up to 100. */
    public NetworkGenerator strengthPercent(int... weights) {
        if (weights.length != 5
                || Arrays.stream(weights).anyMatch(w -> w < 0)
                || Arrays.stream(weights).sum() < 1) {
            throw new IllegalArgumentException(
                    "five weights, none negative, some positive: " + Arrays.toString(weights));
        }
        return new NetworkGenerator(
                people, ties, labelPrefix, memberShare, weights.clone(), unsectoredShare, upToEveryPair);
    }

    /**
     * The chance that a person has neither a sector nor an organization (0 unless tuned). Drawn
     * from a stream of its own, so that the rest of the draws stay as they are.
     */
    public NetworkGenerator unsectored(double share) {
        return new NetworkGenerator(people, ties, labelPrefix, memberShare, strengthPercent, share, upToEveryPair);
    }

    /**
     * Allows up to every pair of people to be tied instead of a quarter of them: what the growth
     * cannot place goes to random pairs, so a small network can be as dense as a test needs.
     */
    public NetworkGenerator upToEveryPair() {
        return new NetworkGenerator(people, ties, labelPrefix, memberShare, strengthPercent, unsectoredShare, true);
    }

    /**
     * The network of this recipe generated from the seed.
     *
     * @throws IllegalArgumentException for fewer than 3 people, or ties outside 1 .. a quarter of
     *     all pairs (beyond that preferential attachment has too little choice left; every pair
     *     with {@link #upToEveryPair()})
     */
    public SyntheticNetwork generate(long seed) {
        if (people < 3) {
            throw new IllegalArgumentException("people must be at least 3, was " + people);
        }
        long pairs = (long) people * (people - 1) / 2;
        if (upToEveryPair) {
            if (ties < 1 || ties > pairs) {
                throw new IllegalArgumentException(
                        "ties must be between 1 and the number of pairs (" + pairs + "), was " + ties);
            }
        } else if (ties < 1 || ties > (long) people * (people - 1) / 4) {
            throw new IllegalArgumentException("ties must be between 1 and a quarter of all pairs ("
                    + (long) people * (people - 1) / 4 + "), was " + ties);
        }
        return new Draws(seed).network();
    }

    private static int[] shares() {
        int[] shares = new int[SECTORS.size()];
        for (int s = 0; s < shares.length; s++) {
            Integer share = SECTOR_PERCENT.get(SECTORS.get(s).key());
            if (share == null) {
                throw new IllegalStateException("the synthetic network has no share of people for checklist sector "
                        + SECTORS.get(s).key());
            }
            shares[s] = share;
        }
        return shares;
    }

    /** One generation: the random stream and the arrays it fills. */
    private final class Draws {

        private final long seed;
        private final SplittableRandom random;
        private final String[] personLabels = new String[people];
        private final int[] personSector = new int[people];
        private final int[] personOrganization = new int[people];
        private final boolean[] members = new boolean[people];
        private final String[] stages = new String[people];
        private final String[] roles = new String[people];
        private final int[] tieA = new int[ties];
        private final int[] tieB = new int[ties];
        private final byte[] tieStrength = new byte[ties];
        private final String[] tieContext = new String[ties];
        private int[] organizationSector;
        private String[] organizationLabels;
        private String[] organizationLevels;

        Draws(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        SyntheticNetwork network() {
            // organizations: about one per 25 people, spread over the sectors by their share
            int organizations = Math.max(SECTORS.size(), people / 25);
            organizationSector = new int[organizations];
            organizationLabels = new String[organizations];
            organizationLevels = new String[organizations];
            List<List<Integer>> organizationsBySector = new ArrayList<>();
            for (int s = 0; s < SECTORS.size(); s++) {
                organizationsBySector.add(new ArrayList<>());
            }
            for (int o = 0; o < organizations; o++) {
                int sector = o < SECTORS.size() ? o : drawSector();
                organizationSector[o] = sector;
                organizationsBySector.get(sector).add(o);
                String key = SECTORS.get(sector).key();
                organizationLabels[o] = labelPrefix + "Org " + o + " (" + key + ")";
                Level level = SECTOR_LEVEL.getOrDefault(key, o % 3 == 0 ? Level.COUNTY : Level.CITY);
                organizationLevels[o] = level.label();
            }

            // people: a sector, mostly an organization in it (bigger organizations more likely), a role
            for (int p = 0; p < people; p++) {
                int sector = drawSector();
                personSector[p] = sector;
                List<Integer> inSector = organizationsBySector.get(sector);
                if (random.nextDouble() < AFFILIATED_SHARE) {
                    // the square of a uniform number favours the first organizations: skewed sizes
                    double u = random.nextDouble();
                    personOrganization[p] = inSector.get((int) (u * u * inSector.size()));
                } else {
                    personOrganization[p] = -1;
                }
                members[p] = random.nextDouble() < memberShare;
                stages[p] = random.nextDouble() < 0.5 ? STAGES[random.nextInt(STAGES.length)].label() : null;
                roles[p] = random.nextDouble() < 0.7 ? "Role " + random.nextInt(40) : null;
                personLabels[p] = labelPrefix + FIRST[random.nextInt(FIRST.length)] + " "
                        + LAST[random.nextInt(LAST.length)] + " " + p;
            }
            if (!hasMember()) {
                members[random.nextInt(people)] = true;
            }
            boolean[] unsectored = new boolean[people];
            if (unsectoredShare > 0) {
                SplittableRandom extras = new SplittableRandom(seed ^ EXTRAS);
                for (int p = 0; p < people; p++) {
                    if (extras.nextDouble() < unsectoredShare) {
                        unsectored[p] = true;
                        personOrganization[p] = -1;
                    }
                }
            }

            growTies();
            for (int p = 0; p < people; p++) {
                if (unsectored[p]) {
                    personSector[p] = -1;
                }
            }
            return new SyntheticNetwork(
                    seed,
                    personLabels,
                    personSector,
                    personOrganization,
                    members,
                    stages,
                    roles,
                    organizationLabels,
                    organizationSector,
                    organizationLevels,
                    tieA,
                    tieB,
                    tieStrength,
                    tieContext);
        }

        private boolean hasMember() {
            for (boolean member : members) {
                if (member) {
                    return true;
                }
            }
            return false;
        }

        private int drawSector() {
            int draw = random.nextInt(SHARE_TOTAL);
            for (int s = 0; s < SHARES.length; s++) {
                draw -= SHARES[s];
                if (draw < 0) {
                    return s;
                }
            }
            return SHARES.length - 1;
        }

        /**
         * Holme–Kim growth: people arrive in order; each ties to earlier people, the first tie by
         * preferential attachment (an endpoint of a random tie, so in proportion to degree, tried
         * in the own sector first), each further one closing a triangle with a neighbour of the
         * person tied just before with probability {@link #TRIAD}, otherwise preferential again.
         */
        private void growTies() {
            int[][] adjacency = new int[people][];
            int[] degree = new int[people];
            int[] endpoints = new int[2 * ties];
            PairIndex pairs = new PairIndex(ties);
            int count = 0;

            // a small clique to start from, then ties spread as evenly as possible over the arrivals
            int perPerson = Math.max(1, ties / people);
            int seedSize = Math.min(people, perPerson + 1);
            for (int a = 0; a < seedSize && count < ties; a++) {
                for (int b = a + 1; b < seedSize && count < ties; b++) {
                    count = add(a, b, adjacency, degree, endpoints, pairs, count);
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
                    count = add(p, other, adjacency, degree, endpoints, pairs, count);
                    previous = other;
                }
            }
            // whatever the arrivals could not place (crowded small networks): random pairs
            while (count < ties) {
                int a = random.nextInt(people);
                int b = random.nextInt(people);
                if (a != b && !pairs.contains(a, b)) {
                    count = add(a, b, adjacency, degree, endpoints, pairs, count);
                }
            }
        }

        private int add(int a, int b, int[][] adjacency, int[] degree, int[] endpoints, PairIndex pairs, int count) {
            pairs.putIfAbsent(a, b, count);
            link(adjacency, degree, a, b);
            link(adjacency, degree, b, a);
            endpoints[2 * count] = a;
            endpoints[2 * count + 1] = b;
            tieA[count] = a;
            tieB[count] = b;
            int draw = random.nextInt(strengthTotal);
            int strength = 1;
            while (draw >= strengthPercent[strength - 1]) {
                draw -= strengthPercent[strength - 1];
                strength++;
            }
            tieStrength[count] = (byte) strength;
            boolean colleagues = personOrganization[a] >= 0 && personOrganization[a] == personOrganization[b];
            tieContext[count] = colleagues ? "colleague" : CONTEXTS[random.nextInt(CONTEXTS.length)];
            return count + 1;
        }
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
}
