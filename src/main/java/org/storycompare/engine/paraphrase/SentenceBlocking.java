package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Corpus-wide blocking of sentence pairs: every distinct whole sentence of the comparison is indexed under
 * the signature of its content words (the candidate index's keys: forms, stems, lemmas, garble prefixes,
 * synsets and related synsets). Keys held by more than {@link #maxFrequency} sentences carry no meaning for
 * blocking and are left out; every other key weighs log(sentences / sentences holding it). Each sentence keeps
 * its {@link #PER_SENTENCE} partners with the most weighted shared signature, and a sentence pair may be
 * scored only when one of the two keeps the other: at most S x {@value #PER_SENTENCE} pairs for S distinct
 * sentences, however many articles repeat them. Sentences the index does not hold (parts of sentences cut by
 * an alignment region, sentences past the session's cache bound) are not blocked. Built in three steps:
 * {@link #of} (index, this thread), {@link #rank} per sentence (any thread), {@link #finish}. Deterministic:
 * sentences are numbered in the order of their words, not of their arrival.
 */
final class SentenceBlocking {

    /** Best partners kept per sentence. */
    static final int PER_SENTENCE = 24;

    private final PSent[] sents;
    /** Blocking number of each session sentence id, or -1. */
    private final int[] numberOfId;
    /** Keys of each sentence (dense key ids), in compressed-row form, and the sentences of each key. */
    private final int[] sentKeyStart;
    private final int[] sentKeys;
    private final int[] keySentStart;
    private final int[] keySents;
    private final double[] keyWeight;
    private final long[][] ranked;
    private final ThreadLocal<double[]> scores;
    private final ThreadLocal<int[]> touched;
    /** Sorted pair keys (lower number &lt;&lt; 32 | higher number) that may be scored, after {@link #finish}. */
    private long[] allowed;

    private SentenceBlocking(PSent[] sents, int[] numberOfId, int[] sentKeyStart, int[] sentKeys,
                             int[] keySentStart, int[] keySents, double[] keyWeight) {
        this.sents = sents;
        this.numberOfId = numberOfId;
        this.sentKeyStart = sentKeyStart;
        this.sentKeys = sentKeys;
        this.keySentStart = keySentStart;
        this.keySents = keySents;
        this.keyWeight = keyWeight;
        this.ranked = new long[sents.length][];
        int n = sents.length;
        this.scores = ThreadLocal.withInitial(() -> new double[n]);
        this.touched = ThreadLocal.withInitial(() -> new int[n]);
    }

    /** Keys held by more sentences than this are left out of blocking. */
    static int maxFrequency(int sentences) {
        return Math.max(50, sentences / 50);
    }

    /** The index of the session's distinct sentences (surface key to sentence). */
    static SentenceBlocking of(Map<String, PSent> distinct, int maxId) {
        List<Map.Entry<String, PSent>> entries = new ArrayList<>(distinct.entrySet());
        entries.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        int n = entries.size();
        PSent[] sents = new PSent[n];
        int[] numberOfId = new int[maxId + 1];
        Arrays.fill(numberOfId, -1);
        int[] keyDf = new int[64];
        int[] sentKeyStart = new int[n + 1];
        int[] keysOf = new int[256];
        int total = 0;
        for (int s = 0; s < n; s++) {
            PSent ps = entries.get(s).getValue();
            sents[s] = ps;
            if (ps.id >= 0 && ps.id <= maxId) {
                numberOfId[ps.id] = s;
            }
            int[] ks = signature(ps);
            if (total + ks.length > keysOf.length) {
                keysOf = Arrays.copyOf(keysOf, Math.max(total + ks.length, keysOf.length * 2));
            }
            for (int k : ks) {
                keysOf[total++] = k;
                if (k >= keyDf.length) {
                    keyDf = Arrays.copyOf(keyDf, Math.max(k + 1, keyDf.length * 2));
                }
                keyDf[k]++;
            }
            sentKeyStart[s + 1] = total;
        }
        int cap = maxFrequency(n);
        int[] keySentStart = new int[keyDf.length + 1];
        double[] weight = new double[keyDf.length];
        for (int k = 0; k < keyDf.length; k++) {
            boolean kept = keyDf[k] >= 2 && keyDf[k] <= cap && keyDf[k] < n;
            keySentStart[k + 1] = keySentStart[k] + (kept ? keyDf[k] : 0);
            weight[k] = kept ? Math.log((double) n / keyDf[k]) : 0;
        }
        int[] keySents = new int[keySentStart[keyDf.length]];
        int[] fill = Arrays.copyOf(keySentStart, keyDf.length);
        for (int s = 0; s < n; s++) {
            for (int p = sentKeyStart[s]; p < sentKeyStart[s + 1]; p++) {
                int k = keysOf[p];
                if (weight[k] > 0) {
                    keySents[fill[k]++] = s;
                }
            }
        }
        return new SentenceBlocking(sents, numberOfId, sentKeyStart, Arrays.copyOf(keysOf, total), keySentStart,
                keySents, weight);
    }

    /** The distinct candidate-index keys of a sentence's content words. */
    private static int[] signature(PSent s) {
        int count = 0;
        for (int t : s.content) {
            count += s.info[t].indexKeys().length;
        }
        int[] out = new int[count];
        int p = 0;
        for (int t : s.content) {
            for (int k : s.info[t].indexKeys()) {
                out[p++] = k;
            }
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** The number of sentences to {@link #rank}. */
    int size() {
        return sents.length;
    }

    /** Finds sentence s's best partners. Thread-safe (each s once). */
    void rank(int s) {
        double[] score = scores.get();
        int[] seen = touched.get();
        int nt = 0;
        for (int p = sentKeyStart[s]; p < sentKeyStart[s + 1]; p++) {
            int k = sentKeys[p];
            double w = keyWeight[k];
            if (w <= 0) {
                continue;
            }
            for (int q = keySentStart[k]; q < keySentStart[k + 1]; q++) {
                int o = keySents[q];
                if (o == s) {
                    continue;
                }
                if (score[o] == 0) {
                    seen[nt++] = o;
                }
                score[o] += w;
            }
        }
        // descending score, then ascending number
        long[] keys = new long[nt];
        for (int t = 0; t < nt; t++) {
            int o = seen[t];
            keys[t] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits((float) score[o])) << 32) | o;
            score[o] = 0;
        }
        Arrays.sort(keys);
        int m = Math.min(nt, PER_SENTENCE);
        long[] out = new long[m];
        for (int r = 0; r < m; r++) {
            int o = (int) keys[r];
            out[r] = ((long) Math.min(s, o) << 32) | Math.max(s, o);
        }
        ranked[s] = out;
    }

    /** Merges the ranked lists into the allowed pairs (after every sentence was ranked). */
    void finish() {
        int total = 0;
        for (long[] r : ranked) {
            total += r == null ? 0 : r.length;
        }
        long[] all = new long[total];
        int p = 0;
        for (int s = 0; s < ranked.length; s++) {
            if (ranked[s] != null) {
                System.arraycopy(ranked[s], 0, all, p, ranked[s].length);
                p += ranked[s].length;
                ranked[s] = null;
            }
        }
        Arrays.sort(all);
        allowed = Arrays.stream(all).distinct().toArray();
    }

    /** The number of sentence pairs that may be scored (after {@link #finish}). */
    int allowedPairs() {
        return allowed == null ? 0 : allowed.length;
    }

    /** Whether the pair may be scored: true unless both are indexed and neither keeps the other. */
    boolean allows(PSent a, PSent b) {
        int x = number(a);
        int y = number(b);
        if (x < 0 || y < 0 || allowed == null) {
            return true;
        }
        if (x == y) {
            return true;
        }
        long key = ((long) Math.min(x, y) << 32) | Math.max(x, y);
        return Arrays.binarySearch(allowed, key) >= 0;
    }

    private int number(PSent s) {
        return s.id >= 0 && s.id < numberOfId.length ? numberOfId[s.id] : -1;
    }
}
