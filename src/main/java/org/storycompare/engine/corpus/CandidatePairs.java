package org.storycompare.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.text.Stopwords;

/**
 * Chooses which pairs of a corpus are worth aligning, through inverted indexes, so that N articles do
 * not cost N(N-1)/2 alignments. A pair is eligible when it shares at least one word n-gram (shingle)
 * that is not boilerplate (found in more than {@link #maxDocumentFrequency(int)} documents), or, when
 * paraphrase search is on, at least {@link #MIN_SHARED_RARE_WORDS} rare content words. Each article then
 * keeps its {@link #PER_ARTICLE} best eligible partners by weighted shared signatures (each shared shingle and
 * rare word weighs its inverse document frequency), and the candidates are the union of these lists: at most
 * N x {@value #PER_ARTICLE} pairs, linear in the corpus however many versions repeat one text.
 */
public final class CandidatePairs {

    /** Fewest shared rare content words that make a paraphrase candidate. */
    public static final int MIN_SHARED_RARE_WORDS = 6;
    /** Best partners kept per article; a pair is aligned when either article keeps the other. */
    public static final int PER_ARTICLE = 40;

    private static final int DOC_BITS = 20;

    private final int docs;
    private final InvertedIndex shingles;
    private final InvertedIndex rare;
    private final int perArticle;
    private final ThreadLocal<Scratch> scratch;

    private CandidatePairs(int docs, InvertedIndex shingles, InvertedIndex rare, int perArticle) {
        this.docs = docs;
        this.shingles = shingles;
        this.rare = rare;
        this.perArticle = perArticle;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(docs));
    }

    /** A candidate pair a &lt; b (indexes into the corpus) and what they share. */
    public record Pair(int a, int b, int sharedShingles, int sharedRareWords) {
    }

    /** Shingles found in more documents than this are boilerplate and do not make candidates. */
    public static int maxDocumentFrequency(int docs) {
        return Math.max(50, docs / 10);
    }

    /** Words found in more documents than this are not rare. */
    static int maxRareFrequency(int docs) {
        return Math.max(2, docs / 50);
    }

    /** Candidate pairs in (a, b) order, {@link #PER_ARTICLE} partners per article, on this thread. */
    public static List<Pair> find(List<TokenizedText> docs, boolean paraphrase, Cancellation cancel) {
        CandidatePairs index = index(docs, paraphrase, PER_ARTICLE, cancel);
        List<int[]> lists = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            cancel.throwIfCancelled();
            lists.add(index.partners(i));
        }
        return index.union(lists);
    }

    /** The indexes of a corpus (the sequential part); then {@link #partners} per article, on any thread. */
    public static CandidatePairs index(List<TokenizedText> docs, boolean paraphrase, int perArticle,
                                       Cancellation cancel) {
        return index(docs, paraphrase, perArticle, cancel, null);
    }

    /**
     * As above, building the rare-word index on {@code pool} (when given) while this thread builds the shingle
     * index, so that both cores work.
     */
    public static CandidatePairs index(List<TokenizedText> docs, boolean paraphrase, int perArticle,
                                       Cancellation cancel, java.util.concurrent.ExecutorService pool) {
        int n = docs.size();
        if (n >= 1 << DOC_BITS) {
            throw new IllegalArgumentException("too many articles: " + n);
        }
        java.util.concurrent.Future<InvertedIndex> rareLater = paraphrase && pool != null
                ? pool.submit(() -> rareWordIndex(docs, cancel)) : null;
        InvertedIndex shingles = shingleIndex(docs, cancel);
        InvertedIndex rare = !paraphrase ? null : rareLater == null ? rareWordIndex(docs, cancel) : Await.result(rareLater);
        return new CandidatePairs(n, shingles, rare, Math.max(1, perArticle));
    }

    /** Per-thread arrays indexed by document. */
    private static final class Scratch {
        final double[] weight;
        final int[] shared;
        final int[] sharedRare;
        final int[] stamp;
        final int[] touched;
        int current;

        Scratch(int docs) {
            weight = new double[docs];
            shared = new int[docs];
            sharedRare = new int[docs];
            stamp = new int[docs];
            touched = new int[docs];
        }
    }

    /**
     * Article i's best eligible partners (any index but i), as (partner, shared shingles, shared rare words)
     * triples, best first (ties: lower index first). Thread-safe.
     */
    public int[] partners(int i) {
        Scratch sc = scratch.get();
        int cur = ++sc.current;
        int nt = shingles.countPartners(i, sc.shared, sc.weight, sc.stamp, cur, sc.touched, 0);
        if (rare != null) {
            nt = rare.countPartners(i, sc.sharedRare, sc.weight, sc.stamp, cur, sc.touched, nt);
        }
        long[] ranked = new long[nt];
        int m = 0;
        for (int t = 0; t < nt; t++) {
            int j = sc.touched[t];
            if (sc.shared[j] > 0 || sc.sharedRare[j] >= MIN_SHARED_RARE_WORDS) {
                // descending weight, then ascending index: weight's float bits above the index
                long w = Float.floatToIntBits((float) sc.weight[j]);
                ranked[m++] = ((Long.MAX_VALUE >>> DOC_BITS) - w) << DOC_BITS | j;
            }
        }
        Arrays.sort(ranked, 0, m);
        int k = Math.min(m, perArticle);
        int[] out = new int[3 * k];
        for (int r = 0; r < k; r++) {
            int j = (int) (ranked[r] & ((1 << DOC_BITS) - 1));
            out[3 * r] = j;
            out[3 * r + 1] = sc.shared[j];
            out[3 * r + 2] = sc.sharedRare[j];
        }
        for (int t = 0; t < nt; t++) {
            int j = sc.touched[t];
            sc.shared[j] = 0;
            sc.sharedRare[j] = 0;
            sc.weight[j] = 0;
        }
        return out;
    }

    /** The union of the articles' partner lists (list i from {@link #partners}(i)) as pairs in (a, b) order. */
    public List<Pair> union(List<int[]> lists) {
        int total = 0;
        for (int[] l : lists) {
            total += l.length / 3;
        }
        long[] keys = new long[total];
        int p = 0;
        for (int i = 0; i < lists.size(); i++) {
            int[] l = lists.get(i);
            for (int r = 0; r < l.length; r += 3) {
                keys[p++] = ((long) Math.min(i, l[r]) << 32) | Math.max(i, l[r]);
            }
        }
        Arrays.sort(keys);
        List<Pair> out = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            if (k > 0 && keys[k] == keys[k - 1]) {
                continue;
            }
            int a = (int) (keys[k] >>> 32);
            int b = (int) keys[k];
            int[] l = lists.get(a);
            int r = 0;
            while (r < l.length && l[r] != b) {
                r += 3;
            }
            if (r >= l.length) {
                l = lists.get(b);
                r = 0;
                while (l[r] != a) {
                    r += 3;
                }
            }
            out.add(new Pair(a, b, l[r + 1], l[r + 2]));
        }
        return out;
    }

    /** The number of articles indexed. */
    public int size() {
        return docs;
    }

    private static InvertedIndex shingleIndex(List<TokenizedText> docs, Cancellation cancel) {
        int total = 0;
        for (TokenizedText d : docs) {
            total += d.gramCount();
        }
        long[] keys = new long[total];
        int p = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            TokenizedText d = docs.get(doc);
            for (int g = 0; g < d.gramCount(); g++) {
                keys[p++] = (d.gramHash(g) << DOC_BITS) | doc;
            }
        }
        cancel.throwIfCancelled();
        return InvertedIndex.fromKeys(keys, p, docs.size(), maxDocumentFrequency(docs.size()), cancel);
    }

    private static InvertedIndex rareWordIndex(List<TokenizedText> docs, Cancellation cancel) {
        int total = 0;
        for (TokenizedText d : docs) {
            total += d.size();
        }
        long[] keys = new long[total];
        int p = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            TokenizedText d = docs.get(doc);
            for (int t = 0; t < d.size(); t++) {
                String w = d.normalised(t);
                if (w.length() >= 4 && d.isWord(t) && Character.isLetter(w.charAt(0))
                        && !Stopwords.isStopword(w)) {
                    keys[p++] = (d.id(t) << DOC_BITS) | doc;
                }
            }
        }
        cancel.throwIfCancelled();
        return InvertedIndex.fromKeys(keys, p, docs.size(), maxRareFrequency(docs.size()), cancel);
    }

    /** Postings lists of keys shared by 2..maxDf documents, in compressed-row form both ways. */
    static final class InvertedIndex {
        final int[] groupStart;
        final int[] groupDocs;
        final int[] docStart;
        final int[] docGroups;
        /** Weight of each key: the log of the number of documents over the key's document frequency. */
        final double[] weight;

        private InvertedIndex(int[] groupStart, int[] groupDocs, int[] docStart, int[] docGroups, int docs) {
            this.groupStart = groupStart;
            this.groupDocs = groupDocs;
            this.docStart = docStart;
            this.docGroups = docGroups;
            weight = new double[groupStart.length - 1];
            for (int g = 0; g < weight.length; g++) {
                weight[g] = Math.log((double) docs / (groupStart[g + 1] - groupStart[g])) + 1e-3;
            }
        }

        /** keys: (key &lt;&lt; DOC_BITS) | doc; sorted here (cancellable), duplicates removed. */
        static InvertedIndex fromKeys(long[] keys, int len, int docs, int maxDf, Cancellation cancel) {
            BucketSort.sort(keys, len, cancel);
            int[] gs = new int[len / 2 + 2];
            int[] gd = new int[len];
            int groups = 0;
            int postings = 0;
            int i = 0;
            while (i < len) {
                long key = keys[i] >>> DOC_BITS;
                int j = i;
                int start = postings;
                int lastDoc = -1;
                while (j < len && keys[j] >>> DOC_BITS == key) {
                    int doc = (int) (keys[j] & ((1 << DOC_BITS) - 1));
                    if (doc != lastDoc) {
                        gd[postings++] = doc;
                        lastDoc = doc;
                    }
                    j++;
                }
                int df = postings - start;
                if (df < 2 || df > maxDf) {
                    postings = start;
                } else {
                    gs[groups++] = start;
                }
                i = j;
            }
            gs[groups] = postings;
            int[] groupStart = Arrays.copyOf(gs, groups + 1);
            int[] perDoc = new int[docs + 1];
            for (int p = 0; p < postings; p++) {
                perDoc[gd[p] + 1]++;
            }
            for (int d = 0; d < docs; d++) {
                perDoc[d + 1] += perDoc[d];
            }
            int[] fill = Arrays.copyOf(perDoc, docs);
            int[] docGroups = new int[postings];
            for (int g = 0; g < groups; g++) {
                for (int p = groupStart[g]; p < groupStart[g + 1]; p++) {
                    docGroups[fill[gd[p]]++] = g;
                }
            }
            return new InvertedIndex(groupStart, Arrays.copyOf(gd, postings), perDoc, docGroups, docs);
        }

        /**
         * Adds, for every document j != doc sharing a key with doc, one per shared key to counts[j] and the
         * key's weight (log of docs over its document frequency) to weights[j]; records each j not yet
         * stamped with {@code stamp} in touched from position nt; returns the new touched length.
         */
        int countPartners(int doc, int[] counts, double[] weights, int[] stamps, int stamp, int[] touched, int nt) {
            for (int p = docStart[doc]; p < docStart[doc + 1]; p++) {
                int g = docGroups[p];
                double w = weight[g];
                for (int q = groupStart[g]; q < groupStart[g + 1]; q++) {
                    int j = groupDocs[q];
                    if (j != doc) {
                        if (stamps[j] != stamp) {
                            stamps[j] = stamp;
                            touched[nt++] = j;
                        }
                        counts[j]++;
                        weights[j] += w;
                    }
                }
            }
            return nt;
        }
    }
}
