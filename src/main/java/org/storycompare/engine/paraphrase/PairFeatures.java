package org.storycompare.engine.paraphrase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The feature vector of an aligned sentence pair (names in {@link #NAMES}): alignment coverage weighted by
 * specificity and by idf (Mihalcea, Corley and Strapparava 2006), n-gram overlap of stems (Dice, and clipped
 * 1-4-gram precision both ways as in BLEU, after Finch et al. 2005), character trigrams, length, word order,
 * and mismatch signals for numbers, names, negation and unaligned stretches.
 */
final class PairFeatures {

    static final String[] NAMES = {
        "weightedAlign", "weightedAlignMin", "contentAlign", "unalignedLog", "tokenDice", "bigramDice",
        "charTrigramCos", "lengthRatio", "numberMismatch", "negationMismatch", "trigramDice", "lcsRatio",
        "unalignedMassMax", "nameMismatch", "extraNumbersLog",
        "longestUnalignedRun", "bleuMin", "bleuMax", "idfAlign", "idfAlignMin", "idfUnalignedMax", "kendallTau",
        "contentLengthDiff", "unalignedMin", "unalignedDiff", "synonymLinksLog", "substantiveUnalignedLog"
    };

    /**
     * Words whose absence on the other side rarely changes what a news sentence says: attribution verbs,
     * weekdays and relative days, titles.
     */
    static final Set<String> INCIDENTAL = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "according", "stated", "statement", "announced", "reported", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "now", "then", "also",
            "mr", "ms", "mrs", "spokesman", "spokeswoman");

    private PairFeatures() {
    }

    static double[] of(PSent a, PSent b, List<PairScorer.Link> links, boolean[] usedA, boolean[] usedB) {
        double[] simA = new double[a.toks.size()];
        double[] simB = new double[b.toks.size()];
        int synonyms = 0;
        for (PairScorer.Link l : links) {
            simA[l.i()] = l.rel().sim;
            simB[l.j()] = l.rel().sim;
            synonyms += l.rel() == PairScorer.Rel.SYNONYM ? 1 : 0;
        }
        double wa = directional(a, simA, a.weight);
        double wb = directional(b, simB, b.weight);
        double ca = directional(a, simA, null);
        double cb = directional(b, simB, null);
        double ia = directional(a, simA, a.idf);
        double ib = directional(b, simB, b.idf);
        int unA = unaligned(a, usedA);
        int unB = unaligned(b, usedB);
        int na = a.toks.size();
        int nb = b.toks.size();
        double tokenDice = na + nb == 0 ? 0 : 2.0 * links.size() / (na + nb);
        double lcs = Math.max(na, nb) == 0 ? 0 : (double) lcs(a, b) / Math.max(na, nb);
        double massA = 0;
        double massB = 0;
        for (int i : a.content) {
            massA += usedA[i] ? 0 : a.weight[i];
        }
        for (int j : b.content) {
            massB += usedB[j] ? 0 : b.weight[j];
        }
        double lengthRatio = Math.max(na, nb) == 0 ? 0 : (double) Math.min(na, nb) / Math.max(na, nb);
        Set<String> union = new HashSet<>(a.numbers);
        union.addAll(b.numbers);
        int shared = 0;
        for (String s : a.numbers) {
            shared += b.numbers.contains(s) ? 1 : 0;
        }
        double numberMismatch = union.isEmpty() ? 0 : 1.0 - (double) shared / union.size();
        double negationMismatch = (a.negations > 0) != (b.negations > 0) ? 1 : 0;
        double bleuAB = bleu(a, b);
        double bleuBA = bleu(b, a);
        return new double[] {(wa + wb) / 2, Math.min(wa, wb), (ca + cb) / 2, Math.log1p(unA + unB), tokenDice,
            dice(a.bigrams, b.bigrams), a.trigramCosine(b), lengthRatio, numberMismatch, negationMismatch,
            dice(a.trigrams, b.trigrams), lcs, Math.max(massA, massB), nameMismatch(a, usedA, b, usedB),
            Math.log1p(union.size() - shared),
            Math.log1p(Math.max(longestRun(a, usedA), longestRun(b, usedB))), Math.min(bleuAB, bleuBA),
            Math.max(bleuAB, bleuBA), (ia + ib) / 2, Math.min(ia, ib),
            Math.max(unalignedIdfShare(a, usedA), unalignedIdfShare(b, usedB)), kendallTau(a, links),
            Math.log1p(Math.abs(a.content.length - b.content.length)), Math.log1p(Math.min(unA, unB)),
            Math.log1p(Math.abs(unA - unB)), Math.log1p(synonyms),
            Math.log1p(substantiveUnaligned(a, usedA) + substantiveUnaligned(b, usedB))};
    }

    /** Coverage of a side's content words by the alignment, each word weighted (w null: equally). */
    private static double directional(PSent s, double[] sim, double[] w) {
        double num = 0;
        double den = 0;
        for (int i : s.content) {
            double x = w == null ? 1.0 : w[i];
            num += x * sim[i];
            den += x;
        }
        return den == 0 ? 0 : num / den;
    }

    private static int unaligned(PSent s, boolean[] used) {
        int n = 0;
        for (int i : s.content) {
            n += used[i] ? 0 : 1;
        }
        return n;
    }

    private static int substantiveUnaligned(PSent s, boolean[] used) {
        int n = 0;
        for (int i : s.content) {
            n += !used[i] && !INCIDENTAL.contains(s.toks.get(i).key()) ? 1 : 0;
        }
        return n;
    }

    private static double unalignedIdfShare(PSent s, boolean[] used) {
        double num = 0;
        double den = 0;
        for (int i : s.content) {
            num += used[i] ? 0 : s.idf[i];
            den += s.idf[i];
        }
        return den == 0 ? 0 : num / den;
    }

    /** Smoothed geometric mean of the clipped 1..4-gram precisions of x's stems against y's (no brevity term). */
    private static double bleu(PSent x, PSent y) {
        double log = 0;
        for (int g = 0; g < 4; g++) {
            int total = Math.max(1, x.grams[g].length);
            log += Math.log((PSent.common(x.grams[g], y.grams[g]) + 1.0) / (total + 1.0));
        }
        return Math.exp(log / 4);
    }

    /** Kendall's tau of the positions of aligned content words (1 when fewer than two). */
    private static double kendallTau(PSent a, List<PairScorer.Link> links) {
        int conc = 0;
        int total = 0;
        for (int p = 0; p < links.size(); p++) {
            PairScorer.Link x = links.get(p);
            if (a.info[x.i()].stop()) {
                continue;
            }
            for (int q = p + 1; q < links.size(); q++) {
                PairScorer.Link z = links.get(q);
                if (!a.info[z.i()].stop()) {
                    conc += Integer.signum(x.i() - z.i()) * Integer.signum(x.j() - z.j()) > 0 ? 1 : 0;
                    total++;
                }
            }
        }
        return total == 0 ? 1 : 2.0 * conc / total - 1;
    }

    /** Most content words in a stretch of the sentence with no aligned content word. */
    private static int longestRun(PSent p, boolean[] used) {
        int best = 0;
        int run = 0;
        for (int i : p.content) {
            run = used[i] ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }

    private static double dice(long[] x, long[] y) {
        return x.length + y.length == 0 ? 0 : 2.0 * PSent.common(x, y) / (x.length + y.length);
    }

    /** Longest common subsequence of the two stem sequences, in tokens. */
    private static int lcs(PSent a, PSent b) {
        int n = a.toks.size();
        int m = b.toks.size();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a.stemHash[i - 1] == b.stemHash[j - 1] ? prev[j - 1] + 1
                        : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Share of capitalised words (not sentence-initial) left unaligned: differing names, places, outlets. */
    private static double nameMismatch(PSent a, boolean[] usedA, PSent b, boolean[] usedB) {
        int total = 0;
        int unaligned = 0;
        for (int i = 1; i < a.toks.size(); i++) {
            if (Character.isUpperCase(a.toks.get(i).surface().charAt(0)) && !a.info[i].stop()) {
                total++;
                unaligned += usedA[i] ? 0 : 1;
            }
        }
        for (int j = 1; j < b.toks.size(); j++) {
            if (Character.isUpperCase(b.toks.get(j).surface().charAt(0)) && !b.info[j].stop()) {
                total++;
                unaligned += usedB[j] ? 0 : 1;
            }
        }
        return total == 0 ? 0 : (double) unaligned / total;
    }
}
