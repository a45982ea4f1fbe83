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
 * are synonyms, other forms of the same word, or garbled spellings. A change with as many words on both
 * sides ("company said" -> "firm stated") is read word by word, in order. It lists the related pairs as
 * swaps and, when they are dense enough, calls the passage a paraphrase (spun text) rather than an edit.
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

    /** The passage with swaps listed for its word-for-word replacements; EDITED may become PARAPHRASE. */
    Passage annotate(Passage p, String textA, String textB) {
        if (p.kind() != PassageKind.EDITED || p.changes().isEmpty()) {
            return p;
        }
        List<WordSwap> swaps = new ArrayList<>(p.swaps());
        int meaningful = 0;
        for (WordChange c : p.changes()) {
            List<PText.Tok> wa = words(textA, c.a());
            List<PText.Tok> wb = words(textB, c.b());
            if (wa.isEmpty() || wa.size() != wb.size()) {
                continue;
            }
            for (int i = 0; i < wa.size(); i++) {
                PText.Tok a = wa.get(i);
                PText.Tok b = wb.get(i);
                PairScorer.Rel rel = PairScorer.relate(lex.info(a.key(), a.number()), lex.info(b.key(), b.number()),
                        a.number(), b.number());
                if (rel == null || rel == PairScorer.Rel.NONE || rel == PairScorer.Rel.SAME) {
                    continue;
                }
                String reason = ParaphraseMatcher.reason(rel);
                swaps.add(new WordSwap(new Span(a.start(), a.end()), new Span(b.start(), b.end()),
                        a.surface(), b.surface(), reason));
                if (!"stem".equals(reason)) {
                    meaningful++;
                }
            }
        }
        if (swaps.size() == p.swaps().size()) {
            return p;
        }
        swaps.sort((x, y) -> x.a().compareTo(y.a()));
        int words = PText.tokens(textA, p.a().start(), p.a().end()).size();
        boolean spun = meaningful >= MIN_SPUN_SWAPS && meaningful >= SPUN_DENSITY * words;
        return new Passage(spun ? PassageKind.PARAPHRASE : PassageKind.EDITED, p.a(), p.b(), p.score(), p.moved(),
                p.changes(), swaps);
    }

    /** The words a change span holds (none for an empty span). */
    private static List<PText.Tok> words(String text, Span s) {
        if (s.isEmpty() || s.end() > text.length()) {
            return List.of();
        }
        return PText.tokens(text, s.start(), s.end());
    }
}
