package org.convene.analysis;

import java.util.Arrays;

/**
 * An indexed binary min-heap of people keyed by tentative distance, for Dijkstra's algorithm
 * without boxing: {@link #offer} inserts or lowers a key in O(log n).
 */
final class DistanceHeap {

    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    DistanceHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts v with the given key, or lowers its key if it is already queued. */
    void offer(int v, double distance) {
        int i = position[v];
        if (i < 0) {
            i = size++;
            heap[i] = v;
            position[v] = i;
        }
        key[v] = distance;
        siftUp(i);
    }

    /** Removes and returns the person with the smallest key. */
    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int v = heap[i];
        double k = key[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int u = heap[parent];
            if (key[u] <= k) {
                break;
            }
            heap[i] = u;
            position[u] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        double k = key[v];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && key[heap[right]] < key[heap[child]]) {
                child = right;
            }
            int u = heap[child];
            if (k <= key[u]) {
                break;
            }
            heap[i] = u;
            position[u] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
