package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.convene.analysis.CoalitionGraph.Sector;

/**
 * Collects people, organizations, affiliations, ties and sectors, then {@link #build()}s the
 * immutable {@link CoalitionGraph} ({@link CoalitionGraph#builder()} makes one). Add people
 * before the ties and affiliations that name them. Repeated text (roles, organization names,
 * sectors, stages, contexts, sets of sector keys) is interned so that a large graph holds each
 * once. Not thread-safe.
 */
public final class CoalitionGraphBuilder {

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
    private final PairIndex tiesByPair = new PairIndex();
    private final Map<String, Integer> contextIndex = new HashMap<>();
    private final List<String> contexts = new ArrayList<>();

    private final Map<String, Sector> sectors = new LinkedHashMap<>();

    CoalitionGraphBuilder() {}

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
    public CoalitionGraphBuilder person(
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
        Set<String> keys = sectorKeys == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(sectorKeys));
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
    public CoalitionGraphBuilder organization(String id, String name, String sectorKey, String level) {
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
    public CoalitionGraphBuilder affiliation(String personId, String organizationId) {
        int person = person(personId);
        Integer organization = organizationIndex.get(Objects.requireNonNull(organizationId, "organizationId"));
        if (organization == null) {
            throw new IllegalArgumentException("unknown organization id: " + organizationId);
        }
        return affiliation(person, organization);
    }

    /**
     * Records that the person works at the organization, both given by the index they got when
     * added (0 for the first person added, and so on); a repeated pair counts once.
     *
     * @throws IndexOutOfBoundsException for an index not added yet
     */
    public CoalitionGraphBuilder affiliation(int person, int organization) {
        Objects.checkIndex(person, personIds.size());
        Objects.checkIndex(organization, organizationIds.size());
        affiliationPeople.add(person);
        affiliationOrganizations.add(organization);
        return this;
    }

    /**
     * Adds an undirected tie. A tie between two people who already share one replaces it (ties
     * given in both directions are one tie; the later wins).
     *
     * @param strength 1 (acquaintance) .. 5 (close, trusted)
     * @param context free text, or {@code null}
     * @throws IllegalArgumentException for an id not added yet, a self-tie or a strength outside
     *     1..5
     */
    public CoalitionGraphBuilder tie(String personIdA, String personIdB, int strength, String context) {
        int a = person(personIdA);
        int b = person(personIdB);
        if (a == b) {
            throw new IllegalArgumentException("a tie needs two different people: " + personIdA);
        }
        return tie(a, b, strength, context);
    }

    /**
     * Adds an undirected tie between two people given by the index they got when added (0 for
     * the first person added, and so on), as {@link #tie(String, String, int, String)} does: a
     * repeated pair replaces the earlier tie. Saves the id lookups when the caller numbers people
     * itself.
     *
     * @throws IndexOutOfBoundsException for an index not added yet
     * @throws IllegalArgumentException for a self-tie or a strength outside 1..5
     */
    public CoalitionGraphBuilder tie(int a, int b, int strength, String context) {
        Objects.checkIndex(a, personIds.size());
        Objects.checkIndex(b, personIds.size());
        if (a == b) {
            throw new IllegalArgumentException("a tie needs two different people: " + personIds.get(a));
        }
        TieStrength.check(strength);
        int contextAt = contextIndex.computeIfAbsent(context == null ? "\0" : context, c -> {
            contexts.add(context);
            return contexts.size() - 1;
        });
        int existing = tiesByPair.putIfAbsent(a, b, tieA.size());
        if (existing >= 0) {
            tieStrengths.set(existing, strength);
            tieContexts.set(existing, contextAt);
        } else {
            tieA.add(Math.min(a, b));
            tieB.add(Math.max(a, b));
            tieStrengths.add(strength);
            tieContexts.add(contextAt);
        }
        return this;
    }

    /**
     * Adds a sector of the taxonomy; sectors keep the order they are added in (the checklist
     * order).
     *
     * @throws IllegalArgumentException when the key is already added
     */
    public CoalitionGraphBuilder sector(String key, String title) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (sectors.putIfAbsent(key, new Sector(key, title)) != null) {
            throw new IllegalArgumentException("sector key added twice: " + key);
        }
        return this;
    }

    /** Adds several sectors in order. */
    public CoalitionGraphBuilder sectors(Collection<Sector> sectorsInOrder) {
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

        int m = tieA.size();
        byte[] strengths = new byte[m];
        for (int t = 0; t < m; t++) {
            strengths[t] = (byte) tieStrengths.get(t);
        }

        PersonColumns people = new PersonColumns(
                personIds.toArray(String[]::new),
                names.toArray(String[]::new),
                roles.toArray(String[]::new),
                organizationNames.toArray(String[]::new),
                List.copyOf(sectorKeys),
                primarySectors.toArray(String[]::new),
                memberFlags,
                stages.toArray(String[]::new),
                dedupOffsets,
                Arrays.copyOf(affOrgs, out),
                Map.copyOf(personIndex));
        OrganizationColumns organizations = new OrganizationColumns(
                organizationIds.toArray(String[]::new),
                organizationLabels.toArray(String[]::new),
                organizationSectors.toArray(String[]::new),
                organizationLevels.toArray(String[]::new),
                Map.copyOf(organizationIndex));
        TieTable ties = TieTable.of(
                n, tieA.toArray(), tieB.toArray(), strengths, tieContexts.toArray(), contexts.toArray(String[]::new));
        return new CoalitionGraph(people, organizations, ties, List.copyOf(sectors.values()));
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
}
