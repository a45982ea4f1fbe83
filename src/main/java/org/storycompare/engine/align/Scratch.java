package org.storycompare.engine.align;

import java.util.Arrays;

/**
 * Per-thread work arrays for tokenizing, n-gram seeding and gap diffs, reused from one alignment to the next
 * instead of allocating (and zeroing) a few hundred kilobytes per pair. Each thread has its own, so aligners
 * stay thread-safe; a caller must not hold an array across another call that takes the same kind of array.
 * Arrays larger than {@link #KEEP_LIMIT} elements are handed out fresh and not kept, so a thread keeps at
 * most a few megabytes however big the texts it aligned.
 */
final class Scratch {

    /** Largest array (in elements) kept for reuse. */
    static final int KEEP_LIMIT = 1 << 17;

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private long[] table = new long[0];
    private int[] next = new int[0];
    private int[] lastEnd = new int[0];
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private long[] ids = new long[0];
    private boolean[] word = new boolean[0];
    private long[] grams = new long[0];
    private int[] dp = new int[256];

    private Scratch() {
    }

    /** This thread's scratch arrays. */
    static Scratch get() {
        return LOCAL.get();
    }

    /** A zeroed long[] of at least n elements (hash table slots). */
    long[] table(int n) {
        if (n > KEEP_LIMIT) {
            return new long[n];
        }
        if (table.length < n) {
            table = new long[n];
        } else {
            Arrays.fill(table, 0, n, 0L);
        }
        return table;
    }

    /** An int[] of at least n elements with undefined contents (chain links, each written before read). */
    int[] next(int n) {
        if (n > KEEP_LIMIT) {
            return new int[n];
        }
        if (next.length < n) {
            next = new int[n];
        }
        return next;
    }

    /** A zeroed int[] of at least n elements (last run end per diagonal). */
    int[] lastEnd(int n) {
        if (n > KEEP_LIMIT) {
            return new int[n];
        }
        if (lastEnd.length < n) {
            lastEnd = new int[n];
        } else {
            Arrays.fill(lastEnd, 0, n, 0);
        }
        return lastEnd;
    }

    /** Token starts buffer of at least n elements, undefined contents (as are the four below). */
    int[] starts(int n) {
        return starts.length >= n ? starts : new int[n];
    }

    int[] ends(int n) {
        return ends.length >= n ? ends : new int[n];
    }

    long[] ids(int n) {
        return ids.length >= n ? ids : new long[n];
    }

    boolean[] word(int n) {
        return word.length >= n ? word : new boolean[n];
    }

    long[] grams(int n) {
        return grams.length >= n ? grams : new long[n];
    }

    /** Keeps the token buffers a tokenizing pass ended with (possibly grown) for the next one. */
    void keepTokens(int[] starts, int[] ends, long[] ids, boolean[] word, long[] grams) {
        if (starts.length <= KEEP_LIMIT) {
            this.starts = starts;
            this.ends = ends;
            this.ids = ids;
            this.word = word;
            this.grams = grams;
        }
    }

    /** An int[] of at least n elements with undefined contents (a small dynamic-programming table). */
    int[] dp(int n) {
        if (n > KEEP_LIMIT) {
            return new int[n];
        }
        if (dp.length < n) {
            dp = new int[n];
        }
        return dp;
    }
}
