package org.storycompare.engine.credits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credits of a set of articles, per article in article order; each article's list in text order.
 */
public record CreditAnalysis(Map<String, List<Attribution>> bySource) {

    /** No credits. */
    public static final CreditAnalysis EMPTY = new CreditAnalysis(Map.of());

    public CreditAnalysis {
        Map<String, List<Attribution>> copy = new LinkedHashMap<>();
        bySource.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        bySource = java.util.Collections.unmodifiableMap(copy);
    }

    /** The credits of one article (empty when it gives none or is unknown). */
    public List<Attribution> of(String articleId) {
        return bySource.getOrDefault(articleId, List.of());
    }

    /** Every credit, article by article. */
    public List<Attribution> all() {
        List<Attribution> out = new ArrayList<>();
        bySource.values().forEach(out::addAll);
        return out;
    }
}
