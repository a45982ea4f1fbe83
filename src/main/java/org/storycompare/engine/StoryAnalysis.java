package org.storycompare.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storycompare.engine.corpus.SimilarityMatrix;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.quotes.QuoteAnalysis;

/**
 * Everything StoryCompare works out about one story, computed once by {@link StoryEngine#analyse}: the pair
 * alignments and coverage ({@link #comparison()}), what each source holds on its own (furniture, repeats),
 * the quotes, the facts, who credits whom and who likely copied whom. Immutable; the window, the report writers and the
 * workspace read it, and none of them calls an analyzer.
 */
public record StoryAnalysis(Comparison comparison, Map<String, SourceAnalysis> sources, QuoteAnalysis quotes,
                            FactAnalysis facts, CreditAnalysis credits, Provenance provenance) {

    /** An analysis without credits. */
    public StoryAnalysis(Comparison comparison, Map<String, SourceAnalysis> sources, QuoteAnalysis quotes,
                         FactAnalysis facts, Provenance provenance) {
        this(comparison, sources, quotes, facts, null, provenance);
    }

    public StoryAnalysis {
        Objects.requireNonNull(comparison, "comparison");
        Map<String, SourceAnalysis> ordered = new LinkedHashMap<>();
        for (Article a : comparison.articles()) {
            SourceAnalysis s = sources.get(a.id());
            ordered.put(a.id(), s != null ? s : new SourceAnalysis(a.id(), List.of(), List.of()));
        }
        sources = java.util.Collections.unmodifiableMap(ordered);
        quotes = quotes == null ? QuoteAnalysis.EMPTY : quotes;
        facts = facts == null ? FactAnalysis.EMPTY : facts;
        // sources without credits are left out, so that an analysis reads back from its JSON as it was written
        Map<String, List<org.storycompare.engine.credits.Attribution>> given = new LinkedHashMap<>();
        if (credits != null) {
            credits.bySource().forEach((id, list) -> {
                if (!list.isEmpty()) {
                    given.put(id, list);
                }
            });
        }
        credits = new CreditAnalysis(given);
        provenance = provenance == null ? new Provenance(Map.of(), List.of(), List.of()) : provenance;
    }

    public List<Article> articles() {
        return comparison.articles();
    }

    public CompareOptions options() {
        return comparison.options();
    }

    public List<PairAlignment> pairs() {
        return comparison.pairs();
    }

    public Optional<Article> article(String id) {
        return comparison.article(id);
    }

    /** The alignment of a and b, oriented so that a is the A side; empty when the pair was not aligned. */
    public Optional<PairAlignment> pair(String a, String b) {
        return comparison.pair(a, b);
    }

    /** What was found inside the source with this id (empty lists for an unknown id). */
    public SourceAnalysis source(String id) {
        SourceAnalysis s = sources.get(id);
        return s != null ? s : new SourceAnalysis(id, List.of(), List.of());
    }

    /** Similarity and containment of every pair of sources, in article order. */
    public SimilarityMatrix matrix() {
        return SimilarityMatrix.of(comparison);
    }
}
