package org.storycompare.app.vm;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.corpus.VersionClusters;
import org.storycompare.engine.model.Comparison;
import org.storycompare.ingest.LoadResult;

/**
 * State of the main window, free of any scene-graph class. It hands out its parts rather than forwarding them:
 * the sources ({@link #sourcesModel()}), the status line, progress and errors ({@link #statusModel()}), the pair
 * on screen ({@link #pair()}), the settings and the workspace; it holds which source is shown left and right and
 * the story's analysis ({@link #analysisProperty()}), computed in the background by the {@link Runner} whenever
 * the included sources, their details or the settings change (latest wins).
 *
 * <p>With a pair engine, the pair on screen does not wait for the analysis: when the analysis does not cover
 * it (nothing analysed yet, or a newly opened article), the two articles are aligned on their own first and
 * shown, and the analysis of all included articles starts when that alignment has ended. Once the analysis
 * covers the pair, its alignment is the one shown.
 */
public final class MainViewModel {

    static final String ANALYSIS = "analysis";
    static final String PAIR = "pair";
    /** The most sources the similarity matrix shows one by one; past that it shows groups of versions. */
    public static final int MATRIX_SOURCES = 40;

    private final SourcesModel sources = new SourcesModel(this::recompare);
    private final ObjectProperty<SourceRow> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<SourceRow> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyObjectWrapper<StoryAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final StatusModel status = new StatusModel();
    private final PairViewModel pair = new PairViewModel();
    private final SettingsViewModel settings = new SettingsViewModel();
    private final Runner runner;
    private final AnalysisLane lane;
    private final QuickPair quick;
    private long compareRequest;
    private final List<Cancellation> loads = new java.util.ArrayList<>();
    private boolean batch;

    private final WorkspaceViewModel workspace = new WorkspaceViewModel(this);

    /** The real engine, each lane of the runner on its own background thread, results on the FX thread. */
    public MainViewModel() {
        this(AnalysisEngine.STORY_ENGINE, PairEngine.remembering(PairEngine.STORY_ENGINE), null, null,
                Platform::runLater);
    }

    /**
     * A model on the given engine and executors (tests pass a hand-made engine and direct executors); the
     * pair on screen waits for the analysis.
     */
    public MainViewModel(AnalysisEngine engine, Executor background, Executor ui) {
        this(engine, null, background, background, ui);
    }

    /**
     * A model that aligns the pair on screen with {@code pairEngine} (on {@code pairBackground}) before the
     * analysis runs with {@code engine} (on {@code background}); a null pair engine waits for the analysis
     * instead. Null executors: each lane of the runner gets its own daemon thread.
     */
    public MainViewModel(AnalysisEngine engine, PairEngine pairEngine, Executor background,
                         Executor pairBackground, Executor ui) {
        java.util.Objects.requireNonNull(engine);
        this.runner = background == null ? Runner.threads(ui, status::reportError)
                : new Runner(lane -> PAIR.equals(lane) && pairBackground != null ? pairBackground : background, ui,
                status::reportError);
        runner.setProgressSink(status::progress);
        this.quick = new QuickPair(pairEngine, runner);
        this.lane = new AnalysisLane(engine, runner, status, analysis::set);
        left.addListener((o, a, b) -> {
            updateSimilarities();
            updatePair();
        });
        right.addListener((o, a, b) -> updatePair());
        analysis.addListener((o, a, b) -> {
            comparison.set(b == null ? null : b.comparison());
            SourceRoles.apply(sources.rows(), b);
            updateSimilarities();
            updatePair();
        });
        settings.optionsProperty().addListener((o, a, b) -> recompare());
    }

    /** The app's background runner: loading, analysis, the pair on screen, exports and saves all go through it. */
    public Runner runner() {
        return runner;
    }

    /** The sources list: rows, colours, sort order and load summary. */
    public SourcesModel sourcesModel() {
        return sources;
    }

    /** All rows of the sources list, loaded and failed, in the order they were added. */
    public ObservableList<SourceRow> sources() {
        return sources.rows();
    }

    public ObjectProperty<SourceRow> leftProperty() {
        return left;
    }

    public ObjectProperty<SourceRow> rightProperty() {
        return right;
    }

    /** The story's analysis of the included sources; null while there is none (fewer than two, or running). */
    public ReadOnlyObjectProperty<StoryAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public StoryAnalysis analysis() {
        return analysis.get();
    }

    /** The alignments of the current analysis (its {@link StoryAnalysis#comparison()}), or null. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /**
     * The sources of {@code c} in groups of versions of the same text, for the matrix of a large comparison: made
     * in the background with the analysis; null when {@code c} is not the analysis on screen or has at most
     * {@link #MATRIX_SOURCES} sources.
     */
    public VersionClusters groups(Comparison c) {
        return lane.groups(c);
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public PairViewModel pair() {
        return pair;
    }

    /** The status line, error banner text, progress and running flag. */
    public StatusModel statusModel() {
        return status;
    }

    /** Notes, the workspace file, and what reports and saved workspaces hold. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** Replaces the sources with what a load produced, shows the first two articles and compares. */
    public void setLoaded(LoadResult result) {
        batch = true;
        try {
            sources.clear();
            runner.cancel(ANALYSIS);
            analysis.set(null);
            quick.clear();
            left.set(null);
            right.set(null);
        } finally {
            batch = false;
        }
        addLoaded(result);
    }

    /** Adds what a load produced to the sources (files already open are skipped) and compares again. */
    public void addLoaded(LoadResult result) {
        batch = true;
        try {
            sources.add(result);
        } finally {
            batch = false;
        }
        List<SourceRow> ok = sources.loaded();
        if (left.get() == null && !ok.isEmpty()) {
            left.set(ok.get(0));
        }
        if (right.get() == null && ok.size() > 1) {
            right.set(sources.firstLoadedExcept(left.get()));
        }
        status.setStatus(sources.summarize());
        recompare();
    }

    /** Adds pasted text as a new source named "Pasted text N"; returns the row, or null for blank text. */
    public SourceRow addPasted(String text) {
        if (text == null || text.isBlank()) {
            status.reportProblem("The clipboard holds no text to add as an article.");
            return null;
        }
        SourceRow row = sources.addPasted(text);
        if (left.get() == null) {
            left.set(row);
        } else {
            right.set(row);
        }
        recompare();
        return row;
    }

    /** Removes a source (loaded or failed) from the list and compares again. */
    public void remove(SourceRow row) {
        if (!sources.remove(row)) {
            return;
        }
        if (left.get() == row) {
            left.set(sources.firstLoadedExcept(right.get()));
        }
        if (right.get() == row) {
            right.set(sources.firstLoadedExcept(left.get()));
        }
        if (row.isLoaded()) {
            recompare();
        }
    }

    /** Shows a source in the right pane (a plain click in the sources list). */
    public void showRight(SourceRow item) {
        if (item != null && item.isLoaded()) {
            right.set(item);
        }
    }

    /** Shows a source in the left pane (Ctrl+click or the "show left" action). */
    public void showLeft(SourceRow item) {
        if (item != null && item.isLoaded()) {
            left.set(item);
        }
    }

    /** Shows the articles with these ids left and right (a click in the similarity matrix). */
    public void openPair(String leftId, String rightId) {
        SourceRow l = sources.find(leftId);
        SourceRow r = sources.find(rightId);
        if (l != null && r != null) {
            left.set(l);
            right.set(r);
        }
    }

    public void swap() {
        SourceRow l = left.get();
        left.set(right.get());
        right.set(l);
    }

    /**
     * Changes a source's details (blank text or null: none) and analyses again; the fields that differ from the
     * file's are marked as entered by hand. The alignments are reused: only the details changed.
     */
    public void editDetails(SourceRow row, SourceDetails details) {
        if (row == null || !row.isLoaded()) {
            return;
        }
        Article edited = details.applyTo(row.article());
        if (edited.meta().equals(row.article().meta())) {
            return;
        }
        row.setArticle(edited);
        int i = sources.rows().indexOf(row);
        if (i >= 0) {
            sources.rows().set(i, row); // redraws the row
        }
        status.setStatus("Details of " + row.label() + " changed; comparing again.");
        if (row == left.get() || row == right.get()) {
            updatePair();
        }
        recompare();
    }

    /**
     * Reads files and folders in the runner's load lane (loads queue; none replaces another), with the status bar
     * busy, the loader's progress shown and the Cancel button able to stop it: a cancelled load still delivers
     * what it read, with a note saying how many files were not read. The result (or the failure) completes the
     * future on the UI thread; adding it to the sources is the caller's choice.
     */
    public java.util.concurrent.CompletableFuture<LoadResult> load(List<java.nio.file.Path> paths) {
        java.util.concurrent.CompletableFuture<LoadResult> result = new java.util.concurrent.CompletableFuture<>();
        Cancellation stop = new Cancellation();
        loads.add(stop);
        status.busy("Loading " + (paths.size() == 1 ? paths.get(0) : paths.size() + " files or folders") + " …");
        runner.queue("load", "Could not open " + paths, true,
                (progress, cancel) -> new org.storycompare.ingest.ArticleLoader().load(paths, progress, stop),
                r -> {
                    loaded(stop);
                    result.complete(r);
                }, t -> {
                    loaded(stop);
                    status.reportError("Could not open " + paths, t);
                    result.completeExceptionally(t);
                });
        return result;
    }

    private void loaded(Cancellation stop) {
        loads.remove(stop);
        if (loads.isEmpty()) {
            status.idle();
        }
    }

    /** Stops the running analysis and loads (the Cancel button); what is on screen stays. */
    public void cancel() {
        loads.forEach(Cancellation::cancel);
        runner.cancel(ANALYSIS);
        quick.cancel();
        status.idle();
        status.setStatus("Comparison cancelled.");
    }

    /** Analyses the included articles again in the background; any earlier run is cancelled. */
    public void recompare() {
        if (batch) {
            return;
        }
        List<Article> articles = sources.includedArticles();
        long request = ++compareRequest;
        if (articles.size() < 2) {
            runner.cancel(ANALYSIS);
            quick.cancel();
            status.idle();
            analysis.set(null);
            status.setStatus(articles.isEmpty() ? "Open two or more articles to compare them."
                    : "Include at least two articles to compare them.");
            return;
        }
        status.busy("Comparing " + articles.size() + " articles…");
        // the pair on screen first; the full analysis once that alignment has ended (unless superseded)
        if (!alignShownPair(() -> {
            if (request == compareRequest) {
                analyseAll(articles);
            }
        })) {
            quick.cancel(); // e.g. a pane's article was just excluded: its pending alignment is not wanted
            analyseAll(articles);
        }
    }

    private void analyseAll(List<Article> articles) {
        lane.run(articles, settings.options(), analysis.get());
    }

    private void updateSimilarities() {
        Comparison c = comparison.get();
        sources.setSimilarities(left.get(), (l, r) -> {
            if (covers(c, l, r)) {
                return c.pair(l, r).map(p -> p.similarity()).orElse(Double.NaN);
            }
            QuickPair.Result q = quickFor(l, r);
            return q == null ? Double.NaN : q.alignment().similarity();
        });
    }

    private void updatePair() {
        SourceRow l = left.get();
        SourceRow r = right.get();
        Article la = l == null ? null : l.article();
        Article ra = r == null ? null : r.article();
        StoryAnalysis a = analysis.get();
        if (la != null && ra != null && !covers(comparison.get(), la.id(), ra.id())) {
            QuickPair.Result q = quickFor(la.id(), ra.id());
            if (q == null && alignShownPair(null)) {
                q = quickFor(la.id(), ra.id()); // set when the engine had it ready: then already shown
            }
            if (q != null) {
                pair.show(q.alignment(), la, ra, q.furniture(la.id()), q.furniture(ra.id()));
                return;
            }
        }
        pair.update(a, la, ra);
    }

    private static boolean covers(Comparison c, String a, String b) {
        return c != null && c.article(a).isPresent() && c.article(b).isPresent();
    }

    private QuickPair.Result quickFor(String a, String b) {
        return quick.get(a, b, settings.options());
    }

    /**
     * Aligns the shown pair on its own when there is a pair engine, both sides are included, distinct and
     * not yet aligned, and the analysis does not cover them; {@code after} runs once that alignment ends.
     * Returns false (and runs nothing) when no such alignment is needed.
     */
    private boolean alignShownPair(Runnable after) {
        SourceRow l = left.get();
        SourceRow r = right.get();
        if (!quick.enabled() || l == null || r == null || !l.isLoaded() || !r.isLoaded()
                || !l.isIncluded() || !r.isIncluded() || l.id().equals(r.id())
                || covers(comparison.get(), l.id(), r.id()) || quickFor(l.id(), r.id()) != null) {
            return false;
        }
        quick.align(l.article(), r.article(), settings.options(), p -> {
            updateSimilarities();
            updatePair();
        }, status::reportError, after);
        return true;
    }
}
