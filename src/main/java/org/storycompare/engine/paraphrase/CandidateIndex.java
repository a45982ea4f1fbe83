package org.storycompare.engine.paraphrase;

import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.model.Cancellation;

/**
 * Candidate generation without comparing all sentence pairs: every content word is indexed under its stem,
 * lemmas, 4-letter prefix (for garbled words), WordNet synsets and related synsets; two sentences are
 * candidates in proportion to how many words of A find a key in B. A word's keys are computed once per word
 * ({@link Lexicon.WordInfo#indexKeys()}); the index of one side is an open-addressing table from key to the
 * bit set of that side's sentences holding it.
 */
final class CandidateIndex {

    private static final long FORM = 1L << 60;
    private static final long PREFIX = 2L << 60;
    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] slots;
    private final long[] masks;
    private final int words;
    private final int mask;

    private CandidateIndex(int expected, int words) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        this.slots = new long[cap];
        Arrays.fill(slots, EMPTY);
        this.words = words;
        this.masks = new long[cap * words];
        this.mask = cap - 1;
    }

    /** shared[i][j] = number of content words of as[i] that share a key with some word of bs[j]. */
    static int[][] sharedCounts(List<ParaphraseMatcher.Unit> as, List<ParaphraseMatcher.Unit> bs,
                                Cancellation cancel) {
        int nb = bs.size();
        int expected = 0;
        for (ParaphraseMatcher.Unit u : bs) {
            for (int t : u.sent().content) {
                expected += u.sent().info[t].indexKeys().length;
            }
        }
        CandidateIndex index = new CandidateIndex(expected, (nb + 63) >>> 6);
        for (int j = 0; j < nb; j++) {
            PSent s = bs.get(j).sent();
            for (int t : s.content) {
                for (long k : s.info[t].indexKeys()) {
                    index.set(k, j);
                }
            }
        }
        int[][] shared = new int[as.size()][nb];
        long[] hits = new long[index.words];
        for (int i = 0; i < as.size(); i++) {
            cancel.throwIfCancelled();
            PSent s = as.get(i).sent();
            int[] row = shared[i];
            for (int t : s.content) {
                Arrays.fill(hits, 0L);
                for (long k : s.info[t].indexKeys()) {
                    index.or(k, hits);
                }
                for (int w = 0; w < hits.length; w++) {
                    long h = hits[w];
                    while (h != 0) {
                        row[(w << 6) + Long.numberOfTrailingZeros(h)]++;
                        h &= h - 1;
                    }
                }
            }
        }
        return shared;
    }

    private int slot(long key) {
        int h = (int) (key ^ (key >>> 29) ^ (key >>> 47)) * 0x9E3779B9;
        int p = (h ^ (h >>> 16)) & mask;
        while (slots[p] != EMPTY && slots[p] != key) {
            p = (p + 1) & mask;
        }
        return p;
    }

    private void set(long key, int j) {
        int p = slot(key);
        slots[p] = key;
        masks[p * words + (j >>> 6)] |= 1L << (j & 63);
    }

    private void or(long key, long[] into) {
        int p = slot(key);
        if (slots[p] == key) {
            for (int w = 0; w < words; w++) {
                into[w] |= masks[p * words + w];
            }
        }
    }

    /** The index keys of a word: its form, stem, lemmas, 4-letter prefix, synsets and related synsets. */
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
