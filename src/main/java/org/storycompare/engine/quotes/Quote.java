package org.storycompare.engine.quotes;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * One direct quotation found in an article.
 *
 * @param articleId   the article it stands in
 * @param span        from the first quoted character to the last one, quotation marks excluded (it may cross a
 *                    paragraph break when the quote goes on in the next paragraph)
 * @param parts       the quoted pieces, one per paragraph, each without its quotation marks; offsets into the
 *                    article's text
 * @param text        the pieces as written, joined by one space
 * @param speaker     who is quoted, as written in the article ("Elena Varga-Holt", "Marsh"), or null if unknown
 * @param speakerSpan where that name stands in the article's text (for a pronoun, the earlier name it refers
 *                    to), or null
 */
public record Quote(String articleId, Span span, List<Span> parts, String text, String speaker, Span speakerSpan) {

    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        parts = List.copyOf(parts);
        Objects.requireNonNull(text, "text");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one part");
        }
    }

    /** The same quote with a speaker. */
    public Quote withSpeaker(String name, Span at) {
        return new Quote(articleId, span, parts, text, name, at);
    }
}
