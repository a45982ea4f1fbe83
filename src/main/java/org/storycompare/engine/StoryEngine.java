package org.storycompare.engine;

import java.util.List;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.ProgressListener;

/**
 * The engine's front door: align two articles, or compare N articles (candidate pairs, pairwise
 * alignments, coverage). Deterministic; reports progress; stops with CancelledException when cancelled.
 */
public final class StoryEngine {

    private final CompareOptions options;

    public StoryEngine(CompareOptions options) {
        this.options = options;
    }

    public CompareOptions options() {
        return options;
    }

    /** Aligns two articles. */
    public PairAlignment align(Article a, Article b, Cancellation cancel) {
        throw new UnsupportedOperationException("the aligner lands with issue 4");
    }

    /** Compares all articles with each other. */
    public Comparison compare(List<Article> articles, ProgressListener progress, Cancellation cancel) {
        throw new UnsupportedOperationException("the aligner lands with issue 4");
    }
}
