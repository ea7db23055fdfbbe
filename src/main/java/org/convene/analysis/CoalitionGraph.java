package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;

/**
 * The immutable projection of the coalition network that every analysis question reads: people
 * with their sectors and coalition membership, organizations, affiliations, the sector taxonomy
 * and the undirected {@code Knows} ties, held in compressed sparse rows.
 *
 * <h2>Indices</h2>
 * People are numbered {@code 0..personCount()-1} in the order they were added, organizations
 * {@code 0..organizationCount()-1} likewise, and ties {@code 0..tieCount()-1}. Every analysis
 * speaks in these indices and turns them into {@link PersonRef}s for its answers; stored ids
 * map to indices with {@link #indexOf(String)}. Indices belong to one graph: a graph derived with
 * {@link #withTie}, {@link #withoutTie}, {@link #withPerson} or {@link #withoutPerson} may number
 * ties (and, after a removal, people) differently, ids never change.
 *
 * <h2>Layout</h2>
 * Each tie is stored once ({@code int} endpoints, {@code byte} strength, {@code int} index into
 * interned contexts) and twice in the adjacency rows ({@code int} neighbour, {@code int} tie),
 * rows sorted by neighbour index: about 30 bytes per tie. Lookups by id and label use hash maps
 * built on first use.
 *
 * <h2>Graph algorithms</h2>
 * {@link #asGraph()} views people and ties as a read-only JGraphT {@code Graph<Integer, Integer>}
 * (vertex = person index, edge = tie index, weight = probability), and {@link
 * #probability()} gives the same weight as a function, so generic JGraphT-style metrics run on it
 * without copying. The metrics of this package also take the graph itself ({@code
 * DegreeCentrality.of(graph)}, {@code BetweennessCentrality.weighted(graph, threads)}, ...): those
 * read the adjacency rows in place, and all of them share one snapshot per graph (one unweighted,
 * one weighted), built on first use, where the {@code Graph} constructors index the view anew
 * for every measure. The values are the same either way.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CoalitionGraph {

    /** A person, as the analyses report them. */
    public record PersonRef(int index, String id, String name) {}

    /**
     * Everything the projection knows about a person.
     *
     * @param organization the name of the organization shown with the person (the first
     *     affiliation), or {@code null}
     * @param sectorKeys the person's own sector and the sectors of the organizations they work at
     * @param primarySector the one sector the person is grouped under for brokerage, or {@code null}
     * @param member whether the person is a coalition member (engaged)
     * @param stage the adoption stage, or {@code null}
     */
    public record Person(
            int index,
            String id,
            String name,
            String role,
            String organization,
            Set<String> sectorKeys,
            String primarySector,
            boolean member,
            String stage) {

        /** This person as a reference. */
        public PersonRef ref() {
            return new PersonRef(index, id, name);
        }
    }

    /**
     * An organization.
     *
     * @param level {@code district}, {@code site}, {@code city}, ... or {@code null}
     */
    public record Organization(int index, String id, String name, String sectorKey, String level) {}

    /** A sector of the community's taxonomy: its key ({@code faith}) and title. */
    public record Sector(String key, String title) {}

    /** A tie between two people, {@code personA < personB}. */
    public record Tie(int index, int personA, int personB, int strength, String context) {

        /** The probability that this tie carries an introduction. */
        public double probability() {
            return TieStrength.probability(strength);
        }

        /** The other end of the tie, seen from {@code person}. */
        public int other(int person) {
            return person == personA ? personB : personA;
        }
    }

    /** One neighbour of a person: who, over which tie, how strong. */
    public record Neighbour(int person, int tie, int strength, String context) {

        /** The probability that the tie carries an introduction. */
        public double probability() {
            return TieStrength.probability(strength);
        }
    }

    private static final int[] NO_INDICES = new int[0];

    // people
    private final String[] personIds;
    private final String[] names;
    private final String[] roles;
    private final String[] organizationNames;
    private final List<Set<String>> sectorKeys;
    private final String[] primarySectors;
    private final boolean[] members;
    private final String[] stages;
    private final int[] memberIndices;
    // organizations and affiliations (rows per person, sorted)
    private final String[] organizationIds;
    private final String[] organizationLabels;
    private final String[] organizationSectors;
    private final String[] organizationLevels;
    private final int[] affiliationOffsets;
    private final int[] affiliationOrganizations;
    // ties
    private final int[] tieA;
    private final int[] tieB;
    private final byte[] tieStrengths;
    private final int[] tieContexts;
    private final String[] contexts;
    private final int[] adjacencyOffsets;
    private final int[] adjacentPeople;
    private final int[] adjacentTies;
    // taxonomy
    private final List<Sector> sectors;
    private final Map<String, Sector> sectorsByKey;
    // lookups, built on first use (benign races: each thread builds the same map)
    private volatile Map<String, Integer> personIndex;
    private volatile Map<String, int[]> labelIndex;
    private volatile Map<String, Integer> organizationIndex;
    private volatile Graph<Integer, Integer> graphView;
    // the measures' snapshots, built on first use (once: see indexed)
    private volatile IndexedNetwork<Integer, Integer> unweightedNetwork;
    private volatile IndexedNetwork<Integer, Integer> weightedNetwork;

    private CoalitionGraph(
            String[] personIds,
            String[] names,
            String[] roles,
            String[] organizationNames,
            List<Set<String>> sectorKeys,
            String[] primarySectors,
            boolean[] members,
            String[] stages,
            String[] organizationIds,
            String[] organizationLabels,
            String[] organizationSectors,
            String[] organizationLevels,
            int[] affiliationOffsets,
            int[] affiliationOrganizations,
            int[] tieA,
            int[] tieB,
            byte[] tieStrengths,
            int[] tieContexts,
            String[] contexts,
            int[] adjacencyOffsets,
            int[] adjacentPeople,
            int[] adjacentTies,
            List<Sector> sectors,
            Map<String, Integer> personIndex,
            Map<String, int[]> labelIndex,
            Map<String, Integer> organizationIndex) {
        this.personIds = personIds;
        this.names = names;
        this.roles = roles;
        this.organizationNames = organizationNames;
        this.sectorKeys = sectorKeys;
        this.primarySectors = primarySectors;
        this.members = members;
        this.stages = stages;
        this.organizationIds = organizationIds;
        this.organizationLabels = organizationLabels;
        this.organizationSectors = organizationSectors;
        this.organizationLevels = organizationLevels;
        this.affiliationOffsets = affiliationOffsets;
        this.affiliationOrganizations = affiliationOrganizations;
        this.tieA = tieA;
        this.tieB = tieB;
        this.tieStrengths = tieStrengths;
        this.tieContexts = tieContexts;
        this.contexts = contexts;
        this.adjacencyOffsets = adjacencyOffsets;
        this.adjacentPeople = adjacentPeople;
        this.adjacentTies = adjacentTies;
        this.sectors = sectors;
        Map<String, Sector> byKey = new HashMap<>();
        for (Sector sector : sectors) {
            byKey.put(sector.key(), sector);
        }
        this.sectorsByKey = byKey;
        this.personIndex = personIndex;
        this.labelIndex = labelIndex;
        this.organizationIndex = organizationIndex;
        int count = 0;
        for (boolean member : members) {
            if (member) {
                count++;
            }
        }
        int[] memberList = new int[count];
        for (int p = 0, i = 0; p < members.length; p++) {
            if (members[p]) {
                memberList[i++] = p;
            }
        }
        this.memberIndices = memberList;
    }

    /** A builder for a new graph. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- counts

    /** The number of people. */
    public int personCount() {
        return personIds.length;
    }

    /** The number of coalition members. */
    public int memberCount() {
        return memberIndices.length;
    }

    /** The number of organizations. */
    public int organizationCount() {
        return organizationIds.length;
    }

    /** The number of ties (each unordered pair of people at most once). */
    public int tieCount() {
        return tieA.length;
    }

    // ---------------------------------------------------------------- people

    /** The person with this stored id, if any. */
    public OptionalInt indexOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        Integer index = personIndex().get(personId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The people whose label is exactly this text (case-sensitive), in index order. */
    public List<Integer> peopleLabelled(String label) {
        Objects.requireNonNull(label, "label");
        int[] found = labelIndex().getOrDefault(label, NO_INDICES);
        return Arrays.stream(found).boxed().toList();
    }

    /**
     * The person this text names: the person with this id, else the people with exactly this
     * label (usually one; several when labels repeat). Empty when nobody matches.
     */
    public List<Integer> lookup(String idOrLabel) {
        OptionalInt byId = indexOf(idOrLabel);
        return byId.isPresent() ? List.of(byId.getAsInt()) : peopleLabelled(idOrLabel);
    }

    /**
     * The people whose role matches this text, ignoring case: those whose role equals it when
     * there are any (so {@code superintendent} finds the Superintendent and not the Assistant
     * Superintendent), otherwise those whose role contains it. In index order.
     */
    public List<Integer> peopleWithRole(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Integer> equal = new ArrayList<>();
        List<Integer> containing = new ArrayList<>();
        for (int p = 0; p < roles.length; p++) {
            if (roles[p] == null) {
                continue;
            }
            String role = roles[p].trim().toLowerCase(Locale.ROOT);
            if (role.equals(wanted)) {
                equal.add(p);
            } else if (role.contains(wanted)) {
                containing.add(p);
            }
        }
        return List.copyOf(equal.isEmpty() ? containing : equal);
    }

    /** Everything known about the person at this index. */
    public Person person(int person) {
        checkPerson(person);
        return new Person(
                person,
                personIds[person],
                names[person],
                roles[person],
                organizationNames[person],
                sectorKeys.get(person),
                primarySectors[person],
                members[person],
                stages[person]);
    }

    /** The person at this index as a reference. */
    public PersonRef ref(int person) {
        checkPerson(person);
        return new PersonRef(person, personIds[person], names[person]);
    }

    /** The stored id of the person at this index. */
    public String personId(int person) {
        checkPerson(person);
        return personIds[person];
    }

    /** The label of the person at this index. */
    public String name(int person) {
        checkPerson(person);
        return names[person];
    }

    /** The role of the person at this index, or {@code null}. */
    public String role(int person) {
        checkPerson(person);
        return roles[person];
    }

    /** The sectors the person belongs to: their own and those of their organizations. */
    public Set<String> sectorKeys(int person) {
        checkPerson(person);
        return sectorKeys.get(person);
    }

    /** The sector the person is grouped under for brokerage, or {@code null}. */
    public String primarySector(int person) {
        checkPerson(person);
        return primarySectors[person];
    }

    /** Whether the person is a coalition member. */
    public boolean isMember(int person) {
        checkPerson(person);
        return members[person];
    }

    /** The coalition members' indices, ascending. */
    public List<Integer> members() {
        return Arrays.stream(memberIndices).boxed().toList();
    }

    // ---------------------------------------------------------------- organizations

    /** The organization with this stored id, if any. */
    public OptionalInt organizationIndexOf(String organizationId) {
        Objects.requireNonNull(organizationId, "organizationId");
        Map<String, Integer> index = organizationIndex;
        if (index == null) {
            index = indexIds(organizationIds);
            organizationIndex = index;
        }
        Integer found = index.get(organizationId);
        return found == null ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /** The organization at this index. */
    public Organization organization(int organization) {
        Objects.checkIndex(organization, organizationIds.length);
        return new Organization(
                organization,
                organizationIds[organization],
                organizationLabels[organization],
                organizationSectors[organization],
                organizationLevels[organization]);
    }

    /** The organizations the person works at, by index ascending. */
    public List<Organization> organizationsOf(int person) {
        checkPerson(person);
        List<Organization> found = new ArrayList<>();
        for (int i = affiliationOffsets[person]; i < affiliationOffsets[person + 1]; i++) {
            found.add(organization(affiliationOrganizations[i]));
        }
        return List.copyOf(found);
    }

    // ---------------------------------------------------------------- sectors

    /** The sector taxonomy, in checklist order. */
    public List<Sector> sectors() {
        return sectors;
    }

    /** The title of the sector with this key, or the key itself when the taxonomy lacks it. */
    public String sectorTitle(String key) {
        Sector sector = sectorsByKey.get(key);
        return sector == null ? key : sector.title();
    }

    // ---------------------------------------------------------------- ties

    /** The number of ties the person has. */
    public int degree(int person) {
        checkPerson(person);
        return adjacencyOffsets[person + 1] - adjacencyOffsets[person];
    }

    /** The person's neighbours with the ties' strengths and contexts, by neighbour index. */
    public List<Neighbour> neighbours(int person) {
        checkPerson(person);
        List<Neighbour> found = new ArrayList<>(degree(person));
        for (int s = adjacencyOffsets[person]; s < adjacencyOffsets[person + 1]; s++) {
            int tie = adjacentTies[s];
            found.add(new Neighbour(adjacentPeople[s], tie, tieStrengths[tie], contexts[tieContexts[tie]]));
        }
        return Collections.unmodifiableList(found);
    }

    /** The tie between two people, if any. */
    public OptionalInt tieBetween(int personA, int personB) {
        checkPerson(personA);
        checkPerson(personB);
        int from = adjacencyOffsets[personA];
        int at = Arrays.binarySearch(adjacentPeople, from, adjacencyOffsets[personA + 1], personB);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(adjacentTies[at]);
    }

    /** The tie at this index. */
    public Tie tie(int tie) {
        checkTie(tie);
        return new Tie(tie, tieA[tie], tieB[tie], tieStrengths[tie], contexts[tieContexts[tie]]);
    }

    /** The lower-indexed person of the tie. */
    public int tieSource(int tie) {
        checkTie(tie);
        return tieA[tie];
    }

    /** The higher-indexed person of the tie. */
    public int tieTarget(int tie) {
        checkTie(tie);
        return tieB[tie];
    }

    /** The tie's strength, 1..5. */
    public int strength(int tie) {
        checkTie(tie);
        return tieStrengths[tie];
    }

    /** The probability that the tie carries an introduction ({@link TieStrength}). */
    public double probability(int tie) {
        return TieStrength.probability(strength(tie));
    }

    /** The tie's context ({@code colleague}, {@code board}, ...), or {@code null}. */
    public String context(int tie) {
        checkTie(tie);
        return contexts[tieContexts[tie]];
    }

    // ---------------------------------------------------------------- JGraphT

    /**
     * People and ties as a read-only, undirected, weighted JGraphT graph: vertex {@code i} is
     * person {@code i}, edge {@code t} is tie {@code t}, source the lower index, weight the tie's
     * probability. The view reads this graph's arrays; it copies nothing.
     */
    public Graph<Integer, Integer> asGraph() {
        Graph<Integer, Integer> view = graphView;
        if (view == null) {
            view = new TieGraphView(this);
            graphView = view;
        }
        return view;
    }

    /** The tie → probability function that the metrics take beside {@link #asGraph()}. */
    public ToDoubleFunction<Integer> probability() {
        return this::probability;
    }

    // ---------------------------------------------------------------- derived graphs

    /**
     * This graph with one tie added, or its strength and context replaced when the two people
     * already share a tie. People, organizations and lookups are shared with this graph; the
     * tie arrays are copied with the new entries spliced in (linear memory copies, no hashing).
     *
     * @throws IllegalArgumentException for an unknown id, a self-tie or a strength outside 1..5
     */
    public CoalitionGraph withTie(String personIdA, String personIdB, int strength, String context) {
        int a = requirePerson(personIdA);
        int b = requirePerson(personIdB);
        if (a == b) {
            throw new IllegalArgumentException("a tie needs two different people: " + personIdA);
        }
        TieStrength.check(strength);
        String[] newContexts = contexts;
        int contextIndex = Arrays.asList(contexts).indexOf(context);
        if (contextIndex < 0) {
            newContexts = Arrays.copyOf(contexts, contexts.length + 1);
            contextIndex = contexts.length;
            newContexts[contextIndex] = context;
        }
        OptionalInt existing = tieBetween(a, b);
        if (existing.isPresent()) {
            int t = existing.getAsInt();
            byte[] strengths = tieStrengths.clone();
            int[] tieContextsCopy = tieContexts.clone();
            strengths[t] = (byte) strength;
            tieContextsCopy[t] = contextIndex;
            return withTies(
                    tieA,
                    tieB,
                    strengths,
                    tieContextsCopy,
                    newContexts,
                    adjacencyOffsets,
                    adjacentPeople,
                    adjacentTies);
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int m = tieA.length;
        int[] newA = Arrays.copyOf(tieA, m + 1);
        int[] newB = Arrays.copyOf(tieB, m + 1);
        byte[] strengths = Arrays.copyOf(tieStrengths, m + 1);
        int[] tieContextsCopy = Arrays.copyOf(tieContexts, m + 1);
        newA[m] = lo;
        newB[m] = hi;
        strengths[m] = (byte) strength;
        tieContextsCopy[m] = contextIndex;
        int atLo = -Arrays.binarySearch(adjacentPeople, adjacencyOffsets[lo], adjacencyOffsets[lo + 1], hi) - 1;
        int atHi = -Arrays.binarySearch(adjacentPeople, adjacencyOffsets[hi], adjacencyOffsets[hi + 1], lo) - 1;
        int slots = adjacentPeople.length;
        int[] people = new int[slots + 2];
        int[] ties = new int[slots + 2];
        System.arraycopy(adjacentPeople, 0, people, 0, atLo);
        System.arraycopy(adjacentTies, 0, ties, 0, atLo);
        people[atLo] = hi;
        ties[atLo] = m;
        System.arraycopy(adjacentPeople, atLo, people, atLo + 1, atHi - atLo);
        System.arraycopy(adjacentTies, atLo, ties, atLo + 1, atHi - atLo);
        people[atHi + 1] = lo;
        ties[atHi + 1] = m;
        System.arraycopy(adjacentPeople, atHi, people, atHi + 2, slots - atHi);
        System.arraycopy(adjacentTies, atHi, ties, atHi + 2, slots - atHi);
        int[] offsets = adjacencyOffsets.clone();
        for (int p = lo + 1; p < offsets.length; p++) {
            offsets[p] += p <= hi ? 1 : 2;
        }
        return withTies(newA, newB, strengths, tieContextsCopy, newContexts, offsets, people, ties);
    }

    /**
     * This graph without the tie between these two people (itself when they share none). The
     * last tie takes the removed tie's index.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public CoalitionGraph withoutTie(String personIdA, String personIdB) {
        int a = requirePerson(personIdA);
        int b = requirePerson(personIdB);
        OptionalInt found = a == b ? OptionalInt.empty() : tieBetween(a, b);
        if (found.isEmpty()) {
            return this;
        }
        int t = found.getAsInt();
        int last = tieA.length - 1;
        int[] newA = Arrays.copyOf(tieA, last);
        int[] newB = Arrays.copyOf(tieB, last);
        byte[] strengths = Arrays.copyOf(tieStrengths, last);
        int[] tieContextsCopy = Arrays.copyOf(tieContexts, last);
        if (t != last) {
            newA[t] = tieA[last];
            newB[t] = tieB[last];
            strengths[t] = tieStrengths[last];
            tieContextsCopy[t] = tieContexts[last];
        }
        int slots = adjacentPeople.length;
        int[] people = new int[slots - 2];
        int[] ties = new int[slots - 2];
        int[] offsets = new int[adjacencyOffsets.length];
        int out = 0;
        for (int p = 0; p < personIds.length; p++) {
            offsets[p] = out;
            for (int s = adjacencyOffsets[p]; s < adjacencyOffsets[p + 1]; s++) {
                int tie = adjacentTies[s];
                if (tie == t) {
                    continue;
                }
                people[out] = adjacentPeople[s];
                ties[out++] = tie == last ? t : tie;
            }
        }
        offsets[personIds.length] = out;
        return withTies(newA, newB, strengths, tieContextsCopy, contexts, offsets, people, ties);
    }

    /**
     * This graph with one more person, or with the person's details replaced when the id is
     * already known (ties and affiliations kept). The new person has no ties and no
     * affiliations yet.
     */
    public CoalitionGraph withPerson(
            String id,
            String name,
            String role,
            String organizationName,
            Set<String> sectorKeys,
            String primarySector,
            boolean member,
            String stage) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Set<String> keys = sectorKeys == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(sectorKeys));
        OptionalInt known = indexOf(id);
        int n = personIds.length;
        int p = known.orElse(n);
        int size = known.isPresent() ? n : n + 1;
        String[] ids = Arrays.copyOf(personIds, size);
        String[] labels = Arrays.copyOf(names, size);
        String[] roleCopy = Arrays.copyOf(roles, size);
        String[] organizationCopy = Arrays.copyOf(organizationNames, size);
        List<Set<String>> sectorCopy = new ArrayList<>(this.sectorKeys);
        String[] primaryCopy = Arrays.copyOf(primarySectors, size);
        boolean[] memberCopy = Arrays.copyOf(members, size);
        String[] stageCopy = Arrays.copyOf(stages, size);
        ids[p] = id;
        labels[p] = name;
        roleCopy[p] = role;
        organizationCopy[p] = organizationName;
        if (known.isPresent()) {
            sectorCopy.set(p, keys);
        } else {
            sectorCopy.add(keys);
        }
        primaryCopy[p] = primarySector;
        memberCopy[p] = member;
        stageCopy[p] = stage;
        int[] affOffsets = affiliationOffsets;
        int[] adjOffsets = adjacencyOffsets;
        if (!known.isPresent()) {
            affOffsets = Arrays.copyOf(affiliationOffsets, n + 2);
            affOffsets[n + 1] = affOffsets[n];
            adjOffsets = Arrays.copyOf(adjacencyOffsets, n + 2);
            adjOffsets[n + 1] = adjOffsets[n];
        }
        Map<String, Integer> ids2 = known.isPresent() ? personIndex : null;
        return new CoalitionGraph(
                ids,
                labels,
                roleCopy,
                organizationCopy,
                Collections.unmodifiableList(sectorCopy),
                primaryCopy,
                memberCopy,
                stageCopy,
                organizationIds,
                organizationLabels,
                organizationSectors,
                organizationLevels,
                affOffsets,
                affiliationOrganizations,
                tieA,
                tieB,
                tieStrengths,
                tieContexts,
                contexts,
                adjOffsets,
                adjacentPeople,
                adjacentTies,
                sectors,
                ids2,
                null,
                organizationIndex);
    }

    /**
     * This graph without the person and everything about them (ties, affiliations); itself when
     * the id is unknown. People after the removed one move down one index.
     */
    public CoalitionGraph withoutPerson(String personId) {
        OptionalInt found = indexOf(personId);
        if (found.isEmpty()) {
            return this;
        }
        int gone = found.getAsInt();
        int n = personIds.length;
        String[] ids = remove(personIds, gone);
        String[] labels = remove(names, gone);
        String[] roleCopy = remove(roles, gone);
        String[] organizationCopy = remove(organizationNames, gone);
        List<Set<String>> sectorCopy = new ArrayList<>(sectorKeys);
        sectorCopy.remove(gone);
        String[] primaryCopy = remove(primarySectors, gone);
        boolean[] memberCopy = new boolean[n - 1];
        System.arraycopy(members, 0, memberCopy, 0, gone);
        System.arraycopy(members, gone + 1, memberCopy, gone, n - gone - 1);
        String[] stageCopy = remove(stages, gone);

        int removedAffiliations = affiliationOffsets[gone + 1] - affiliationOffsets[gone];
        int[] affOffsets = new int[n];
        int[] affOrganizations = new int[affiliationOrganizations.length - removedAffiliations];
        System.arraycopy(affiliationOrganizations, 0, affOrganizations, 0, affiliationOffsets[gone]);
        System.arraycopy(
                affiliationOrganizations,
                affiliationOffsets[gone + 1],
                affOrganizations,
                affiliationOffsets[gone],
                affiliationOrganizations.length - affiliationOffsets[gone + 1]);
        for (int p = 0; p < n; p++) {
            int old = p < gone ? p : p + 1;
            affOffsets[p] = affiliationOffsets[old] - (old > gone ? removedAffiliations : 0);
        }
        affOffsets[n - 1] = affOrganizations.length;

        int m = tieA.length;
        int[] newTie = new int[m];
        int kept = 0;
        for (int t = 0; t < m; t++) {
            newTie[t] = tieA[t] == gone || tieB[t] == gone ? -1 : kept++;
        }
        int[] newA = new int[kept];
        int[] newB = new int[kept];
        byte[] strengths = new byte[kept];
        int[] tieContextsCopy = new int[kept];
        for (int t = 0; t < m; t++) {
            int to = newTie[t];
            if (to >= 0) {
                newA[to] = tieA[t] > gone ? tieA[t] - 1 : tieA[t];
                newB[to] = tieB[t] > gone ? tieB[t] - 1 : tieB[t];
                strengths[to] = tieStrengths[t];
                tieContextsCopy[to] = tieContexts[t];
            }
        }
        int[] offsets = new int[n];
        int[] people = new int[2 * kept];
        int[] ties = new int[2 * kept];
        int out = 0;
        for (int p = 0, q = 0; p < n; p++) {
            if (p == gone) {
                continue;
            }
            offsets[q++] = out;
            for (int s = adjacencyOffsets[p]; s < adjacencyOffsets[p + 1]; s++) {
                int other = adjacentPeople[s];
                if (other == gone) {
                    continue;
                }
                people[out] = other > gone ? other - 1 : other;
                ties[out++] = newTie[adjacentTies[s]];
            }
        }
        offsets[n - 1] = out;
        return new CoalitionGraph(
                ids,
                labels,
                roleCopy,
                organizationCopy,
                Collections.unmodifiableList(sectorCopy),
                primaryCopy,
                memberCopy,
                stageCopy,
                organizationIds,
                organizationLabels,
                organizationSectors,
                organizationLevels,
                affOffsets,
                affOrganizations,
                newA,
                newB,
                strengths,
                tieContextsCopy,
                contexts,
                offsets,
                people,
                ties,
                sectors,
                null,
                null,
                organizationIndex);
    }

    private CoalitionGraph withTies(
            int[] a,
            int[] b,
            byte[] strengths,
            int[] tieContextsCopy,
            String[] contextsCopy,
            int[] offsets,
            int[] people,
            int[] ties) {
        return new CoalitionGraph(
                personIds,
                names,
                roles,
                organizationNames,
                sectorKeys,
                primarySectors,
                members,
                stages,
                organizationIds,
                organizationLabels,
                organizationSectors,
                organizationLevels,
                affiliationOffsets,
                affiliationOrganizations,
                a,
                b,
                strengths,
                tieContextsCopy,
                contextsCopy,
                offsets,
                people,
                ties,
                sectors,
                personIndex,
                labelIndex,
                organizationIndex);
    }

    private static String[] remove(String[] values, int at) {
        String[] copy = new String[values.length - 1];
        System.arraycopy(values, 0, copy, 0, at);
        System.arraycopy(values, at + 1, copy, at, values.length - at - 1);
        return copy;
    }

    // ---------------------------------------------------------------- internals for the analyses

    /**
     * The measures' snapshot of this graph (weighted: by tie probability), built on first use
     * and kept, so that every measure asked of this graph shares one. A derived graph builds its
     * own.
     */
    IndexedNetwork<Integer, Integer> indexed(boolean weighted) {
        IndexedNetwork<Integer, Integer> network = weighted ? weightedNetwork : unweightedNetwork;
        if (network == null) {
            synchronized (this) {
                network = weighted ? weightedNetwork : unweightedNetwork;
                if (network == null) {
                    network = IndexedNetwork.build(this, weighted);
                    if (weighted) {
                        weightedNetwork = network;
                    } else {
                        unweightedNetwork = network;
                    }
                }
            }
        }
        return network;
    }

    /**
     * Row starts of the adjacency, {@code personCount() + 1} of them. The array itself, for the
     * analyses to read in place: never to be written to.
     */
    int[] adjacencyOffsets() {
        return adjacencyOffsets;
    }

    /** The neighbour in each adjacency slot, rows sorted; the array itself, read-only. */
    int[] adjacentPeople() {
        return adjacentPeople;
    }

    /** The tie in each adjacency slot; the array itself, read-only. */
    int[] adjacentTies() {
        return adjacentTies;
    }

    /** Each tie's strength, 1..5; the array itself, read-only. */
    byte[] tieStrengths() {
        return tieStrengths;
    }

    /** First adjacency slot of the person (package-private: hot loops in the analyses). */
    int firstSlot(int person) {
        return adjacencyOffsets[person];
    }

    /** One past the last adjacency slot of the person. */
    int endSlot(int person) {
        return adjacencyOffsets[person + 1];
    }

    int slotPerson(int slot) {
        return adjacentPeople[slot];
    }

    int slotTie(int slot) {
        return adjacentTies[slot];
    }

    int slotStrength(int slot) {
        return tieStrengths[adjacentTies[slot]];
    }

    boolean member(int person) {
        return members[person];
    }

    String label(int person) {
        return names[person];
    }

    int[] memberArray() {
        return memberIndices;
    }

    int[] affiliationsOf(int person) {
        return Arrays.copyOfRange(affiliationOrganizations, affiliationOffsets[person], affiliationOffsets[person + 1]);
    }

    private int requirePerson(String personId) {
        return indexOf(personId).orElseThrow(() -> new IllegalArgumentException("unknown person id: " + personId));
    }

    private void checkPerson(int person) {
        Objects.checkIndex(person, personIds.length);
    }

    private void checkTie(int tie) {
        Objects.checkIndex(tie, tieA.length);
    }

    private Map<String, Integer> personIndex() {
        Map<String, Integer> index = personIndex;
        if (index == null) {
            index = indexIds(personIds);
            personIndex = index;
        }
        return index;
    }

    private Map<String, int[]> labelIndex() {
        Map<String, int[]> index = labelIndex;
        if (index == null) {
            Map<String, int[]> built = new HashMap<>(names.length * 2);
            for (int p = 0; p < names.length; p++) {
                int person = p;
                built.merge(names[p], new int[] {p}, (old, one) -> {
                    int[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = person;
                    return grown;
                });
            }
            index = Collections.unmodifiableMap(built);
            labelIndex = index;
        }
        return index;
    }

    private static Map<String, Integer> indexIds(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return Collections.unmodifiableMap(index);
    }

    @Override
    public String toString() {
        return "CoalitionGraph[people=" + personCount() + ", members=" + memberCount() + ", organizations="
                + organizationCount() + ", ties=" + tieCount() + "]";
    }

    /**
     * Collects people, organizations, affiliations, ties and sectors, then {@link #build()}s the
     * immutable graph. Add people before the ties and affiliations that name them. Not thread-safe.
     */
    public static final class Builder {

        private final List<String> personIds = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> roles = new ArrayList<>();
        private final List<String> organizationNames = new ArrayList<>();
        private final List<Set<String>> sectorKeys = new ArrayList<>();
        private final List<String> primarySectors = new ArrayList<>();
        private final List<Boolean> members = new ArrayList<>();
        private final List<String> stages = new ArrayList<>();
        private final Map<String, Integer> personIndex = new HashMap<>();
        private final Map<Set<String>, Set<String>> sectorSets = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();

        private final List<String> organizationIds = new ArrayList<>();
        private final List<String> organizationLabels = new ArrayList<>();
        private final List<String> organizationSectors = new ArrayList<>();
        private final List<String> organizationLevels = new ArrayList<>();
        private final Map<String, Integer> organizationIndex = new HashMap<>();

        private final IntList affiliationPeople = new IntList();
        private final IntList affiliationOrganizations = new IntList();

        private final IntList tieA = new IntList();
        private final IntList tieB = new IntList();
        private final IntList tieStrengths = new IntList();
        private final IntList tieContexts = new IntList();
        private final PairTable tiesByPair = new PairTable();
        private final Map<String, Integer> contextIndex = new HashMap<>();
        private final List<String> contexts = new ArrayList<>();

        private final Map<String, Sector> sectors = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a person.
         *
         * @param id the stored id, unique
         * @param name the label
         * @param role free text, or {@code null}
         * @param organizationName the organization shown with the person, or {@code null}
         * @param sectorKeys own sector and the sectors of the organizations they work at
         *     ({@code null} = none)
         * @param primarySector the sector they are grouped under for brokerage, or {@code null}
         * @param member whether they are a coalition member
         * @param stage the adoption stage, or {@code null}
         * @throws IllegalArgumentException when the id is already added
         */
        public Builder person(
                String id,
                String name,
                String role,
                String organizationName,
                Set<String> sectorKeys,
                String primarySector,
                boolean member,
                String stage) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (personIndex.putIfAbsent(id, personIds.size()) != null) {
                throw new IllegalArgumentException("person id added twice: " + id);
            }
            personIds.add(id);
            names.add(name);
            roles.add(intern(role));
            organizationNames.add(intern(organizationName));
            Set<String> keys =
                    sectorKeys == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(sectorKeys));
            this.sectorKeys.add(sectorSets.computeIfAbsent(keys, k -> k));
            primarySectors.add(intern(primarySector));
            members.add(member);
            stages.add(intern(stage));
            return this;
        }

        /**
         * Adds an organization.
         *
         * @param level {@code district}, {@code site}, {@code city}, ... or {@code null}
         * @throws IllegalArgumentException when the id is already added
         */
        public Builder organization(String id, String name, String sectorKey, String level) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (organizationIndex.putIfAbsent(id, organizationIds.size()) != null) {
                throw new IllegalArgumentException("organization id added twice: " + id);
            }
            organizationIds.add(id);
            organizationLabels.add(name);
            organizationSectors.add(intern(sectorKey));
            organizationLevels.add(intern(level));
            return this;
        }

        /**
         * Records that the person works at the organization; a repeated pair counts once.
         *
         * @throws IllegalArgumentException for an id not added yet
         */
        public Builder affiliation(String personId, String organizationId) {
            int person = person(personId);
            Integer organization = organizationIndex.get(Objects.requireNonNull(organizationId, "organizationId"));
            if (organization == null) {
                throw new IllegalArgumentException("unknown organization id: " + organizationId);
            }
            return affiliation(person, organization);
        }

        /**
         * Records that the person works at the organization, both given by the index they got
         * when added (0 for the first person added, and so on); a repeated pair counts once.
         *
         * @throws IndexOutOfBoundsException for an index not added yet
         */
        public Builder affiliation(int person, int organization) {
            Objects.checkIndex(person, personIds.size());
            Objects.checkIndex(organization, organizationIds.size());
            affiliationPeople.add(person);
            affiliationOrganizations.add(organization);
            return this;
        }

        /**
         * Adds an undirected tie. A tie between two people who already share one replaces it
         * (ties given in both directions are one tie; the later wins).
         *
         * @param strength 1 (acquaintance) .. 5 (close, trusted)
         * @param context free text, or {@code null}
         * @throws IllegalArgumentException for an id not added yet, a self-tie or a strength
         *     outside 1..5
         */
        public Builder tie(String personIdA, String personIdB, int strength, String context) {
            int a = person(personIdA);
            int b = person(personIdB);
            if (a == b) {
                throw new IllegalArgumentException("a tie needs two different people: " + personIdA);
            }
            return tie(a, b, strength, context);
        }

        /**
         * Adds an undirected tie between two people given by the index they got when added (0
         * for the first person added, and so on), as {@link #tie(String, String, int, String)}
         * does: a repeated pair replaces the earlier tie. Saves the id lookups when the caller
         * numbers people itself.
         *
         * @throws IndexOutOfBoundsException for an index not added yet
         * @throws IllegalArgumentException for a self-tie or a strength outside 1..5
         */
        public Builder tie(int a, int b, int strength, String context) {
            Objects.checkIndex(a, personIds.size());
            Objects.checkIndex(b, personIds.size());
            if (a == b) {
                throw new IllegalArgumentException("a tie needs two different people: " + personIds.get(a));
            }
            TieStrength.check(strength);
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            int contextAt = contextIndex.computeIfAbsent(context == null ? "\0" : context, c -> {
                contexts.add(context);
                return contexts.size() - 1;
            });
            int existing = tiesByPair.putIfAbsent(lo, hi, tieA.size());
            if (existing >= 0) {
                tieStrengths.set(existing, strength);
                tieContexts.set(existing, contextAt);
            } else {
                tieA.add(lo);
                tieB.add(hi);
                tieStrengths.add(strength);
                tieContexts.add(contextAt);
            }
            return this;
        }

        /**
         * Adds a sector of the taxonomy; sectors keep the order they are added in (the
         * checklist order).
         *
         * @throws IllegalArgumentException when the key is already added
         */
        public Builder sector(String key, String title) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            if (sectors.putIfAbsent(key, new Sector(key, title)) != null) {
                throw new IllegalArgumentException("sector key added twice: " + key);
            }
            return this;
        }

        /** Adds several sectors in order. */
        public Builder sectors(Collection<Sector> sectorsInOrder) {
            for (Sector sector : sectorsInOrder) {
                sector(sector.key(), sector.title());
            }
            return this;
        }

        /** The immutable graph of everything added so far. */
        public CoalitionGraph build() {
            int n = personIds.size();
            boolean[] memberFlags = new boolean[n];
            for (int p = 0; p < n; p++) {
                memberFlags[p] = members.get(p);
            }

            // affiliations: rows per person, sorted and without repeats
            int[] affOffsets = new int[n + 1];
            int affCount = affiliationPeople.size();
            for (int i = 0; i < affCount; i++) {
                affOffsets[affiliationPeople.get(i) + 1]++;
            }
            for (int p = 0; p < n; p++) {
                affOffsets[p + 1] += affOffsets[p];
            }
            int[] affOrgs = new int[affCount];
            int[] fill = Arrays.copyOf(affOffsets, n);
            for (int i = 0; i < affCount; i++) {
                affOrgs[fill[affiliationPeople.get(i)]++] = affiliationOrganizations.get(i);
            }
            int[] dedupOffsets = new int[n + 1];
            int out = 0;
            for (int p = 0; p < n; p++) {
                dedupOffsets[p] = out;
                Arrays.sort(affOrgs, affOffsets[p], affOffsets[p + 1]);
                for (int i = affOffsets[p]; i < affOffsets[p + 1]; i++) {
                    if (i == affOffsets[p] || affOrgs[i] != affOrgs[i - 1]) {
                        affOrgs[out++] = affOrgs[i];
                    }
                }
            }
            dedupOffsets[n] = out;

            // ties: rows filled in tie order, then transposed so each row is sorted by neighbour
            int m = tieA.size();
            int[] a = tieA.toArray();
            int[] b = tieB.toArray();
            byte[] strengths = new byte[m];
            for (int t = 0; t < m; t++) {
                strengths[t] = (byte) tieStrengths.get(t);
            }
            int[] offsets = new int[n + 1];
            for (int t = 0; t < m; t++) {
                offsets[a[t] + 1]++;
                offsets[b[t] + 1]++;
            }
            for (int p = 0; p < n; p++) {
                offsets[p + 1] += offsets[p];
            }
            int[] unsortedPeople = new int[2 * m];
            int[] unsortedTies = new int[2 * m];
            int[] at = Arrays.copyOf(offsets, n);
            for (int t = 0; t < m; t++) {
                unsortedPeople[at[a[t]]] = b[t];
                unsortedTies[at[a[t]]++] = t;
                unsortedPeople[at[b[t]]] = a[t];
                unsortedTies[at[b[t]]++] = t;
            }
            int[] people = new int[2 * m];
            int[] ties = new int[2 * m];
            at = Arrays.copyOf(offsets, n);
            for (int p = 0; p < n; p++) {
                for (int s = offsets[p]; s < offsets[p + 1]; s++) {
                    int q = unsortedPeople[s];
                    people[at[q]] = p;
                    ties[at[q]++] = unsortedTies[s];
                }
            }

            return new CoalitionGraph(
                    personIds.toArray(String[]::new),
                    names.toArray(String[]::new),
                    roles.toArray(String[]::new),
                    organizationNames.toArray(String[]::new),
                    List.copyOf(sectorKeys),
                    primarySectors.toArray(String[]::new),
                    memberFlags,
                    stages.toArray(String[]::new),
                    organizationIds.toArray(String[]::new),
                    organizationLabels.toArray(String[]::new),
                    organizationSectors.toArray(String[]::new),
                    organizationLevels.toArray(String[]::new),
                    dedupOffsets,
                    Arrays.copyOf(affOrgs, out),
                    a,
                    b,
                    strengths,
                    tieContexts.toArray(),
                    contexts.toArray(String[]::new),
                    offsets,
                    people,
                    ties,
                    List.copyOf(sectors.values()),
                    Map.copyOf(personIndex),
                    null,
                    Map.copyOf(organizationIndex));
        }

        private int person(String personId) {
            Integer index = personIndex.get(Objects.requireNonNull(personId, "personId"));
            if (index == null) {
                throw new IllegalArgumentException("unknown person id: " + personId);
            }
            return index;
        }

        private String intern(String value) {
            return value == null ? null : strings.computeIfAbsent(value, v -> v);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        void set(int i, int value) {
            values[i] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Open-addressing map from an ordered pair of people to a tie index. */
    private static final class PairTable {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        /** The value stored for the pair, or -1 after storing {@code value} for it. */
        int putIfAbsent(int lo, int hi, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            long key = ((long) lo << 32 | hi) + 1; // 0 marks an empty slot
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return -1;
                }
                if (keys[i] == key) {
                    return values[i];
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = mix(oldKeys[j]) & mask;
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
