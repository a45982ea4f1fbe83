package org.storycompare.app.vm;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.ingest.LoadResult;

/**
 * State of the main window, free of any scene-graph class: the sources ({@link SourcesModel}), which one is
 * shown in the left and right pane, the latest comparison (re-run in the background whenever the included
 * sources or the settings change, latest wins), the shown pair, and progress, status and the last error
 * ({@link StatusModel}).
 *
 * <p>With a pair engine, the pair on screen does not wait for the full comparison: when the comparison does
 * not cover it (nothing compared yet, or a newly opened article), the two articles are aligned on their own
 * first and shown, and the comparison of all included articles (coverage, matrix, similarity column) starts
 * when that alignment has ended. Once the comparison covers the pair, its alignment is the one shown.
 */
public final class MainViewModel {

    private final SourcesModel sources = new SourcesModel(this::recompare);
    private final ObjectProperty<SourceRow> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<SourceRow> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final StatusModel status = new StatusModel();
    private final PairViewModel pair = new PairViewModel();
    private final SettingsViewModel settings = new SettingsViewModel();
    private final ComparisonRunner runner;
    private final QuickPair quick;
    private final ComparisonAnalysis<org.storycompare.engine.provenance.Provenance> provenance;
    private long compareRequest;
    private boolean batch;

    /** The real engine on the app's background thread, results on the FX thread. */
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(this);

    public MainViewModel() {
        this(ComparisonRunner.STORY_ENGINE, PairRunner.STORY_ENGINE, Background.COMPARE, Background.PAIR,
                Platform::runLater);
    }

    /**
     * A model on the given engine and executors (tests pass a hand-made engine and direct executors); the
     * pair on screen waits for the full comparison.
     */
    public MainViewModel(ComparisonRunner.Engine engine, Executor background, Executor ui) {
        this(engine, null, background, background, ui);
    }

    /**
     * A model that aligns the pair on screen with {@code pairEngine} (on {@code pairBackground}) before the
     * full comparison runs with {@code engine} (on {@code background}); a null pair engine waits for the
     * comparison instead.
     */
    public MainViewModel(ComparisonRunner.Engine engine, PairRunner.Engine pairEngine, Executor background,
                         Executor pairBackground, Executor ui) {
        this.runner = new ComparisonRunner(engine, background, ui);
        this.quick = new QuickPair(pairEngine == null ? null : new PairRunner(pairEngine, pairBackground, ui));
        this.provenance = new ComparisonAnalysis<>("Working out who copied whom", comparisonProperty(),
                ComparisonAnalysis.PROVENANCE, background, ui, this::reportError);
        provenance.resultProperty().addListener((o, a, p) -> SourceRoles.apply(sources(), p));
        left.addListener((o, a, b) -> {
            updateSimilarities();
            updatePair();
        });
        right.addListener((o, a, b) -> updatePair());
        comparison.addListener((o, a, b) -> {
            updateSimilarities();
            updatePair();
        });
        settings.optionsProperty().addListener((o, a, b) -> recompare());
    }

    /** Who likely copied whom, worked out in the background after every comparison (the Provenance tab, row roles). */
    public ComparisonAnalysis<org.storycompare.engine.provenance.Provenance> provenance() {
        return provenance;
    }

    /** The sources list: rows, colours, sort order and load summary. */
    public SourcesModel sourcesModel() {
        return sources;
    }

    public ObservableList<SourceRow> sources() {
        return sources.rows();
    }

    /** The sources in the chosen {@link #sortOrderProperty() order}; failed files last. */
    public SortedList<SourceRow> sortedSources() {
        return sources.sorted();
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sources.sortOrderProperty();
    }

    public ObjectProperty<SourceRow> leftProperty() {
        return left;
    }

    public ObjectProperty<SourceRow> rightProperty() {
        return right;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
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

    /** What is going on: loading, comparing, done, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.statusProperty();
    }

    /** "N articles loaded, M could not be read". */
    public ReadOnlyStringProperty loadSummaryProperty() {
        return sources.loadSummaryProperty();
    }

    /** The last error for the banner; empty when there is none to show. */
    public ReadOnlyStringProperty errorProperty() {
        return status.errorProperty();
    }

    /** 0 when idle, 0..1 while comparing, -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return status.runningProperty();
    }

    /** Replaces the sources with what a load produced, shows the first two articles and compares. */
    public void setLoaded(LoadResult result) {
        batch = true;
        try {
            sources.clear();
            comparison.set(null);
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
            reportProblem("The clipboard holds no text to add as an article.");
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

    public void setStatus(String message) {
        status.setStatus(message);
    }

    /** Shows an error in the banner and the status bar and logs it with its stack trace. */
    public void reportError(String what, Throwable t) {
        status.reportError(what, t);
    }

    /** Shows a problem that is not an exception (e.g. an empty clipboard). */
    public void reportProblem(String message) {
        status.reportProblem(message);
    }

    public void dismissError() {
        status.dismissError();
    }

    /** The loaded sources whose "include" box is ticked. */
    public List<Article> includedArticles() {
        return sources.includedArticles();
    }

    /** Compares the included articles again in the background; any earlier run is cancelled. */
    public void recompare() {
        if (batch) {
            return;
        }
        List<Article> articles = includedArticles();
        long request = ++compareRequest;
        if (articles.size() < 2) {
            runner.cancel();
            quick.cancel();
            status.idle();
            comparison.set(null);
            status.setStatus(articles.isEmpty() ? "Open two or more articles to compare them."
                    : "Include at least two articles to compare them.");
            return;
        }
        status.busy("Comparing " + articles.size() + " articles…");
        // the pair on screen first; the full comparison once that alignment has ended (unless superseded)
        if (!alignShownPair(() -> {
            if (request == compareRequest) {
                compareAll(articles);
            }
        })) {
            quick.cancel(); // e.g. a pane's article was just excluded: its pending alignment is not wanted
            compareAll(articles);
        }
    }

    private void compareAll(List<Article> articles) {
        runner.run(articles, settings.options(), new ComparisonRunner.Callback() {
            @Override
            public void progress(double fraction, String message) {
                status.progress(fraction, message);
            }

            @Override
            public void done(Comparison c) {
                status.idle();
                comparison.set(c);
                status.setStatus("Compared " + c.articles().size() + " articles: " + c.pairs().size()
                        + (c.pairs().size() == 1 ? " pair shares" : " pairs share") + " text");
            }

            @Override
            public void failed(Throwable t) {
                status.idle();
                comparison.set(null);
                reportError("Could not compare the articles", t);
            }
        });
    }

    private void updateSimilarities() {
        Comparison c = comparison.get();
        sources.setSimilarities(left.get(), (l, r) -> {
            if (covers(c, l, r)) {
                return c.pair(l, r).map(p -> p.similarity()).orElse(Double.NaN);
            }
            PairAlignment q = quickFor(l, r);
            return q == null ? Double.NaN : q.similarity();
        });
    }

    private void updatePair() {
        SourceRow l = left.get();
        SourceRow r = right.get();
        Article la = l == null ? null : l.article();
        Article ra = r == null ? null : r.article();
        Comparison c = comparison.get();
        if (la != null && ra != null && !covers(c, la.id(), ra.id())) {
            PairAlignment q = quickFor(la.id(), ra.id());
            if (q == null && alignShownPair(null)) {
                q = quickFor(la.id(), ra.id()); // set when the engine had it ready: then already shown
            }
            if (q != null) {
                pair.show(q, la, ra);
                return;
            }
        }
        pair.update(c, la, ra);
    }

    private static boolean covers(Comparison c, String a, String b) {
        return c != null && c.article(a).isPresent() && c.article(b).isPresent();
    }

    private PairAlignment quickFor(String a, String b) {
        return quick.get(a, b, settings.options());
    }

    /**
     * Aligns the shown pair on its own when there is a pair engine, both sides are included, distinct and
     * not yet aligned, and the comparison does not cover them; {@code after} runs once that alignment ends.
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
        }, this::reportError, after);
        return true;
    }
}
