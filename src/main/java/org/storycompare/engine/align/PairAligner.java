package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/**
 * Aligns two tokenized texts: greedy tiling of exact runs, bridging across small edits, paraphrase
 * search in what is left, move detection, divergent ranges and the similarity figures. To be independent
 * of argument order the work is always done with the lexically smaller text as A and mirrored back, so
 * {@code align(a, b)} is exactly the mirror of {@code align(b, a)}. Thread-safe.
 */
public final class PairAligner {

    private static final StockPhrases STOCK = StockPhrases.shipped();

    private final CompareOptions options;
    private final ParaphraseFinder paraphrases;

    public PairAligner(CompareOptions options, ParaphraseFinder paraphrases) {
        this.options = options;
        this.paraphrases = paraphrases == null ? ParaphraseFinder.NONE : paraphrases;
    }

    /** Aligns a (id aId) with b (id bId). Both must have been tokenized with this aligner's options. */
    public PairAlignment align(String aId, TokenizedText a, String bId, TokenizedText b, Cancellation cancel) {
        if (a.text().compareTo(b.text()) > 0) {
            return alignOriented(bId, b, aId, a, cancel).mirrored();
        }
        return alignOriented(aId, a, bId, b, cancel);
    }

    private PairAlignment alignOriented(String aId, TokenizedText a, String bId, TokenizedText b,
                                        Cancellation cancel) {
        cancel.throwIfCancelled();
        int k = options.minMatchWords();
        GreedyTiler.Tiling tiling = GreedyTiler.tile(a, b, k, cancel);
        List<Passage> passages = new ArrayList<>(Bridger.passages(a, b, tiling, k, options.bridgeGap()));
        // a short exact match made only of stock phrases ("said in a statement that") is not a shared passage
        passages.removeIf(p -> p.kind() == PassageKind.EXACT && STOCK.isStock(p.a().of(a.text())));
        cancel.throwIfCancelled();
        if (options.paraphrase() && paraphrases != ParaphraseFinder.NONE) {
            List<Span> freeA = Coverage.divergent(a, passages, true);
            List<Span> freeB = Coverage.divergent(b, passages, false);
            if (!freeA.isEmpty() && !freeB.isEmpty()) {
                List<Passage> found = paraphrases.match(a.text(), freeA, b.text(), freeB, options, cancel);
                addParaphrases(passages, found, freeA, freeB);
            }
            passages.replaceAll(p -> p.kind() == PassageKind.EDITED ? annotated(p, a.text(), b.text()) : p);
        }
        passages.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b));
        passages = MoveMarker.mark(passages);
        List<Span> divA = new ArrayList<>();
        List<Span> divB = new ArrayList<>();
        Coverage.sweep(a, Coverage.spans(passages, true), divA);
        Coverage.sweep(b, Coverage.spans(passages, false), divB);
        double sharedA = Coverage.weighted(a, passages, true);
        double sharedB = Coverage.weighted(b, passages, false);
        int wa = a.wordCount();
        int wb = b.wordCount();
        double shared = wa + wb == 0 ? 0 : (sharedA + sharedB) / (wa + wb);
        double vocabulary = Vocabulary.cosine(a.vocabulary(), b.vocabulary());
        double similarity = Math.min(1, shared + (1 - shared) * vocabulary);
        double aInB = wa == 0 ? 0 : sharedA / wa;
        double bInA = wb == 0 ? 0 : sharedB / wb;
        return new PairAlignment(aId, bId, similarity, aInB, bInA, passages, divA, divB);
    }

    /**
     * Text repeated inside one article: EXACT passages whose A span is an earlier copy and whose B span a
     * later copy in the same text (at least minMatchWords words, copies not overlapping). Three copies give
     * two passages (first to second, second to third). Sorted by A.
     */
    public List<Passage> repeats(TokenizedText t, Cancellation cancel) {
        int k = options.minMatchWords();
        long[] runs = GreedyTiler.maximalRuns(t, t, k, cancel);
        long[] keys = new long[runs.length];
        int n = 0;
        for (long key : runs) {
            int a = GreedyTiler.aOf(key);
            int b = GreedyTiler.bOf(key);
            int len = Math.min(GreedyTiler.lenOf(key), b - a);
            if (a < b && len >= k) {
                keys[n++] = GreedyTiler.key(a, b, len);
            }
        }
        List<GreedyTiler.Tile> tiles = GreedyTiler.tileKeys(java.util.Arrays.copyOf(keys, n), t.size(), t.size(),
                k, cancel).tiles();
        List<Passage> out = new ArrayList<>();
        for (GreedyTiler.Tile tile : tiles) {
            out.add(Passage.exact(Bridger.span(t, tile.a(), tile.aEnd()), Bridger.span(t, tile.b(), tile.bEnd())));
        }
        return out;
    }

    /** The finder's reading of an edited passage, kept only when its spans and changes are untouched. */
    private Passage annotated(Passage p, String textA, String textB) {
        Passage q = paraphrases.annotateEdit(p, textA, textB);
        return q != null && q.a().equals(p.a()) && q.b().equals(p.b()) && q.changes().equals(p.changes()) ? q : p;
    }

    /** Adds the finder's passages that are paraphrases, lie inside the free regions and overlap nothing. */
    private static void addParaphrases(List<Passage> passages, List<Passage> found, List<Span> freeA,
                                       List<Span> freeB) {
        if (found == null) {
            return;
        }
        List<Passage> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b));
        List<Passage> accepted = new ArrayList<>();
        for (Passage p : sorted) {
            if (p == null || p.kind() != PassageKind.PARAPHRASE || p.a().isEmpty() || p.b().isEmpty()
                    || !inside(p.a(), freeA) || !inside(p.b(), freeB)) {
                continue;
            }
            boolean clash = false;
            for (Passage q : accepted) {
                clash |= q.a().overlaps(p.a()) || q.b().overlaps(p.b());
            }
            if (!clash) {
                accepted.add(p.moved() ? p.withMoved(false) : p);
            }
        }
        passages.addAll(accepted);
    }

    private static boolean inside(Span s, List<Span> regions) {
        for (Span r : regions) {
            if (r.start() <= s.start() && s.end() <= r.end()) {
                return true;
            }
        }
        return false;
    }
}
