package org.storycompare.app.vm;

import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Passage;

/**
 * A row of the passage table: one shared passage of the shown pair, left side first.
 *
 * @param index position in the pair's passage list (the F8 order)
 * @param kind  "exact", "edited" or "paraphrase", plus " · moved" when moved
 * @param words length of the left side in words
 */
public record PassageRow(int index, String kind, String leftSnippet, String rightSnippet, int words,
                         double score, Passage passage) {

    static final int SNIPPET_CHARS = 90;

    static PassageRow of(int index, Passage p, Article left, Article right) {
        String kind = p.kind().id() + (p.moved() ? " · moved" : "");
        String l = snippet(left.text(), p.a().start(), p.a().end());
        String r = snippet(right.text(), p.b().start(), p.b().end());
        int words = Article.countWords(left.text().subSequence(clip(p.a().start(), left), clip(p.a().end(), left)));
        return new PassageRow(index, kind, l, r, words, p.score(), p);
    }

    private static int clip(int i, Article a) {
        return Math.max(0, Math.min(i, a.text().length()));
    }

    /** The text in [start, end) on one line, shortened to about {@value #SNIPPET_CHARS} chars with an ellipsis. */
    static String snippet(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        String t = text.substring(s, e).replaceAll("\\s+", " ").strip();
        return t.length() <= SNIPPET_CHARS ? t : t.substring(0, SNIPPET_CHARS - 1).stripTrailing() + "…";
    }
}
