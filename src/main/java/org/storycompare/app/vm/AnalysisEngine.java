package org.storycompare.app.vm;

import java.util.List;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;

/** What the window asks for the story's analysis: the engine, or a stand-in in tests. */
@FunctionalInterface
public interface AnalysisEngine {

    /**
     * @param previous the analysis on screen (may be null): its alignments are reused when only the sources'
     *                 details changed
     */
    StoryAnalysis analyse(List<Article> articles, CompareOptions options, ProgressListener progress,
                          Cancellation cancel, StoryAnalysis previous);

    /** The real engine. */
    AnalysisEngine STORY_ENGINE = (articles, options, progress, cancel, previous) ->
            new StoryEngine(options, org.storycompare.meaning.Meaning.encoder(options))
                    .analyse(articles, progress, cancel, previous);
}
