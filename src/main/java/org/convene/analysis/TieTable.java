package org.convene.analysis;

import java.util.Arrays;

/**
 * The ties of a {@link CoalitionGraph} in compressed sparse rows, and the copy-on-write edits
 * that derive the next graph's table from this one ({@link #with}, {@link #without}, {@link
 * #withEmptyRow}, {@link #withoutPerson}).
 *
 * <p>Each tie is stored once ({@code int} endpoints, lower index first, a {@code byte} strength
 * and an {@code int} index into the interned {@code contexts}) and twice in the adjacency rows
 * ({@code int} neighbour, {@code int} tie), each person's row sorted by neighbour index. The
 * arrays are read in place by the graph and the measures and never written to once the table is
 * built; an edit copies what it changes and shares the rest.
 */
final class TieTable {

    /** The lower-indexed person of each tie. */
    final int[] tieA;
    /** The higher-indexed person of each tie. */
    final int[] tieB;
    /** Each tie's strength, 1..5. */
    final byte[] strengths;
    /** Each tie's index into {@link #contexts}. */
    final int[] tieContexts;
    /** The distinct contexts ({@code null} among them when a tie has none). */
    final String[] contexts;
    /** Row starts of the adjacency, one per person and one past the last row. */
    final int[] offsets;
    /** The neighbour in each adjacency slot, rows sorted by neighbour. */
    final int[] adjacentPeople;
    /** The tie in each adjacency slot. */
    final int[] adjacentTies;

    private TieTable(
            int[] tieA,
            int[] tieB,
            byte[] strengths,
            int[] tieContexts,
            String[] contexts,
            int[] offsets,
            int[] adjacentPeople,
            int[] adjacentTies) {
        this.tieA = tieA;
        this.tieB = tieB;
        this.strengths = strengths;
        this.tieContexts = tieContexts;
        this.contexts = contexts;
        this.offsets = offsets;
        this.adjacentPeople = adjacentPeople;
        this.adjacentTies = adjacentTies;
    }

    /**
     * The table of these ties among {@code people} people: the rows are filled in tie order,
     * then transposed so that each row is sorted by neighbour. The arrays become the table's.
     *
     * @param a the lower-indexed end of each tie, {@code b} the higher, each pair at most once
     */
    static TieTable of(int people, int[] a, int[] b, byte[] strengths, int[] tieContexts, String[] contexts) {
        int m = a.length;
        int[] offsets = new int[people + 1];
        for (int t = 0; t < m; t++) {
            offsets[a[t] + 1]++;
            offsets[b[t] + 1]++;
        }
        for (int p = 0; p < people; p++) {
            offsets[p + 1] += offsets[p];
        }
        int[] unsortedPeople = new int[2 * m];
        int[] unsortedTies = new int[2 * m];
        int[] at = Arrays.copyOf(offsets, people);
        for (int t = 0; t < m; t++) {
            unsortedPeople[at[a[t]]] = b[t];
            unsortedTies[at[a[t]]++] = t;
            unsortedPeople[at[b[t]]] = a[t];
            unsortedTies[at[b[t]]++] = t;
        }
        int[] adjacent = new int[2 * m];
        int[] ties = new int[2 * m];
        at = Arrays.copyOf(offsets, people);
        for (int p = 0; p < people; p++) {
            for (int s = offsets[p]; s < offsets[p + 1]; s++) {
                int q = unsortedPeople[s];
                adjacent[at[q]] = p;
                ties[at[q]++] = unsortedTies[s];
            }
        }
        return new TieTable(a, b, strengths, tieContexts, contexts, offsets, adjacent, ties);
    }

    /** The number of ties. */
    int count() {
        return tieA.length;
    }

    /** The tie between two people, or -1. */
    int between(int personA, int personB) {
        int at = Arrays.binarySearch(adjacentPeople, offsets[personA], offsets[personA + 1], personB);
        return at < 0 ? -1 : adjacentTies[at];
    }

    /**
     * This table with a tie between two different people added, or the strength and context of
     * their tie replaced when they share one already (then only the strength and context arrays
     * are copied). A new tie takes the next index; the adjacency is copied with the two new
     * slots spliced in (linear memory copies, no hashing).
     */
    TieTable with(int personA, int personB, int strength, String context) {
        String[] newContexts = contexts;
        int contextIndex = Arrays.asList(contexts).indexOf(context);
        if (contextIndex < 0) {
            newContexts = Arrays.copyOf(contexts, contexts.length + 1);
            contextIndex = contexts.length;
            newContexts[contextIndex] = context;
        }
        int existing = between(personA, personB);
        if (existing >= 0) {
            byte[] strengthsCopy = strengths.clone();
            int[] tieContextsCopy = tieContexts.clone();
            strengthsCopy[existing] = (byte) strength;
            tieContextsCopy[existing] = contextIndex;
            return new TieTable(
                    tieA, tieB, strengthsCopy, tieContextsCopy, newContexts, offsets, adjacentPeople, adjacentTies);
        }
        int lo = Math.min(personA, personB);
        int hi = Math.max(personA, personB);
        int m = tieA.length;
        int[] newA = Arrays.copyOf(tieA, m + 1);
        int[] newB = Arrays.copyOf(tieB, m + 1);
        byte[] strengthsCopy = Arrays.copyOf(strengths, m + 1);
        int[] tieContextsCopy = Arrays.copyOf(tieContexts, m + 1);
        newA[m] = lo;
        newB[m] = hi;
        strengthsCopy[m] = (byte) strength;
        tieContextsCopy[m] = contextIndex;
        int atLo = -Arrays.binarySearch(adjacentPeople, offsets[lo], offsets[lo + 1], hi) - 1;
        int atHi = -Arrays.binarySearch(adjacentPeople, offsets[hi], offsets[hi + 1], lo) - 1;
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
        int[] offsetsCopy = offsets.clone();
        for (int p = lo + 1; p < offsetsCopy.length; p++) {
            offsetsCopy[p] += p <= hi ? 1 : 2;
        }
        return new TieTable(newA, newB, strengthsCopy, tieContextsCopy, newContexts, offsetsCopy, people, ties);
    }

    /** This table without the tie at this index; the last tie takes its index. */
    TieTable without(int tie) {
        int last = tieA.length - 1;
        int[] newA = Arrays.copyOf(tieA, last);
        int[] newB = Arrays.copyOf(tieB, last);
        byte[] strengthsCopy = Arrays.copyOf(strengths, last);
        int[] tieContextsCopy = Arrays.copyOf(tieContexts, last);
        if (tie != last) {
            newA[tie] = tieA[last];
            newB[tie] = tieB[last];
            strengthsCopy[tie] = strengths[last];
            tieContextsCopy[tie] = tieContexts[last];
        }
        int people = offsets.length - 1;
        int slots = adjacentPeople.length;
        int[] adjacent = new int[slots - 2];
        int[] ties = new int[slots - 2];
        int[] offsetsCopy = new int[offsets.length];
        int out = 0;
        for (int p = 0; p < people; p++) {
            offsetsCopy[p] = out;
            for (int s = offsets[p]; s < offsets[p + 1]; s++) {
                int t = adjacentTies[s];
                if (t == tie) {
                    continue;
                }
                adjacent[out] = adjacentPeople[s];
                ties[out++] = t == last ? tie : t;
            }
        }
        offsetsCopy[people] = out;
        return new TieTable(newA, newB, strengthsCopy, tieContextsCopy, contexts, offsetsCopy, adjacent, ties);
    }

    /** This table with an empty row for one more person, every tie array shared. */
    TieTable withEmptyRow() {
        int people = offsets.length - 1;
        int[] offsetsCopy = Arrays.copyOf(offsets, people + 2);
        offsetsCopy[people + 1] = offsetsCopy[people];
        return new TieTable(tieA, tieB, strengths, tieContexts, contexts, offsetsCopy, adjacentPeople, adjacentTies);
    }

    /**
     * This table without the person's row and ties: the ties left keep their order, renumbered
     * from 0, and people after the removed one move down one index.
     */
    TieTable withoutPerson(int gone) {
        int n = offsets.length - 1;
        int m = tieA.length;
        int[] newTie = new int[m];
        int kept = 0;
        for (int t = 0; t < m; t++) {
            newTie[t] = tieA[t] == gone || tieB[t] == gone ? -1 : kept++;
        }
        int[] newA = new int[kept];
        int[] newB = new int[kept];
        byte[] strengthsCopy = new byte[kept];
        int[] tieContextsCopy = new int[kept];
        for (int t = 0; t < m; t++) {
            int to = newTie[t];
            if (to >= 0) {
                newA[to] = tieA[t] > gone ? tieA[t] - 1 : tieA[t];
                newB[to] = tieB[t] > gone ? tieB[t] - 1 : tieB[t];
                strengthsCopy[to] = strengths[t];
                tieContextsCopy[to] = tieContexts[t];
            }
        }
        int[] offsetsCopy = new int[n];
        int[] adjacent = new int[2 * kept];
        int[] ties = new int[2 * kept];
        int out = 0;
        for (int p = 0, q = 0; p < n; p++) {
            if (p == gone) {
                continue;
            }
            offsetsCopy[q++] = out;
            for (int s = offsets[p]; s < offsets[p + 1]; s++) {
                int other = adjacentPeople[s];
                if (other == gone) {
                    continue;
                }
                adjacent[out] = other > gone ? other - 1 : other;
                ties[out++] = newTie[adjacentTies[s]];
            }
        }
        offsetsCopy[n - 1] = out;
        return new TieTable(newA, newB, strengthsCopy, tieContextsCopy, contexts, offsetsCopy, adjacent, ties);
    }
}
