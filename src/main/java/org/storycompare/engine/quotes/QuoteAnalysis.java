package org.storycompare.engine.quotes;

import java.util.List;

/**
 * The quotes of a set of articles, grouped across articles: which articles carry each quote verbatim, which
 * altered it, and which lack it. Groups are in order of first appearance (article order, then text order).
 */
public record QuoteAnalysis(List<QuoteGroup> groups) {

    /** No quotes. */
    public static final QuoteAnalysis EMPTY = new QuoteAnalysis(List.of());

    public QuoteAnalysis {
        groups = List.copyOf(groups);
    }

    /** Groups quoted in at least two articles. */
    public List<QuoteGroup> shared() {
        return groups.stream().filter(g -> g.versions().stream().map(QuoteVersion::articleId).distinct().count() > 1)
                .toList();
    }
}
