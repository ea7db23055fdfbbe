package org.convene.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of a {@link CoalitionGraph}, one array per field indexed by person, with their
 * affiliations as rows of organization indices (sorted, without repeats), the members' indices,
 * and the id and label lookups built on first use; and the copy-on-write edits that derive the
 * next graph's columns ({@link #with}, {@link #without}).
 *
 * <p>The arrays are read in place and never written to once built; an edit copies the columns
 * it changes and shares the rest (the affiliations, when a person is added or changed).
 */
final class PersonColumns {

    private static final int[] NO_INDICES = new int[0];

    final String[] ids;
    final String[] names;
    final String[] roles;
    /** The organization shown with each person (the first affiliation), or {@code null}. */
    final String[] organizationNames;

    final List<Set<String>> sectorKeys;
    final String[] primarySectors;
    final boolean[] members;
    final String[] stages;
    /** The members' indices, ascending. */
    final int[] memberIndices;
    /** Row starts of the affiliations, one per person and one past the last row. */
    final int[] affiliationOffsets;
    /** The organization of each affiliation, rows sorted. */
    final int[] affiliationOrganizations;

    // built on first use (benign races: each thread builds the same map)
    private volatile Map<String, Integer> index;
    private volatile Map<String, int[]> labelIndex;

    /**
     * Columns from these arrays, which become the columns' own.
     *
     * @param index the id lookup when the caller has it already, else {@code null}
     */
    PersonColumns(
            String[] ids,
            String[] names,
            String[] roles,
            String[] organizationNames,
            List<Set<String>> sectorKeys,
            String[] primarySectors,
            boolean[] members,
            String[] stages,
            int[] affiliationOffsets,
            int[] affiliationOrganizations,
            Map<String, Integer> index) {
        this.ids = ids;
        this.names = names;
        this.roles = roles;
        this.organizationNames = organizationNames;
        this.sectorKeys = sectorKeys;
        this.primarySectors = primarySectors;
        this.members = members;
        this.stages = stages;
        this.affiliationOffsets = affiliationOffsets;
        this.affiliationOrganizations = affiliationOrganizations;
        this.index = index;
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

    /** The number of people. */
    int count() {
        return ids.length;
    }

    /** The person with this id, or {@code null}. */
    Integer indexOf(String id) {
        Map<String, Integer> found = index;
        if (found == null) {
            found = indexIds(ids);
            index = found;
        }
        return found.get(id);
    }

    /** The people with exactly this label, in index order (the array itself: read-only). */
    int[] labelled(String label) {
        Map<String, int[]> found = labelIndex;
        if (found == null) {
            Map<String, int[]> built = new HashMap<>(names.length * 2);
            for (int p = 0; p < names.length; p++) {
                int person = p;
                built.merge(names[p], new int[] {p}, (old, one) -> {
                    int[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = person;
                    return grown;
                });
            }
            found = Collections.unmodifiableMap(built);
            labelIndex = found;
        }
        return found.getOrDefault(label, NO_INDICES);
    }

    /**
     * The people whose role equals this lower-case, trimmed text when there are any, otherwise
     * those whose role contains it; in index order.
     */
    List<Integer> withRole(String wanted) {
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

    /**
     * These columns with the person's fields set: at index {@code person} when that is a known
     * person (ties and affiliations kept), or as one more person at index {@link #count()}
     * without affiliations. The id lookup is kept when only a known person's fields change.
     */
    PersonColumns with(
            int person,
            String id,
            String name,
            String role,
            String organizationName,
            Set<String> keys,
            String primarySector,
            boolean member,
            String stage) {
        int n = ids.length;
        boolean known = person < n;
        int size = known ? n : n + 1;
        String[] idCopy = Arrays.copyOf(ids, size);
        String[] nameCopy = Arrays.copyOf(names, size);
        String[] roleCopy = Arrays.copyOf(roles, size);
        String[] organizationCopy = Arrays.copyOf(organizationNames, size);
        List<Set<String>> sectorCopy = new ArrayList<>(sectorKeys);
        String[] primaryCopy = Arrays.copyOf(primarySectors, size);
        boolean[] memberCopy = Arrays.copyOf(members, size);
        String[] stageCopy = Arrays.copyOf(stages, size);
        idCopy[person] = id;
        nameCopy[person] = name;
        roleCopy[person] = role;
        organizationCopy[person] = organizationName;
        if (known) {
            sectorCopy.set(person, keys);
        } else {
            sectorCopy.add(keys);
        }
        primaryCopy[person] = primarySector;
        memberCopy[person] = member;
        stageCopy[person] = stage;
        int[] affOffsets = affiliationOffsets;
        if (!known) {
            affOffsets = Arrays.copyOf(affiliationOffsets, n + 2);
            affOffsets[n + 1] = affOffsets[n];
        }
        return new PersonColumns(
                idCopy,
                nameCopy,
                roleCopy,
                organizationCopy,
                Collections.unmodifiableList(sectorCopy),
                primaryCopy,
                memberCopy,
                stageCopy,
                affOffsets,
                affiliationOrganizations,
                known ? index : null);
    }

    /** These columns without the person and their affiliations; people after them move down one. */
    PersonColumns without(int gone) {
        int n = ids.length;
        List<Set<String>> sectorCopy = new ArrayList<>(sectorKeys);
        sectorCopy.remove(gone);
        boolean[] memberCopy = new boolean[n - 1];
        System.arraycopy(members, 0, memberCopy, 0, gone);
        System.arraycopy(members, gone + 1, memberCopy, gone, n - gone - 1);

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
        return new PersonColumns(
                remove(ids, gone),
                remove(names, gone),
                remove(roles, gone),
                remove(organizationNames, gone),
                Collections.unmodifiableList(sectorCopy),
                remove(primarySectors, gone),
                memberCopy,
                remove(stages, gone),
                affOffsets,
                affOrganizations,
                null);
    }

    private static String[] remove(String[] values, int at) {
        String[] copy = new String[values.length - 1];
        System.arraycopy(values, 0, copy, 0, at);
        System.arraycopy(values, at + 1, copy, at, values.length - at - 1);
        return copy;
    }

    /** Each id to its index. */
    private static Map<String, Integer> indexIds(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return Collections.unmodifiableMap(index);
    }
}
