package org.storycompare.engine.paraphrase;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.storycompare.engine.model.Cancellation;

/**
 * Candidate generation without comparing all sentence pairs: every content word is indexed under its stem,
 * lemmas, 4-letter prefix (for garbled words), WordNet synsets and related synsets; two sentences are
 * candidates in proportion to how many words of A find a key in B. Each key has a dense number, and a word's
 * key numbers are found once per word ({@link Lexicon.WordInfo#indexKeys()}); the index of one side maps key
 * numbers to the bit set of that side's sentences holding them through per-thread arrays, without hashing.
 */
final class CandidateIndex {

    private static final long FORM = 1L << 60;
    private static final long PREFIX = 2L << 60;
    private static final ConcurrentHashMap<Long, Integer> KEY_IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private CandidateIndex() {
    }

    /** Per-thread arrays indexed by key number: stamp of the call that last used the key, its row of masks. */
    private static final class Scratch {
        int[] stamp = new int[0];
        int[] row = new int[0];
        long[] masks = new long[0];
        int current;
    }

    /** shared[i][j] = number of content words of as[i] that share a key with some word of bs[j]. */
    static int[][] sharedCounts(List<ParaphraseMatcher.Unit> as, List<ParaphraseMatcher.Unit> bs,
                                Cancellation cancel) {
        int nb = bs.size();
        int words = (nb + 63) >>> 6;
        Scratch sc = SCRATCH.get();
        int keys = NEXT_ID.get();
        if (sc.stamp.length < keys) {
            int cap = Math.max(keys, sc.stamp.length * 2);
            sc.stamp = Arrays.copyOf(sc.stamp, cap);
            sc.row = Arrays.copyOf(sc.row, cap);
        }
        if (++sc.current == Integer.MAX_VALUE) {
            Arrays.fill(sc.stamp, 0);
            sc.current = 1;
        }
        int cur = sc.current;
        int rows = 0;
        for (int j = 0; j < nb; j++) {
            PSent s = bs.get(j).sent();
            for (int t : s.content) {
                for (int k : s.info[t].indexKeys()) {
                    if (sc.stamp[k] != cur) {
                        sc.stamp[k] = cur;
                        sc.row[k] = rows++;
                        if (rows * words > sc.masks.length) {
                            sc.masks = Arrays.copyOf(sc.masks, Math.max(rows * words, sc.masks.length * 2));
                        }
                        for (int w = (rows - 1) * words; w < rows * words; w++) {
                            sc.masks[w] = 0L;
                        }
                    }
                    sc.masks[sc.row[k] * words + (j >>> 6)] |= 1L << (j & 63);
                }
            }
        }
        int[][] shared = new int[as.size()][nb];
        long[] hits = new long[words];
        for (int i = 0; i < as.size(); i++) {
            cancel.throwIfCancelled();
            PSent s = as.get(i).sent();
            int[] counts = shared[i];
            for (int t : s.content) {
                Arrays.fill(hits, 0L);
                for (int k : s.info[t].indexKeys()) {
                    if (k < keys && sc.stamp[k] == cur) {
                        int base = sc.row[k] * words;
                        for (int w = 0; w < words; w++) {
                            hits[w] |= sc.masks[base + w];
                        }
                    }
                }
                for (int w = 0; w < words; w++) {
                    long h = hits[w];
                    while (h != 0) {
                        counts[(w << 6) + Long.numberOfTrailingZeros(h)]++;
                        h &= h - 1;
                    }
                }
            }
        }
        return shared;
    }

    /** Dense numbers of the given keys (numbered on first sight, for the life of the JVM, like the word cache). */
    static int[] keyIds(long[] keys) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = KEY_IDS.computeIfAbsent(keys[i], k -> NEXT_ID.getAndIncrement());
        }
        return out;
    }

    /** The index keys of a word, sorted and distinct: its form, stem, lemmas, 4-letter prefix, synsets, related. */
    static long[] keys(String key, String stem, String[] lemmas, long[] synsets, long[] related) {
        long[] out = new long[3 + lemmas.length + synsets.length + related.length];
        int n = 0;
        out[n++] = FORM | (key.hashCode() & 0xffffffffL);
        out[n++] = FORM | (stem.hashCode() & 0xffffffffL);
        for (String l : lemmas) {
            out[n++] = FORM | (l.hashCode() & 0xffffffffL);
        }
        if (key.length() >= 5) {
            out[n++] = PREFIX | (key.substring(0, 4).hashCode() & 0xffffffffL);
        }
        for (long k : synsets) {
            out[n++] = k;
        }
        for (long k : related) {
            out[n++] = k;
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }
}
