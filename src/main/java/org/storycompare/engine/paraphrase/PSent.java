package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence (or run of sentences) prepared for pairwise scoring: its tokens with their word info, the
 * indices of content words, its numbers, negation count and character-trigram profile. Immutable.
 */
final class PSent {

    final int start;
    final int end;
    final List<PText.Tok> toks;
    final Lexicon.WordInfo[] info;
    /** Token indices of content words (not stop words). */
    final int[] content;
    /** Specificity weight of each token (0 for stop words). */
    final double[] weight;
    final Set<String> numbers;
    final int negations;
    final Map<String, Integer> trigrams;
    final double trigramNorm;

    PSent(int start, int end, List<PText.Tok> toks, Lexicon lex) {
        this.start = start;
        this.end = end;
        this.toks = List.copyOf(toks);
        int n = toks.size();
        info = new Lexicon.WordInfo[n];
        weight = new double[n];
        numbers = new HashSet<>();
        List<Integer> c = new ArrayList<>();
        int neg = 0;
        StringBuilder sb = new StringBuilder(" ");
        for (int i = 0; i < n; i++) {
            PText.Tok t = toks.get(i);
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
            }
            sb.append(t.key()).append(' ');
        }
        content = c.stream().mapToInt(Integer::intValue).toArray();
        negations = neg;
        trigrams = new HashMap<>();
        for (int i = 0; i + 3 <= sb.length(); i++) {
            trigrams.merge(sb.substring(i, i + 3), 1, Integer::sum);
        }
        double sq = 0;
        for (int v : trigrams.values()) {
            sq += (double) v * v;
        }
        trigramNorm = Math.sqrt(sq);
    }

    /** Rare and unknown words (names, numbers) weigh more than frequent dictionary words. */
    private static double specificity(Lexicon.WordInfo w, PText.Tok t) {
        if (t.number() || !w.inDictionary()) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.log1p(w.useCount()) / 4.0);
    }

    static PSent of(String text, Lexicon lex) {
        List<PText.Tok> toks = PText.tokens(text, 0, text.length());
        int s = toks.isEmpty() ? 0 : toks.get(0).start();
        int e = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end();
        return new PSent(s, e, toks, lex);
    }

    /** Two adjacent sentences read as one. */
    static PSent join(PSent x, PSent y, Lexicon lex) {
        List<PText.Tok> all = new ArrayList<>(x.toks);
        all.addAll(y.toks);
        return new PSent(x.start, y.end, all, lex);
    }

    double trigramCosine(PSent o) {
        if (trigramNorm == 0 || o.trigramNorm == 0) {
            return 0;
        }
        Map<String, Integer> small = trigrams.size() <= o.trigrams.size() ? trigrams : o.trigrams;
        Map<String, Integer> big = small == trigrams ? o.trigrams : trigrams;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer v = big.get(e.getKey());
            if (v != null) {
                dot += (double) v * e.getValue();
            }
        }
        return dot / (trigramNorm * o.trigramNorm);
    }
}
