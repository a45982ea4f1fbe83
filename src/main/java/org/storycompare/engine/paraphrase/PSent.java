package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence (or run of sentences) prepared for pairwise scoring: its tokens with their word info, the
 * indices of content words, its numbers, negation count and character-trigram profile. Immutable.
 */
final class PSent {

    /** Number of this sentence's content in a {@link MatchSession} (equal token surfaces, equal id), or -1. */
    final int id;
    /** Offsets of the occurrence this was built from (a shared sentence may occur elsewhere too). */
    final int start;
    final int end;
    final List<PWord> toks;
    final Lexicon.WordInfo[] info;
    /** Token indices of content words (not stop words). */
    final int[] content;
    /** Token indices of stop words. */
    final int[] stops;
    /** Specificity weight of each token (0 for stop words). */
    final double[] weight;
    final Set<String> numbers;
    final int negations;
    /** Hash of each token's stem. */
    final int[] stemHash;
    /** Sorted distinct hashes of stem bigrams and trigrams. */
    final long[] bigrams;
    final long[] trigrams;
    /** Stem n-gram hashes for n = 1..4 (index n - 1), sorted, repeats kept (for clipped n-gram precision). */
    final long[][] grams;
    /** Inverse document frequency of each content word's stem (0 for stop words). */
    final double[] idf;
    private final long[] charKeys;
    private final int[] charCounts;
    private final double charNorm;

    PSent(int start, int end, List<PWord> toks, Lexicon lex) {
        this(-1, start, end, toks, lex);
    }

    PSent(int id, int start, int end, List<PWord> toks, Lexicon lex) {
        this.id = id;
        this.start = start;
        this.end = end;
        this.toks = List.copyOf(toks);
        int n = toks.size();
        info = new Lexicon.WordInfo[n];
        weight = new double[n];
        idf = new double[n];
        IdfTable idfTable = IdfTable.shared();
        numbers = new HashSet<>();
        List<Integer> c = new ArrayList<>();
        int neg = 0;
        StringBuilder sb = new StringBuilder(" ");
        for (int i = 0; i < n; i++) {
            PWord t = toks.get(i);
            info[i] = lex.info(t.key(), t.number());
            if (t.number()) {
                numbers.add(t.key());
            }
            if (Lexicon.NEGATIONS.contains(t.key()) || t.key().endsWith("n't")) {
                neg++;
            }
            if (!info[i].stop()) {
                c.add(i);
                weight[i] = specificity(info[i], t);
                idf[i] = idfTable.idf(t.number() ? "" : info[i].stem());
            }
            sb.append(t.key()).append(' ');
        }
        content = c.stream().mapToInt(Integer::intValue).toArray();
        stops = java.util.stream.IntStream.range(0, n).filter(i -> info[i].stop()).toArray();
        negations = neg;
        stemHash = new int[n];
        for (int i = 0; i < n; i++) {
            stemHash[i] = info[i].stem().hashCode();
        }
        bigrams = ngrams(stemHash, 2);
        trigrams = ngrams(stemHash, 3);
        grams = new long[4][];
        for (int g = 1; g <= 4; g++) {
            grams[g - 1] = allNgrams(stemHash, g);
        }
        // Character trigrams of the lower-case token keys joined by spaces, as sorted keys with counts.
        long[] raw = new long[Math.max(0, sb.length() - 2)];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = ((long) sb.charAt(i) << 32) | ((long) sb.charAt(i + 1) << 16) | sb.charAt(i + 2);
        }
        java.util.Arrays.sort(raw);
        int distinct = 0;
        for (int i = 0; i < raw.length; i++) {
            distinct += i == 0 || raw[i] != raw[i - 1] ? 1 : 0;
        }
        charKeys = new long[distinct];
        charCounts = new int[distinct];
        int k = -1;
        for (int i = 0; i < raw.length; i++) {
            if (i == 0 || raw[i] != raw[i - 1]) {
                charKeys[++k] = raw[i];
            }
            charCounts[k]++;
        }
        double sq = 0;
        for (int v : charCounts) {
            sq += (double) v * v;
        }
        charNorm = Math.sqrt(sq);
    }

    /** Sorted distinct hashes of the n-grams of the stem sequence. */
    private static long[] ngrams(int[] h, int n) {
        return java.util.Arrays.stream(allNgrams(h, n)).distinct().toArray();
    }

    /** Sorted hashes of all n-grams of the stem sequence, repeats kept. */
    private static long[] allNgrams(int[] h, int n) {
        if (h.length < n) {
            return new long[0];
        }
        long[] out = new long[h.length - n + 1];
        for (int i = 0; i < out.length; i++) {
            long v = 17;
            for (int k = i; k < i + n; k++) {
                v = v * 1_000_003L + h[k];
            }
            out[i] = v;
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** Rare and unknown words (names, numbers) weigh more than frequent dictionary words. */
    private static double specificity(Lexicon.WordInfo w, PWord t) {
        if (t.number() || !w.inDictionary()) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.log1p(w.useCount()) / 4.0);
    }

    static PSent of(String text, Lexicon lex) {
        List<PWord> toks = PWord.words(text, 0, text.length());
        int s = toks.isEmpty() ? 0 : toks.get(0).start();
        int e = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end();
        return new PSent(s, e, toks, lex);
    }

    /** Two adjacent sentences read as one. */
    static PSent join(PSent x, PSent y, Lexicon lex) {
        List<PWord> all = new ArrayList<>(x.toks);
        all.addAll(y.toks);
        return new PSent(x.start, y.end, all, lex);
    }

    double trigramCosine(PSent o) {
        if (charNorm == 0 || o.charNorm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < charKeys.length && j < o.charKeys.length) {
            if (charKeys[i] == o.charKeys[j]) {
                dot += (double) charCounts[i++] * o.charCounts[j++];
            } else if (charKeys[i] < o.charKeys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (charNorm * o.charNorm);
    }

    /** Number of common elements of two sorted distinct arrays. */
    static int common(long[] x, long[] y) {
        int c = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                c++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }
}
