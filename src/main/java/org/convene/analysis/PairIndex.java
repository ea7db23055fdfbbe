package org.convene.analysis;

/**
 * An open-addressing hash map from an unordered pair of people, given by their indices, to a
 * non-negative int (a tie's index, say): one {@code long} key and one {@code int} per slot,
 * linear probing, no boxing. The graph builder finds repeated ties with it; the bench's
 * generator, the pairs it has tied already. Not thread-safe.
 */
public final class PairIndex {

    private long[] keys;
    private int[] values;
    private int size;

    /** An empty map that grows as pairs are added. */
    public PairIndex() {
        keys = new long[64];
        values = new int[64];
    }

    /** An empty map with room for about {@code expected} pairs before it grows. */
    public PairIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 3)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The number of pairs stored. */
    public int size() {
        return size;
    }

    /** The value stored for the pair (in either order), or -1 when there is none. */
    public int get(int a, int b) {
        long key = key(a, b);
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                return -1;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** Whether the pair (in either order) is stored. */
    public boolean contains(int a, int b) {
        return get(a, b) >= 0;
    }

    /**
     * The value stored for the pair (in either order); or, when there is none, -1 after storing
     * {@code value} for it.
     */
    public int putIfAbsent(int a, int b, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(a, b);
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

    /** The lower index in the high half, the higher in the low half, plus 1: 0 marks an empty slot. */
    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32 | Math.max(a, b)) + 1;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
