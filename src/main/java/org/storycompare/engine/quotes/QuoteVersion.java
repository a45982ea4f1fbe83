package org.storycompare.engine.quotes;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * One article's version of a quote within a {@link QuoteGroup}.
 *
 * @param quote   the quote as found in the article
 * @param status  verbatim, trimmed or altered against the group's majority wording
 * @param changes the word runs that differ (empty when verbatim), in text order
 */
public record QuoteVersion(Quote quote, QuoteStatus status, List<QuoteChange> changes) {

    public QuoteVersion {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
    }

    public String articleId() {
        return quote.articleId();
    }

    /** Where the quote stands in its article, [start, end), quotation marks excluded. */
    public Span range() {
        return quote.span();
    }

    /** Who is quoted in this version, as written, or null. */
    public String speaker() {
        return quote.speaker();
    }

    /** Where that speaker's name stands in the article (for a pronoun, the name it refers to), or null. */
    public Span speakerRange() {
        return quote.speakerSpan();
    }
}
