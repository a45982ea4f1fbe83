package org.storycompare.engine.paraphrase;

import java.util.Arrays;

/**
 * Word-relation memo: the relation of two words (by their {@link Lexicon.WordInfo#id()}) is computed once and
 * kept in an open-addressing table, so a word pair is related only once however many sentence pairs contain
 * it. A matcher's session keeps one per thread for the whole comparison. The table grows to
 * {@link #MAX_SLOTS} and is then emptied, so memory stays bounded. Not thread-safe.
 */
final class RelMemo {

    static final int MAX_SLOTS = 1 << 20;
    private static final PairScorer.Rel[] RELS = PairScorer.Rel.values();
    private static final long EMPTY = -1L;

    private long[] keys = new long[1 << 12];
    private byte[] rels = new byte[1 << 12];
    private int size;

    RelMemo() {
        Arrays.fill(keys, EMPTY);
    }

    /** The relation of words a[i] and b[j], computed once. */
    PairScorer.Rel get(PSent a, int i, PSent b, int j) {
        long key = ((long) a.info[i].id() << 32) | (b.info[j].id() & 0xffffffffL);
        int mask = keys.length - 1;
        int p = slot(key, mask);
        while (keys[p] != EMPTY) {
            if (keys[p] == key) {
                return RELS[rels[p]];
            }
            p = (p + 1) & mask;
        }
        PairScorer.Rel r = PairScorer.relate(a.info[i], b.info[j], a.toks.get(i).number(), b.toks.get(j).number());
        PairScorer.Rel v = r == null ? PairScorer.Rel.NONE : r;
        if (2 * (size + 1) > keys.length) {
            grow();
            mask = keys.length - 1;
            p = slot(key, mask);
            while (keys[p] != EMPTY) {
                p = (p + 1) & mask;
            }
        }
        keys[p] = key;
        rels[p] = (byte) v.ordinal();
        size++;
        return v;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldRels = rels;
        int cap = Math.min(MAX_SLOTS, keys.length * 2);
        keys = new long[cap];
        rels = new byte[cap];
        Arrays.fill(keys, EMPTY);
        size = 0;
        if (cap == oldKeys.length) {
            return; // at the bound: start again empty
        }
        int mask = cap - 1;
        for (int q = 0; q < oldKeys.length; q++) {
            if (oldKeys[q] != EMPTY) {
                int p = slot(oldKeys[q], mask);
                while (keys[p] != EMPTY) {
                    p = (p + 1) & mask;
                }
                keys[p] = oldKeys[q];
                rels[p] = oldRels[q];
                size++;
            }
        }
    }
}
