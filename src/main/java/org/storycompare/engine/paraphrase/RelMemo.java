package org.storycompare.engine.paraphrase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-relation memo for one match() call: the distinct words of both sides get dense local numbers and
 * relations are kept in a byte matrix, so a word pair is related only once however many sentence pairs
 * contain it. Not thread-safe; one per call.
 */
final class RelMemo {

    /** Largest vocabulary for which a matrix is kept (16 MB). */
    static final int MAX_WORDS = 4096;

    private static final PairScorer.Rel[] RELS = PairScorer.Rel.values();

    private final Map<Integer, Integer> local = new HashMap<>();
    private final byte[] cells;
    private final int size;

    private RelMemo(int size) {
        this.size = size;
        this.cells = new byte[size * size];
    }

    /** A memo for the words of the given sentences, or null when the vocabulary is too large. */
    static RelMemo of(List<ParaphraseMatcher.Unit> as, List<ParaphraseMatcher.Unit> bs) {
        Map<Integer, Integer> ids = new HashMap<>();
        for (List<ParaphraseMatcher.Unit> side : List.of(as, bs)) {
            for (ParaphraseMatcher.Unit u : side) {
                for (Lexicon.WordInfo w : u.sent().info) {
                    ids.putIfAbsent(w.id(), ids.size());
                }
            }
        }
        if (ids.size() > MAX_WORDS) {
            return null;
        }
        RelMemo m = new RelMemo(Math.max(1, ids.size()));
        m.local.putAll(ids);
        return m;
    }

    /** Local numbers of a sentence's words. */
    int[] locals(PSent s) {
        int[] out = new int[s.info.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = local.get(s.info[i].id());
        }
        return out;
    }

    /** The relation of words a[i] and b[j], computed once. */
    PairScorer.Rel get(int la, int lb, PSent a, int i, PSent b, int j) {
        int cell = la * size + lb;
        byte v = cells[cell];
        if (v == 0) {
            PairScorer.Rel r = PairScorer.relate(a.info[i], b.info[j], a.toks.get(i).number(), b.toks.get(j).number());
            v = (byte) (r == null ? PairScorer.Rel.NONE.ordinal() + 1 : r.ordinal() + 1);
            cells[cell] = v;
        }
        return RELS[v - 1];
    }
}
