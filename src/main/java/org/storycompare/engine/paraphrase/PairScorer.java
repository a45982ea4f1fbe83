package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word-to-word alignment of two prepared sentences (Mihalcea et al. 2006 style: each content word is paired
 * with its most similar word on the other side, here one-to-one and greedily) and the pair's feature vector.
 */
final class PairScorer {

    /** How two words were paired. */
    enum Rel {
        SAME(1.0), STEM(1.0), SYNONYM(0.9), GARBLED(0.85), RELATED(0.75);

        final double sim;

        Rel(double sim) {
            this.sim = sim;
        }
    }

    /** One aligned word pair: token indices into the two sentences. */
    record Link(int i, int j, Rel rel) {
    }

    /** Alignment result and features of one pair. */
    record Scored(List<Link> links, double[] features, int alignedContent) {
    }

    static final String[] FEATURES = {
        "weightedAlign", "weightedAlignMin", "contentAlign", "unalignedLog", "tokenDice", "bigramDice",
        "charTrigramCos", "lengthRatio", "numberMismatch", "negationMismatch", "trigramDice", "lcsRatio",
        "unalignedMassMax", "nameMismatch", "extraNumbersLog"
    };

    private PairScorer() {
    }

    /** The relation of two words, or null when unrelated. */
    static Rel relate(Lexicon.WordInfo a, Lexicon.WordInfo b, boolean numA, boolean numB) {
        if (a.key().equals(b.key())) {
            return Rel.SAME;
        }
        if (numA || numB) {
            return null;
        }
        if (a.stem().equals(b.stem()) || sharesLemma(a, b)) {
            return Rel.STEM;
        }
        if (a.stop() || b.stop()) {
            return null;
        }
        if (Lexicon.intersects(a.synsets(), b.synsets())) {
            return Rel.SYNONYM;
        }
        if (Lexicon.intersects(a.synsets(), b.related()) || Lexicon.intersects(b.synsets(), a.related())) {
            return Rel.RELATED;
        }
        if (looksGarbled(a, b)) {
            return Rel.GARBLED;
        }
        return null;
    }

    private static boolean sharesLemma(Lexicon.WordInfo a, Lexicon.WordInfo b) {
        for (String x : a.lemmas()) {
            for (String y : b.lemmas()) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A misspelling of the other word: not both dictionary words, and within 1 (2 for long words) edits. */
    static boolean looksGarbled(Lexicon.WordInfo a, Lexicon.WordInfo b) {
        String x = a.key();
        String y = b.key();
        int lx = x.length();
        int ly = y.length();
        if (lx < 4 || ly < 4 || (a.inDictionary() && b.inDictionary())) {
            return false;
        }
        int max = Math.max(lx, ly) >= 8 ? 2 : 1;
        return Math.abs(lx - ly) <= max && osa(x, y, max) <= max;
    }

    /** Optimal-string-alignment distance, stopping early once it exceeds max. */
    static int osa(String x, String y, int max) {
        int n = x.length();
        int m = y.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Aligns the two sentences and computes the features named in {@link #FEATURES}. */
    static Scored score(PSent a, PSent b) {
        List<Link> links = new ArrayList<>();
        boolean[] usedA = new boolean[a.toks.size()];
        boolean[] usedB = new boolean[b.toks.size()];
        // Content words first, then stop words among what is left (exact/stem only).
        List<long[]> cands = new ArrayList<>();
        for (int i : a.content) {
            for (int j : b.content) {
                Rel r = relate(a.info[i], b.info[j], a.toks.get(i).number(), b.toks.get(j).number());
                if (r != null) {
                    cands.add(new long[] {r.ordinal(), dist(i, a, j, b), i, j});
                }
            }
        }
        greedy(cands, a, b, usedA, usedB, links);
        int alignedContent = links.size();
        cands.clear();
        for (int i = 0; i < a.toks.size(); i++) {
            if (usedA[i] || !a.info[i].stop()) {
                continue;
            }
            for (int j = 0; j < b.toks.size(); j++) {
                if (!usedB[j] && b.info[j].stop()) {
                    Rel r = relate(a.info[i], b.info[j], false, false);
                    if (r == Rel.SAME || r == Rel.STEM) {
                        cands.add(new long[] {r.ordinal(), dist(i, a, j, b), i, j});
                    }
                }
            }
        }
        greedy(cands, a, b, usedA, usedB, links);
        return new Scored(List.copyOf(links), features(a, b, links, usedA, usedB), alignedContent);
    }

    private static long dist(int i, PSent a, int j, PSent b) {
        double ri = a.toks.size() <= 1 ? 0 : (double) i / (a.toks.size() - 1);
        double rj = b.toks.size() <= 1 ? 0 : (double) j / (b.toks.size() - 1);
        return Math.round(Math.abs(ri - rj) * 1000);
    }

    private static void greedy(List<long[]> cands, PSent a, PSent b, boolean[] usedA, boolean[] usedB,
                               List<Link> out) {
        cands.sort((p, q) -> {
            for (int k = 0; k < 4; k++) {
                int c = Long.compare(p[k], q[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Rel[] rels = Rel.values();
        for (long[] c : cands) {
            int i = (int) c[2];
            int j = (int) c[3];
            if (!usedA[i] && !usedB[j]) {
                usedA[i] = true;
                usedB[j] = true;
                out.add(new Link(i, j, rels[(int) c[0]]));
            }
        }
    }

    private static double[] features(PSent a, PSent b, List<Link> links, boolean[] usedA, boolean[] usedB) {
        double[] simA = new double[a.toks.size()];
        double[] simB = new double[b.toks.size()];
        for (Link l : links) {
            simA[l.i()] = l.rel().sim;
            simB[l.j()] = l.rel().sim;
        }
        double wa = directional(a, simA, true);
        double wb = directional(b, simB, true);
        double ca = directional(a, simA, false);
        double cb = directional(b, simB, false);
        int unaligned = 0;
        for (int i : a.content) {
            unaligned += usedA[i] ? 0 : 1;
        }
        for (int j : b.content) {
            unaligned += usedB[j] ? 0 : 1;
        }
        int na = a.toks.size();
        int nb = b.toks.size();
        double tokenDice = na + nb == 0 ? 0 : 2.0 * links.size() / (na + nb);
        double bigramDice = dice(ngrams(a, 2), ngrams(b, 2));
        double trigramDice = dice(ngrams(a, 3), ngrams(b, 3));
        double lcs = Math.max(na, nb) == 0 ? 0 : (double) lcs(a, b) / Math.max(na, nb);
        double massA = 0;
        double massB = 0;
        for (int i : a.content) {
            massA += usedA[i] ? 0 : a.weight[i];
        }
        for (int j : b.content) {
            massB += usedB[j] ? 0 : b.weight[j];
        }
        double names = nameMismatch(a, usedA, b, usedB);
        double lengthRatio = Math.max(na, nb) == 0 ? 0 : (double) Math.min(na, nb) / Math.max(na, nb);
        Set<String> union = new HashSet<>(a.numbers);
        union.addAll(b.numbers);
        int shared = 0;
        for (String s : a.numbers) {
            shared += b.numbers.contains(s) ? 1 : 0;
        }
        double numberMismatch = union.isEmpty() ? 0 : 1.0 - (double) shared / union.size();
        int extraNumbers = union.size() - shared;
        double negationMismatch = (a.negations > 0) != (b.negations > 0) ? 1 : 0;
        return new double[] {(wa + wb) / 2, Math.min(wa, wb), (ca + cb) / 2, Math.log1p(unaligned), tokenDice,
            bigramDice, a.trigramCosine(b), lengthRatio, numberMismatch, negationMismatch, trigramDice, lcs,
            Math.max(massA, massB), names, Math.log1p(extraNumbers)};
    }

    private static double directional(PSent s, double[] sim, boolean weighted) {
        double num = 0;
        double den = 0;
        for (int i : s.content) {
            double w = weighted ? s.weight[i] : 1.0;
            num += w * sim[i];
            den += w;
        }
        return den == 0 ? 0 : num / den;
    }

    /** N-grams of stems over all tokens, so word order and function words count. */
    private static Set<String> ngrams(PSent s, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= s.toks.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                sb.append(s.info[k].stem()).append(' ');
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static double dice(Set<String> x, Set<String> y) {
        int common = 0;
        for (String s : x) {
            common += y.contains(s) ? 1 : 0;
        }
        return x.size() + y.size() == 0 ? 0 : 2.0 * common / (x.size() + y.size());
    }

    /** Longest common subsequence of the two stem sequences, in tokens. */
    private static int lcs(PSent a, PSent b) {
        int n = a.toks.size();
        int m = b.toks.size();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a.info[i - 1].stem().equals(b.info[j - 1].stem()) ? prev[j - 1] + 1
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
