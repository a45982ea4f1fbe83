package org.storycompare.engine.facts;

import java.util.Objects;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.SentenceSplitter;

/**
 * One article's statement of a fact.
 *
 * @param articleId   the article
 * @param value       the value in comparable form: the number ("180", "12.5") or the ISO date ("2026-03-12")
 * @param text        the words as written ("About 180 people"), or the date for a publication date
 * @param at          where {@code text} stands in the article's text; null when it comes from metadata
 * @param approximate true when the article hedges the number ("about", "nearly", "more than")
 */
public record FactMention(String articleId, String value, String text, Span at, boolean approximate) {

    public FactMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The sentence holding the mention in its article's text (trimmed), so that a reader sees it in context;
     * null when the mention comes from metadata.
     */
    public Span sentence(String articleText) {
        if (at == null) {
            return null;
        }
        SentenceSplitter splitter = new SentenceSplitter();
        int start = splitter.sentenceStart(articleText, at.start());
        int end = Math.max(splitter.sentenceEnd(articleText, at.start()), at.end());
        return Span.trimmed(articleText, start, end);
    }
}
