package org.storycompare.engine.quotes;

import java.util.List;
import java.util.Objects;

/**
 * The same quote as it stands in several articles.
 *
 * @param speaker  the speaker most versions name (as written), or null when none does
 * @param wording  the majority wording: the text of the version whose words most versions share (ties: the
 *                 earliest article)
 * @param versions every occurrence, in article order then text order; an article may appear twice when it
 *                 repeats the quote
 * @param missing  ids of the compared articles that do not carry the quote, in article order
 */
public record QuoteGroup(String speaker, String wording, List<QuoteVersion> versions, List<String> missing) {

    public QuoteGroup {
        Objects.requireNonNull(wording, "wording");
        versions = List.copyOf(versions);
        missing = List.copyOf(missing);
    }

    /** True when some version differs from the majority wording. */
    public boolean hasAlterations() {
        return versions.stream().anyMatch(v -> v.status() == QuoteStatus.ALTERED);
    }

    /** The first version found in the given article, or null. */
    public QuoteVersion versionIn(String articleId) {
        return versions.stream().filter(v -> v.articleId().equals(articleId)).findFirst().orElse(null);
    }
}
