package org.storycompare.app.vm;

import java.util.Locale;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Passage;

/**
 * A row of the passage table: one shared passage of the shown pair, left side first. Snippets and word
 * counts are computed when the table asks for them, so building thousands of rows costs next to nothing.
 *
 * @param index position in the pair's passage list (the F8 order)
 */
public record PassageRow(int index, Passage passage, Article left, Article right) {

    static final int SNIPPET_CHARS = 90;

    /** "exact", "edited" or "paraphrase", plus " · moved" when moved. */
    public String kind() {
        return passage.kind().id() + (passage.moved() ? " · moved" : "");
    }

    public String leftSnippet() {
        return snippet(left.text(), passage.a().start(), passage.a().end());
    }

    public String rightSnippet() {
        return snippet(right.text(), passage.b().start(), passage.b().end());
    }

    /** Length of the left side in words. */
    public int words() {
        int s = clip(passage.a().start(), left);
        return Article.countWords(left.text().subSequence(s, Math.max(s, clip(passage.a().end(), left))));
    }

    public double score() {
        return passage.score();
    }

    /** The score as a percentage, e.g. "85%". */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.0f%%", passage.score() * 100);
    }

    private static int clip(int i, Article a) {
        return Math.max(0, Math.min(i, a.text().length()));
    }

    /** The text in [start, end) on one line, shortened to about {@value #SNIPPET_CHARS} chars with an ellipsis. */
    static String snippet(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, Math.min(text.length(), s + SNIPPET_CHARS * 3)));
        String t = text.substring(s, e).replaceAll("\\s+", " ").strip();
        return t.length() <= SNIPPET_CHARS && e == Math.min(end, text.length()) ? t
                : t.substring(0, Math.min(t.length(), SNIPPET_CHARS - 1)).stripTrailing() + "…";
    }
}
