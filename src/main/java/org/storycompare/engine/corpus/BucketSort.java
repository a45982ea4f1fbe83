package org.storycompare.engine.corpus;

import java.util.Arrays;
import org.storycompare.engine.model.Cancellation;

/**
 * Sorts a large array of longs (hash-keyed postings) in ascending signed order, in 256 buckets by the top eight
 * bits, checking the cancellation between buckets: a cancel stops a sort of millions of keys within a few
 * milliseconds instead of after the whole sort. Hash keys spread evenly over the buckets.
 */
final class BucketSort {

    private static final int BUCKETS = 256;
    /** Below this many keys one plain sort is quick enough. */
    private static final int SMALL = 1 << 16;

    private BucketSort() {
    }

    /** Sorts keys[0, len) in place. */
    static void sort(long[] keys, int len, Cancellation cancel) {
        if (len <= SMALL) {
            Arrays.sort(keys, 0, len);
            return;
        }
        int[] start = new int[BUCKETS + 1];
        for (int i = 0; i < len; i++) {
            start[bucket(keys[i]) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        long[] copy = Arrays.copyOf(keys, len);
        int[] fill = Arrays.copyOf(start, BUCKETS);
        for (int i = 0; i < len; i++) {
            keys[fill[bucket(copy[i])]++] = copy[i];
        }
        copy = null;
        for (int b = 0; b < BUCKETS; b++) {
            cancel.throwIfCancelled();
            Arrays.sort(keys, start[b], start[b + 1]);
        }
    }

    /** 0..255 in signed order of the key: the top eight bits with the sign bit flipped. */
    private static int bucket(long key) {
        return (int) (key >>> 56) ^ 0x80;
    }
}
