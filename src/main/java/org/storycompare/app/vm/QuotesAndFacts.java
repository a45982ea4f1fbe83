package org.storycompare.app.vm;

import java.util.Objects;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.quotes.QuoteAnalysis;

/** The quotes and facts of the compared articles, as the Quotes &amp; facts tab shows them. */
public record QuotesAndFacts(QuoteAnalysis quotes, FactAnalysis facts) {

    public QuotesAndFacts {
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(facts, "facts");
    }
}
