package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-to-word alignment of two prepared sentences (Mihalcea et al. 2006 style: each content word is paired
 * with its most similar word on the other side, here one-to-one and greedily) and the pair's feature vector.
 */
final class PairScorer {

    /** How two words were paired. */
    enum Rel {
        SAME(1.0), STEM(1.0), SYNONYM(0.9), GARBLED(0.85), RELATED(0.75), NONE(0);

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

    static final String[] FEATURES = PairFeatures.NAMES;

    private static final Rel[] RELS = Rel.values();

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
        if ((a.synsetBits() & b.synsetBits()) != 0 && Lexicon.intersects(a.synsets(), b.synsets())) {
            return Rel.SYNONYM;
        }
        if ((a.synsetBits() & b.relatedBits()) != 0 && Lexicon.intersects(a.synsets(), b.related())
                || (b.synsetBits() & a.relatedBits()) != 0 && Lexicon.intersects(b.synsets(), a.related())) {
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
        return score(a, b, null);
    }

    /** As {@link #score(PSent, PSent)}, remembering word relations in memo (single-threaded; may be null). */
    static Scored score(PSent a, PSent b, RelMemo memo) {
        List<Link> links = new ArrayList<>();
        boolean[] usedA = new boolean[a.toks.size()];
        boolean[] usedB = new boolean[b.toks.size()];
        // Content words first, then stop words among what is left (exact/stem only). Each candidate link is
        // packed into one long (relation, position distance, i, j) so that sorting is by those in turn.
        LongList cands = new LongList();
        for (int i : a.content) {
            for (int j : b.content) {
                Rel r = memo == null ? relate(a.info[i], b.info[j], a.toks.get(i).number(), b.toks.get(j).number())
                        : memo.get(a, i, b, j);
                if (r != null && r != Rel.NONE) {
                    cands.add(pack(r, dist(i, a, j, b), i, j));
                }
            }
        }
        greedy(cands, usedA, usedB, links);
        int alignedContent = links.size();
        cands.clear();
        for (int i : a.stops) {
            if (usedA[i]) {
                continue;
            }
            for (int j : b.stops) {
                if (!usedB[j]) {
                    Rel r = relate(a.info[i], b.info[j], false, false);
                    if (r == Rel.SAME || r == Rel.STEM) {
                        cands.add(pack(r, dist(i, a, j, b), i, j));
                    }
                }
            }
        }
        greedy(cands, usedA, usedB, links);
        return new Scored(List.copyOf(links), PairFeatures.of(a, b, links, usedA, usedB), alignedContent);
    }

    private static long pack(Rel r, int dist, int i, int j) {
        return ((long) r.ordinal() << 50) | ((long) dist << 40) | ((long) i << 20) | j;
    }

    /** Relative position distance in 0..1000. */
    private static int dist(int i, PSent a, int j, PSent b) {
        double ri = a.toks.size() <= 1 ? 0 : (double) i / (a.toks.size() - 1);
        double rj = b.toks.size() <= 1 ? 0 : (double) j / (b.toks.size() - 1);
        return (int) Math.round(Math.abs(ri - rj) * 1000);
    }

    private static void greedy(LongList cands, boolean[] usedA, boolean[] usedB, List<Link> out) {
        long[] c = cands.sorted();
        for (long v : c) {
            int i = (int) ((v >>> 20) & 0xFFFFF);
            int j = (int) (v & 0xFFFFF);
            if (!usedA[i] && !usedB[j]) {
                usedA[i] = true;
                usedB[j] = true;
                out.add(new Link(i, j, RELS[(int) (v >>> 50)]));
            }
        }
    }

    /** A growable list of primitive longs. */
    private static final class LongList {
        private long[] data = new long[64];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void clear() {
            size = 0;
        }

        long[] sorted() {
            long[] c = java.util.Arrays.copyOf(data, size);
            java.util.Arrays.sort(c);
            return c;
        }
    }
}
