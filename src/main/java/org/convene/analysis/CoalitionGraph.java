package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
 * This class is the read facade over three parts: {@link PersonColumns} (one array per field of
 * a person, the affiliation rows, the id and label lookups), {@link OrganizationColumns} and
 * {@link TieTable} (each tie stored once, {@code int} endpoints, {@code byte} strength, {@code
 * int} index into interned contexts, and twice in the adjacency rows, {@code int} neighbour and
 * {@code int} tie, rows sorted by neighbour index: about 30 bytes per tie). {@link
 * CoalitionGraphBuilder} makes the parts; {@link #withTie} and the other edits derive new parts
 * from them, copying what changes and sharing the rest. The arrays the analyses' inner loops
 * read (adjacency rows, strengths, membership) are also held in this class's own fields, so a
 * loop reads them with no step through a part.
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

    private final PersonColumns people;
    private final OrganizationColumns organizations;
    private final TieTable ties;
    private final List<Sector> sectors;
    private final Map<String, Sector> sectorsByKey;

    // the parts' arrays that the analyses' inner loops read, held here so that a loop reads them
    // straight from the graph (package-private accessors below)
    private final int[] adjacencyOffsets;
    private final int[] adjacentPeople;
    private final int[] adjacentTies;
    private final byte[] tieStrengths;
    private final boolean[] members;
    private final int[] memberIndices;

    // built on first use (benign race: each thread builds the same view)
    private volatile Graph<Integer, Integer> graphView;
    // the measures' snapshots, built on first use (once: see indexed)
    private volatile IndexedNetwork<Integer, Integer> unweightedNetwork;
    private volatile IndexedNetwork<Integer, Integer> weightedNetwork;

    /** The graph of these parts, as {@link CoalitionGraphBuilder#build()} makes them. */
    CoalitionGraph(PersonColumns people, OrganizationColumns organizations, TieTable ties, List<Sector> sectors) {
        this(people, organizations, ties, sectors, sectorsByKey(sectors));
    }

    private CoalitionGraph(
            PersonColumns people,
            OrganizationColumns organizations,
            TieTable ties,
            List<Sector> sectors,
            Map<String, Sector> sectorsByKey) {
        this.people = people;
        this.organizations = organizations;
        this.ties = ties;
        this.sectors = sectors;
        this.sectorsByKey = sectorsByKey;
        this.adjacencyOffsets = ties.offsets;
        this.adjacentPeople = ties.adjacentPeople;
        this.adjacentTies = ties.adjacentTies;
        this.tieStrengths = ties.strengths;
        this.members = people.members;
        this.memberIndices = people.memberIndices;
    }

    /** A builder for a new graph. */
    public static CoalitionGraphBuilder builder() {
        return new CoalitionGraphBuilder();
    }

    // ---------------------------------------------------------------- counts

    /** The number of people. */
    public int personCount() {
        return members.length;
    }

    /** The number of coalition members. */
    public int memberCount() {
        return memberIndices.length;
    }

    /** The number of organizations. */
    public int organizationCount() {
        return organizations.count();
    }

    /** The number of ties (each unordered pair of people at most once). */
    public int tieCount() {
        return tieStrengths.length;
    }

    // ---------------------------------------------------------------- people

    /** The person with this stored id, if any. */
    public OptionalInt indexOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        Integer index = people.indexOf(personId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The people whose label is exactly this text (case-sensitive), in index order. */
    public List<Integer> peopleLabelled(String label) {
        Objects.requireNonNull(label, "label");
        return Arrays.stream(people.labelled(label)).boxed().toList();
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
        return wanted.isEmpty() ? List.of() : people.withRole(wanted);
    }

    /** Everything known about the person at this index. */
    public Person person(int person) {
        checkPerson(person);
        return new Person(
                person,
                people.ids[person],
                people.names[person],
                people.roles[person],
                people.organizationNames[person],
                people.sectorKeys.get(person),
                people.primarySectors[person],
                members[person],
                people.stages[person]);
    }

    /** The person at this index as a reference. */
    public PersonRef ref(int person) {
        checkPerson(person);
        return new PersonRef(person, people.ids[person], people.names[person]);
    }

    /** The stored id of the person at this index. */
    public String personId(int person) {
        checkPerson(person);
        return people.ids[person];
    }

    /** The label of the person at this index. */
    public String name(int person) {
        checkPerson(person);
        return people.names[person];
    }

    /** The role of the person at this index, or {@code null}. */
    public String role(int person) {
        checkPerson(person);
        return people.roles[person];
    }

    /** The sectors the person belongs to: their own and those of their organizations. */
    public Set<String> sectorKeys(int person) {
        checkPerson(person);
        return people.sectorKeys.get(person);
    }

    /** The sector the person is grouped under for brokerage, or {@code null}. */
    public String primarySector(int person) {
        checkPerson(person);
        return people.primarySectors[person];
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
        Integer found = organizations.indexOf(organizationId);
        return found == null ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /** The organization at this index. */
    public Organization organization(int organization) {
        Objects.checkIndex(organization, organizations.count());
        return new Organization(
                organization,
                organizations.ids[organization],
                organizations.names[organization],
                organizations.sectors[organization],
                organizations.levels[organization]);
    }

    /** The organizations the person works at, by index ascending. */
    public List<Organization> organizationsOf(int person) {
        checkPerson(person);
        List<Organization> found = new ArrayList<>();
        for (int i = people.affiliationOffsets[person]; i < people.affiliationOffsets[person + 1]; i++) {
            found.add(organization(people.affiliationOrganizations[i]));
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
            found.add(new Neighbour(adjacentPeople[s], tie, tieStrengths[tie], ties.contexts[ties.tieContexts[tie]]));
        }
        return Collections.unmodifiableList(found);
    }

    /** The tie between two people, if any. */
    public OptionalInt tieBetween(int personA, int personB) {
        checkPerson(personA);
        checkPerson(personB);
        int tie = ties.between(personA, personB);
        return tie < 0 ? OptionalInt.empty() : OptionalInt.of(tie);
    }

    /** The tie at this index. */
    public Tie tie(int tie) {
        checkTie(tie);
        return new Tie(tie, ties.tieA[tie], ties.tieB[tie], tieStrengths[tie], ties.contexts[ties.tieContexts[tie]]);
    }

    /** The lower-indexed person of the tie. */
    public int tieSource(int tie) {
        checkTie(tie);
        return ties.tieA[tie];
    }

    /** The higher-indexed person of the tie. */
    public int tieTarget(int tie) {
        checkTie(tie);
        return ties.tieB[tie];
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
        return ties.contexts[ties.tieContexts[tie]];
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
        return new CoalitionGraph(people, organizations, ties.with(a, b, strength, context), sectors, sectorsByKey);
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
        int tie = a == b ? -1 : ties.between(a, b);
        if (tie < 0) {
            return this;
        }
        return new CoalitionGraph(people, organizations, ties.without(tie), sectors, sectorsByKey);
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
        int person = known.orElse(personCount());
        PersonColumns changed =
                people.with(person, id, name, role, organizationName, keys, primarySector, member, stage);
        return new CoalitionGraph(
                changed, organizations, known.isPresent() ? ties : ties.withEmptyRow(), sectors, sectorsByKey);
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
        return new CoalitionGraph(people.without(gone), organizations, ties.withoutPerson(gone), sectors, sectorsByKey);
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
        return people.names[person];
    }

    int[] memberArray() {
        return memberIndices;
    }

    int[] affiliationsOf(int person) {
        return Arrays.copyOfRange(
                people.affiliationOrganizations,
                people.affiliationOffsets[person],
                people.affiliationOffsets[person + 1]);
    }

    private int requirePerson(String personId) {
        return indexOf(personId).orElseThrow(() -> new IllegalArgumentException("unknown person id: " + personId));
    }

    private void checkPerson(int person) {
        Objects.checkIndex(person, members.length);
    }

    private void checkTie(int tie) {
        Objects.checkIndex(tie, tieStrengths.length);
    }

    private static Map<String, Sector> sectorsByKey(List<Sector> sectors) {
        Map<String, Sector> byKey = new HashMap<>();
        for (Sector sector : sectors) {
            byKey.put(sector.key(), sector);
        }
        return byKey;
    }

    /**
     * Whether {@code other} holds exactly this network, index for index: the same sectors,
     * organizations, people (with everything known about them and their organizations) and ties.
     * A re-read of a store that changed nothing the analysis reads gives such a graph, and then
     * every answer computed on this one still holds. Linear in the size of the network; a graph
     * with the same content in another index order counts as different (a needless recomputation,
     * never a wrong answer).
     */
    public boolean sameNetwork(CoalitionGraph other) {
        if (other == this) {
            return true;
        }
        if (other.personCount() != personCount()
                || other.organizationCount() != organizationCount()
                || other.tieCount() != tieCount()
                || !other.sectors().equals(sectors())) {
            return false;
        }
        for (int o = 0; o < organizationCount(); o++) {
            if (!organization(o).equals(other.organization(o))) {
                return false;
            }
        }
        for (int p = 0; p < personCount(); p++) {
            if (!person(p).equals(other.person(p)) || !organizationsOf(p).equals(other.organizationsOf(p))) {
                return false;
            }
        }
        for (int t = 0; t < tieCount(); t++) {
            if (!tie(t).equals(other.tie(t))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "CoalitionGraph[people=" + personCount() + ", members=" + memberCount() + ", organizations="
                + organizationCount() + ", ties=" + tieCount() + "]";
    }
}
