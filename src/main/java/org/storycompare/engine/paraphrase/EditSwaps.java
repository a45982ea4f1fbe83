package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * Looks inside an edited passage for the fingerprint of an "article spinner": one-word replacements that
 * are synonyms, other forms of the same word, or garbled spellings. It lists them as swaps and, when they
 * are dense enough, calls the passage a paraphrase (spun text) rather than an edit.
 */
final class EditSwaps {

    /** Fewest synonym or garbled swaps that make a spun passage. */
    static final int MIN_SPUN_SWAPS = 2;
    /** Swaps per word of the A side above which a passage reads as spun rather than lightly edited. */
    static final double SPUN_DENSITY = 0.05;

    private final Lexicon lex;

    EditSwaps(Lexicon lex) {
        this.lex = lex;
    }

    /** The passage with swaps listed for its one-word replacements; EDITED may become PARAPHRASE. */
    Passage annotate(Passage p, String textA, String textB) {
        if (p.kind() != PassageKind.EDITED || p.changes().isEmpty()) {
            return p;
        }
        List<WordSwap> swaps = new ArrayList<>(p.swaps());
        int meaningful = 0;
        for (WordChange c : p.changes()) {
            for (WordSwap w : swapsIn(c, textA, textB)) {
                swaps.add(w);
                if (!"stem".equals(w.reason())) {
                    meaningful++;
                }
            }
        }
        if (swaps.size() == p.swaps().size()) {
            return p;
        }
        swaps.sort((x, y) -> x.a().compareTo(y.a()));
        int words = PWord.count(textA, p.a().start(), p.a().end());
        boolean spun = meaningful >= MIN_SPUN_SWAPS && meaningful >= SPUN_DENSITY * words;
        return new Passage(spun ? PassageKind.PARAPHRASE : PassageKind.EDITED, p.a(), p.b(), p.score(), p.moved(),
                p.changes(), swaps);
    }

    /**
     * The related word pairs inside one replacement. Runs of equal length pair word by word ("crews quickly
     * sealed" / "teams rapidly closed"); otherwise each word of A takes the first related word of B after the
     * previous pairing, so the order of the words is kept.
     */
    private List<WordSwap> swapsIn(WordChange c, String textA, String textB) {
        if (c.a().isEmpty() || c.b().isEmpty() || c.a().end() > textA.length() || c.b().end() > textB.length()) {
            return List.of();
        }
        List<PWord> as = PWord.words(textA, c.a().start(), c.a().end());
        List<PWord> bs = PWord.words(textB, c.b().start(), c.b().end());
        List<WordSwap> out = new ArrayList<>();
        if (as.size() == bs.size()) {
            for (int i = 0; i < as.size(); i++) {
                String reason = relation(as.get(i), bs.get(i));
                if (reason != null) {
                    out.add(swap(as.get(i), bs.get(i), reason));
                }
            }
            return out;
        }
        int next = 0;
        for (PWord a : as) {
            for (int j = next; j < bs.size(); j++) {
                String reason = relation(a, bs.get(j));
                if (reason != null) {
                    out.add(swap(a, bs.get(j), reason));
                    next = j + 1;
                    break;
                }
            }
        }
        return out;
    }

    private static WordSwap swap(PWord a, PWord b, String reason) {
        return new WordSwap(new Span(a.start(), a.end()), new Span(b.start(), b.end()), a.surface(), b.surface(), reason);
    }

    /** How two different words are related ("synonym", "stem", "garbled"), or null; possessives are looked through. */
    private String relation(PWord a, PWord b) {
        if (a.key().equals(b.key())) {
            return null;
        }
        String ka = possessiveBase(a.key());
        String kb = possessiveBase(b.key());
        PairScorer.Rel rel = PairScorer.relate(lex.info(ka, a.number()), lex.info(kb, b.number()), a.number(), b.number());
        return rel == null || rel == PairScorer.Rel.NONE || rel == PairScorer.Rel.SAME ? null
                : ParaphraseMatcher.reason(rel);
    }

    private static String possessiveBase(String key) {
        return key.endsWith("'s") && key.length() > 3 ? key.substring(0, key.length() - 2) : key;
    }
}
