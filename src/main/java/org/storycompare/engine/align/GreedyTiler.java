package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.storycompare.engine.model.Cancellation;

/**
 * Seed-and-extend over hashed word n-grams, then greedy string tiling: every maximal common run of at
 * least k tokens (on any diagonal, so transpositions and repeats are found) is a candidate; the longest
 * are taken first (ties: earlier in A, then earlier in B), each token is used at most once per side, and a
 * partly occluded run is cut to its free pieces of at least k tokens and put back in line.
 */
final class GreedyTiler {

    /** An n-gram occurring more often than this in B is not used as a seed (runs still extend across it). */
    static final int MAX_SEED_OCCURRENCES = 64;

    private GreedyTiler() {
    }

    /** A common run: tokens [a, a+len) of A equal tokens [b, b+len) of B. */
    record Tile(int a, int b, int len) {
        int aEnd() {
            return a + len;
        }

        int bEnd() {
            return b + len;
        }
    }

    /** Result of tiling: the tiles sorted by A, and which tokens of each side they use. */
    record Tiling(List<Tile> tiles, boolean[] usedA, boolean[] usedB) {
    }

    static Tiling tile(TokenizedText a, TokenizedText b, int k, Cancellation cancel) {
        long[] ia = a.ids();
        long[] ib = b.ids();
        int na = ia.length;
        int nb = ib.length;
        if (na > MAX_TOKENS || nb > MAX_TOKENS) {
            throw new IllegalArgumentException("a text has more than " + MAX_TOKENS + " tokens");
        }
        if (na > 0 && na < k && Arrays.equals(ia, ib)) {
            // a whole text shorter than the minimum that equals the other whole text
            boolean[] usedA = new boolean[na];
            boolean[] usedB = new boolean[nb];
            List<Tile> tiles = new ArrayList<>();
            tiles.add(new Tile(0, 0, na));
            Arrays.fill(usedA, true);
            Arrays.fill(usedB, true);
            return new Tiling(tiles, usedA, usedB);
        }
        return tileKeys(maximalRuns(a, b, k, cancel), na, nb, k, cancel);
    }

    /** Greedy tiling of the given runs (sort keys) over texts of na and nb tokens. */
    static Tiling tileKeys(long[] runs, int na, int nb, int k, Cancellation cancel) {
        boolean[] usedA = new boolean[na];
        boolean[] usedB = new boolean[nb];
        // accepted tiles packed as (a, b, len), 21 bits each: sorting the longs sorts the tiles by A
        long[] taken = new long[Math.max(16, runs.length)];
        int count = 0;
        Arrays.sort(runs);
        PriorityQueue<Long> pieces = new PriorityQueue<>();
        int next = 0;
        int polled = 0;
        while (next < runs.length || !pieces.isEmpty()) {
            if ((++polled & 1023) == 0) {
                cancel.throwIfCancelled();
            }
            long key = pieces.isEmpty() || (next < runs.length && runs[next] < pieces.peek()) ? runs[next++]
                    : pieces.poll();
            int len = lenOf(key);
            int ta = aOf(key);
            int tb = bOf(key);
            boolean free = true;
            for (int o = 0; o < len && free; o++) {
                free = !usedA[ta + o] && !usedB[tb + o];
            }
            if (free) {
                Arrays.fill(usedA, ta, ta + len, true);
                Arrays.fill(usedB, tb, tb + len, true);
                if (count == taken.length) {
                    taken = Arrays.copyOf(taken, count * 2);
                }
                taken[count++] = ((long) ta << 42) | ((long) tb << 21) | len;
                continue;
            }
            int o = 0;
            while (o < len) {
                while (o < len && (usedA[ta + o] || usedB[tb + o])) {
                    o++;
                }
                int st = o;
                while (o < len && !usedA[ta + o] && !usedB[tb + o]) {
                    o++;
                }
                if (o - st >= k) {
                    pieces.add(key(ta + st, tb + st, o - st));
                }
            }
        }
        Arrays.sort(taken, 0, count);
        List<Tile> tiles = new ArrayList<>(count);
        for (int x = 0; x < count; x++) {
            long t = taken[x];
            tiles.add(new Tile((int) (t >>> 42), (int) (t >>> 21) & MAX_TOKENS, (int) t & MAX_TOKENS));
        }
        return new Tiling(tiles, usedA, usedB);
    }

    /** Most tokens per text: positions and lengths are packed into 21 bits each. */
    static final int MAX_TOKENS = (1 << 21) - 1;

    /** Sort key: longer first, then earlier in A, then earlier in B. */
    static long key(int a, int b, int len) {
        return ((long) (MAX_TOKENS - len) << 42) | ((long) a << 21) | b;
    }

    static int lenOf(long key) {
        return MAX_TOKENS - (int) (key >>> 42);
    }

    static int aOf(long key) {
        return (int) (key >>> 21) & MAX_TOKENS;
    }

    static int bOf(long key) {
        return (int) key & MAX_TOKENS;
    }

    /**
     * All maximal common runs of at least k tokens, found from shared n-gram seeds, as sort keys (unordered).
     * Every n-gram of A is looked up in an index of B's n-grams, except where a run already found covers that
     * n-gram and the n-gram occurs only once in B: then its one occurrence lies on that run's diagonal, which
     * is already done, so the lookup could not find anything new.
     */
    static long[] maximalRuns(TokenizedText a, TokenizedText b, int k, Cancellation cancel) {
        long[] ia = a.ids();
        long[] ib = b.ids();
        int na = a.size();
        int nb = b.size();
        long[] ga = a.grams();
        long[] gb = b.grams();
        int gna = a.gramCount();
        int gnb = b.gramCount();
        long[] out = new long[64];
        int count = 0;
        if (gna == 0 || gnb == 0) {
            return new long[0];
        }
        Scratch scratch = Scratch.get();
        GramIndex index = new GramIndex(gb, gnb, scratch);
        // lastEnd[d + nb]: end in A of the last run found on diagonal d = i - j
        int[] lastEnd = scratch.lastEnd(na + nb + 1);
        // the run that reaches furthest in A so far: diagonal (offset by nb) and end
        int runD = 0;
        int runEnd = 0;
        for (int i = 0; i < gna; i++) {
            if ((i & 1023) == 0) {
                cancel.throwIfCancelled();
            }
            if (i + k <= runEnd && index.alone(i - runD + nb)) {
                continue;
            }
            int slot = index.find(ga[i]);
            if (slot < 0 || index.count(slot) > MAX_SEED_OCCURRENCES) {
                continue;
            }
            for (int j = index.first(slot); j >= 0; j = index.next(j)) {
                int d = i - j + nb;
                if (lastEnd[d] > i) {
                    continue;
                }
                int s = i;
                int t = j;
                while (s > 0 && t > 0 && ia[s - 1] == ib[t - 1]) {
                    s--;
                    t--;
                }
                int e = i;
                int f = j;
                while (e < na && f < nb && ia[e] == ib[f]) {
                    e++;
                    f++;
                }
                if (e - s >= k) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = key(s, t, e - s);
                }
                lastEnd[d] = Math.max(e, i + 1);
                if (e > runEnd) {
                    runEnd = e;
                    runD = d;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Open-addressing table from n-gram hash to the chain of positions in B holding it (ascending). A slot is
     * one long: 0 when empty, else the hash's top 35 bits, the chain's length (saturating at 127) and its head
     * + 1; a matching slot is confirmed against the full hash of its head. Arrays come from {@link Scratch}.
     */
    static final class GramIndex {
        private static final int POS_BITS = 22;
        private static final long POS_MASK = (1L << POS_BITS) - 1;
        private static final int COUNT_SHIFT = POS_BITS;
        private static final int MAX_COUNT = 127;
        private static final int FP_SHIFT = 29;
        /** next[p] for the last position of a chain of two or more. */
        private static final int TAIL = -1;
        /** next[p] for a position whose n-gram occurs nowhere else. */
        private static final int ALONE = -2;

        private final long[] grams;
        private final long[] table;
        private final int[] next;
        private final int mask;

        GramIndex(long[] grams, int n, Scratch scratch) {
            this.grams = grams;
            // 1.5 to 3 slots per n-gram: short probe runs, and a table small enough to stay in cache
            int cap = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
            table = scratch.table(cap);
            mask = cap - 1;
            next = scratch.next(n);
            for (int p = n - 1; p >= 0; p--) {
                long h = grams[p];
                int slot = slotFor(h);
                long v = table[slot];
                if (v == 0) {
                    next[p] = ALONE;
                    table[slot] = (h >>> FP_SHIFT << FP_SHIFT) | (1L << COUNT_SHIFT) | (p + 1);
                } else {
                    int head = (int) (v & POS_MASK) - 1;
                    int count = Math.min(MAX_COUNT, (int) (v >>> COUNT_SHIFT & MAX_COUNT) + 1);
                    if (next[head] == ALONE) {
                        next[head] = TAIL;
                    }
                    next[p] = head;
                    table[slot] = (h >>> FP_SHIFT << FP_SHIFT) | ((long) count << COUNT_SHIFT) | (p + 1);
                }
            }
        }

        private int slotFor(long h) {
            long fp = h >>> FP_SHIFT;
            int s = spread(h) & mask;
            while (true) {
                long v = table[s];
                if (v == 0 || (v >>> FP_SHIFT == fp && grams[(int) (v & POS_MASK) - 1] == h)) {
                    return s;
                }
                s = (s + 1) & mask;
            }
        }

        private static int spread(long h) {
            long x = h * 0xC2B2AE3D27D4EB4FL;
            return (int) (x ^ (x >>> 32));
        }

        /** The slot holding h, or -1. */
        int find(long h) {
            int s = slotFor(h);
            return table[s] != 0 ? s : -1;
        }

        /** Length of the slot's chain (saturating at 127). */
        int count(int slot) {
            return (int) (table[slot] >>> COUNT_SHIFT & MAX_COUNT);
        }

        int first(int slot) {
            return (int) (table[slot] & POS_MASK) - 1;
        }

        int next(int position) {
            int n = next[position];
            return n < 0 ? -1 : n;
        }

        /** Whether the n-gram at position p occurs nowhere else in B. */
        boolean alone(int position) {
            return next[position] == ALONE;
        }
    }
}
