package org.storycompare.engine.facts;

import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * One article's statement of a fact.
 *
 * @param articleId   the article
 * @param value       the value in comparable form: the number ("180", "12.5") or the ISO date ("2026-03-12")
 * @param text        the words as written ("About 180 people"), or the date for a publication date
 * @param at          where {@code text} stands in the article's text; null when it comes from metadata
 * @param approximate true when the article hedges the number ("about", "nearly", "more than")
 * @param sentence    the sentence holding the mention, so that a reader sees it in context; null when it comes
 *                    from metadata
 */
public record FactMention(String articleId, String value, String text, Span at, boolean approximate,
                          Span sentence) {

    public FactMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** A mention without its sentence (e.g. read back from a report). */
    public FactMention(String articleId, String value, String text, Span at, boolean approximate) {
        this(articleId, value, text, at, approximate, null);
    }
}
