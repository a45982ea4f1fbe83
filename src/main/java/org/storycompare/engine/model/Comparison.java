package org.storycompare.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of comparing N articles: the aligned pairs (only candidate pairs that share something
 * are aligned in large corpora), per-article coverage and the options used.
 */
public record Comparison(List<Article> articles, List<PairAlignment> pairs,
                         Map<String, List<CoverageSegment>> coverage, CompareOptions options) {

    public Comparison {
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        coverage = Map.copyOf(coverage);
    }

    /** The alignment of a and b, oriented so that a is the A side; empty when the pair was not aligned. */
    public Optional<PairAlignment> pair(String a, String b) {
        for (PairAlignment p : pairs) {
            if (p.aId().equals(a) && p.bId().equals(b)) {
                return Optional.of(p);
            }
            if (p.aId().equals(b) && p.bId().equals(a)) {
                return Optional.of(p.mirrored());
            }
        }
        return Optional.empty();
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(x -> x.id().equals(id)).findFirst();
    }
}
