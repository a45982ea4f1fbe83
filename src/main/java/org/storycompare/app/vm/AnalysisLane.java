package org.storycompare.app.vm;

import java.util.List;
import java.util.function.Consumer;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.corpus.VersionClusters;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;

/**
 * The story's analysis in the runner's "analysis" lane (latest wins, progress shown): the engine's analysis of
 * the included articles and, past {@link MainViewModel#MATRIX_SOURCES} sources, the groups of versions the
 * similarity matrix shows, made beside it in the background. Results and failures reach the FX thread through
 * {@code publish} and the status model.
 */
final class AnalysisLane {

    /** An analysis with the groups of versions made beside it. */
    private record Analysed(StoryAnalysis analysis, VersionClusters groups) {
    }

    private final AnalysisEngine engine;
    private final Runner runner;
    private final StatusModel status;
    private final Consumer<StoryAnalysis> publish;
    private VersionClusters groups;
    private Comparison groupsOf;

    /** @param publish sets the analysis on screen (null after a failure) */
    AnalysisLane(AnalysisEngine engine, Runner runner, StatusModel status, Consumer<StoryAnalysis> publish) {
        this.engine = java.util.Objects.requireNonNull(engine);
        this.runner = runner;
        this.status = status;
        this.publish = publish;
    }

    /** Analyses {@code articles} in the background, reusing what it can of {@code previous}. */
    void run(List<Article> articles, CompareOptions options, StoryAnalysis previous) {
        runner.run(MainViewModel.ANALYSIS, "Could not compare the articles", null, true,
                (progress, cancel) -> {
                    StoryAnalysis a = engine.analyse(articles, options, progress, cancel, previous);
                    if (a == null) {
                        throw new IllegalStateException("the engine returned no analysis");
                    }
                    return new Analysed(a, a.articles().size() > MainViewModel.MATRIX_SOURCES
                            ? VersionClusters.of(a.comparison(), MainViewModel.MATRIX_SOURCES) : null);
                },
                done -> {
                    StoryAnalysis a = done.analysis();
                    status.idle();
                    groups = done.groups();
                    groupsOf = a.comparison();
                    publish.accept(a);
                    status.setStatus("Compared " + a.articles().size() + " articles: " + a.pairs().size()
                            + (a.pairs().size() == 1 ? " pair shares" : " pairs share") + " text");
                },
                t -> {
                    status.idle();
                    publish.accept(null);
                    status.reportError("Could not compare the articles", t);
                }, null);
    }

    /** The groups of versions of {@code c} when it is the last analysis published and is large; else null. */
    VersionClusters groups(Comparison c) {
        return c != null && c == groupsOf ? groups : null;
    }
}
