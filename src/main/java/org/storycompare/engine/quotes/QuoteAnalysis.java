package org.storycompare.engine.quotes;

import java.util.List;

/**
 * The quotes of a set of articles, grouped across articles: which articles carry each quote verbatim, which
 * trimmed or altered it, and which lack it. Every direct quote found is in some group, including quotes only
 * one article carries (a group of one). Groups are in order of first appearance (article order, then text
 * order).
 */
public record QuoteAnalysis(List<QuoteGroup> groups) {

    /** No quotes. */
    public static final QuoteAnalysis EMPTY = new QuoteAnalysis(List.of());

    public QuoteAnalysis {
        groups = List.copyOf(groups);
    }

    /** Every version of every quote in one article (quotes only it carries included), in text order. */
    public List<QuoteVersion> inSource(String articleId) {
        return groups.stream().flatMap(g -> g.versions().stream()).filter(v -> v.articleId().equals(articleId))
                .sorted(java.util.Comparator.comparing(QuoteVersion::range)).toList();
    }

    /** Groups quoted in at least two articles. */
    public List<QuoteGroup> shared() {
        return groups.stream().filter(g -> g.versions().stream().map(QuoteVersion::articleId).distinct().count() > 1)
                .toList();
    }
}
