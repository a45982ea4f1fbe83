package org.storycompare.engine.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One article's version of a quote within a {@link QuoteGroup}.
 *
 * @param quote   the quote as found in the article
 * @param status  verbatim or altered against the group's majority wording
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
}
