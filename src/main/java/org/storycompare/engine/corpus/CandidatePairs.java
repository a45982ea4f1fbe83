package org.storycompare.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.text.Stopwords;

/**
 * Chooses which pairs of a corpus are worth aligning, through inverted indexes, so that N articles do
 * not cost N(N-1)/2 alignments. A pair is a candidate when it shares at least one word n-gram (shingle)
 * that is not boilerplate (found in more than {@link #maxDocumentFrequency(int)} documents), or, when
 * paraphrase search is on, at least {@link #MIN_SHARED_RARE_WORDS} rare content words.
 */
public final class CandidatePairs {

    /** Fewest shared rare content words that make a paraphrase candidate. */
    public static final int MIN_SHARED_RARE_WORDS = 6;

    private static final int DOC_BITS = 20;

    private CandidatePairs() {
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

    /** Candidate pairs in (a, b) order. */
    public static List<Pair> find(List<TokenizedText> docs, boolean paraphrase, Cancellation cancel) {
        int n = docs.size();
        if (n >= 1 << DOC_BITS) {
            throw new IllegalArgumentException("too many articles: " + n);
        }
        InvertedIndex shingles = shingleIndex(docs, cancel);
        InvertedIndex rare = paraphrase ? rareWordIndex(docs, cancel) : null;
        List<Pair> out = new ArrayList<>();
        int[] shared = new int[n];
        int[] sharedRare = new int[n];
        int[] touched = new int[n];
        int[] stamp = new int[n];
        for (int i = 0; i < n; i++) {
            cancel.throwIfCancelled();
            int nt = shingles.countPartners(i, shared, stamp, touched, 0);
            if (rare != null) {
                nt = rare.countPartners(i, sharedRare, stamp, touched, nt);
            }
            Arrays.sort(touched, 0, nt);
            for (int t = 0; t < nt; t++) {
                int j = touched[t];
                if (shared[j] > 0 || sharedRare[j] >= MIN_SHARED_RARE_WORDS) {
                    out.add(new Pair(i, j, shared[j], sharedRare[j]));
                }
                shared[j] = 0;
                sharedRare[j] = 0;
            }
        }
        return out;
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
        return InvertedIndex.fromKeys(keys, p, docs.size(), maxDocumentFrequency(docs.size()));
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
        return InvertedIndex.fromKeys(keys, p, docs.size(), maxRareFrequency(docs.size()));
    }

    /** Postings lists of keys shared by 2..maxDf documents, in compressed-row form both ways. */
    static final class InvertedIndex {
        final int[] groupStart;
        final int[] groupDocs;
        final int[] docStart;
        final int[] docGroups;

        private InvertedIndex(int[] groupStart, int[] groupDocs, int[] docStart, int[] docGroups) {
            this.groupStart = groupStart;
            this.groupDocs = groupDocs;
            this.docStart = docStart;
            this.docGroups = docGroups;
        }

        /** keys: (key &lt;&lt; DOC_BITS) | doc; sorted here, duplicates removed. */
        static InvertedIndex fromKeys(long[] keys, int len, int docs, int maxDf) {
            Arrays.sort(keys, 0, len);
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
            return new InvertedIndex(groupStart, Arrays.copyOf(gd, postings), perDoc, docGroups);
        }

        /**
         * Adds, for every document j &gt; doc sharing a key with doc, one per shared key to counts[j];
         * records each j not yet stamped with doc + 1 in touched from position nt; returns the new touched length.
         */
        int countPartners(int doc, int[] counts, int[] stamp, int[] touched, int nt) {
            for (int p = docStart[doc]; p < docStart[doc + 1]; p++) {
                int g = docGroups[p];
                for (int q = groupStart[g]; q < groupStart[g + 1]; q++) {
                    int j = groupDocs[q];
                    if (j > doc) {
                        if (stamp[j] != doc + 1) {
                            stamp[j] = doc + 1;
                            touched[nt++] = j;
                        }
                        counts[j]++;
                    }
                }
            }
            return nt;
        }
    }
}
