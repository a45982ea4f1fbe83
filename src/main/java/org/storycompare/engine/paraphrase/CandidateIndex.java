package org.storycompare.engine.paraphrase;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Cancellation;

/**
 * Candidate generation without comparing all sentence pairs: every content word is indexed under its stem,
 * lemmas, 4-letter prefix (for garbled words), WordNet synsets and related synsets; two sentences are
 * candidates in proportion to how many words of A find a key in B.
 */
final class CandidateIndex {

    private static final long FORM = 1L << 60;
    private static final long PREFIX = 2L << 60;

    private CandidateIndex() {
    }

    /** shared[i][j] = number of content words of as[i] that share a key with some word of bs[j]. */
    static int[][] sharedCounts(List<ParaphraseMatcher.Unit> as, List<ParaphraseMatcher.Unit> bs, Lexicon lex,
                                Cancellation cancel) {
        Map<Long, BitSet> index = new HashMap<>();
        Set<Long> keys = new HashSet<>();
        for (int j = 0; j < bs.size(); j++) {
            PSent s = bs.get(j).sent();
            for (int t : s.content) {
                keys.clear();
                keys(s.info[t], keys);
                for (Long k : keys) {
                    index.computeIfAbsent(k, x -> new BitSet(bs.size())).set(j);
                }
            }
        }
        int[][] shared = new int[as.size()][bs.size()];
        Map<Integer, BitSet> wordHits = new HashMap<>();
        for (int i = 0; i < as.size(); i++) {
            cancel.throwIfCancelled();
            PSent s = as.get(i).sent();
            for (int t : s.content) {
                Lexicon.WordInfo w = s.info[t];
                BitSet hits = wordHits.computeIfAbsent(w.id(), id -> {
                    Set<Long> ks = new HashSet<>();
                    keys(w, ks);
                    BitSet b = new BitSet(bs.size());
                    for (Long k : ks) {
                        BitSet posting = index.get(k);
                        if (posting != null) {
                            b.or(posting);
                        }
                    }
                    return b;
                });
                for (int j = hits.nextSetBit(0); j >= 0; j = hits.nextSetBit(j + 1)) {
                    shared[i][j]++;
                }
            }
        }
        return shared;
    }

    private static void keys(Lexicon.WordInfo w, Set<Long> out) {
        out.add(FORM | (w.key().hashCode() & 0xffffffffL));
        out.add(FORM | (w.stem().hashCode() & 0xffffffffL));
        for (String l : w.lemmas()) {
            out.add(FORM | (l.hashCode() & 0xffffffffL));
        }
        if (w.key().length() >= 5) {
            out.add(PREFIX | (w.key().substring(0, 4).hashCode() & 0xffffffffL));
        }
        for (long k : w.synsets()) {
            out.add(k);
        }
        for (long k : w.related()) {
            out.add(k);
        }
    }
}
