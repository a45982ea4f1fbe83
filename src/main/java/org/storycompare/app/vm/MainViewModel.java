package org.storycompare.app.vm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.ingest.LoadResult;

/**
 * State of the main window, free of any scene-graph class: the sources, which one is shown in the left
 * and right pane, the latest comparison (re-run in the background whenever the included sources or the
 * settings change, latest wins), the shown pair, progress, status and the last error.
 *
 * <p>With a pair engine, the pair on screen does not wait for the full comparison: when the comparison does
 * not cover it (nothing compared yet, or a newly opened article), the two articles are aligned on their own
 * first and shown, and the comparison of all included articles (coverage, matrix, similarity column) starts
 * when that alignment has ended. Once the comparison covers the pair, its alignment is the one shown.
 */
public final class MainViewModel {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList(
            r -> new Observable[] {r.similarityProperty(), r.includedProperty()});
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(this, "sortOrder", SortOrder.LOADED);
    private final SortedList<SourceRow> sorted = new SortedList<>(sources);
    private final ObjectProperty<SourceRow> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<SourceRow> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper loadSummary = new ReadOnlyStringWrapper(this, "loadSummary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final PairViewModel pair = new PairViewModel();
    private final SettingsViewModel settings = new SettingsViewModel();
    private final ComparisonRunner runner;
    private final QuickPair quick;
    private long compareRequest;
    private int nextColour;
    private int pasted;
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
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> sortOrder.get().comparator(sources), sortOrder));
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

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    /** The sources in the chosen {@link #sortOrderProperty() order}; failed files last. */
    public SortedList<SourceRow> sortedSources() {
        return sorted;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
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

    /** Notes, the workspace file, and what reports and saved workspaces hold. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** What is going on: loading, comparing, done, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "N articles loaded, M could not be read". */
    public ReadOnlyStringProperty loadSummaryProperty() {
        return loadSummary.getReadOnlyProperty();
    }

    /** The last error for the banner; empty when there is none to show. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** 0 when idle, 0..1 while comparing, -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Replaces the sources with what a load produced, shows the first two articles and compares. */
    public void setLoaded(LoadResult result) {
        batch = true;
        try {
            sources.clear();
            nextColour = 0;
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
            Set<String> paths = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (SourceRow r : sources) {
                r.path().ifPresent(p -> paths.add(p.toAbsolutePath().normalize().toString()));
                ids.add(r.id());
            }
            for (Article a : result.articles()) {
                if (a.meta().path() != null && !paths.add(a.meta().path().toAbsolutePath().normalize().toString())) {
                    continue;
                }
                addRow(SourceRow.of(unique(a, ids), nextColour++));
            }
            for (var e : result.errors()) {
                sources.removeIf(r -> !r.isLoaded() && r.error().path().equals(e.path()));
                sources.add(SourceRow.failed(e));
            }
        } finally {
            batch = false;
        }
        List<SourceRow> ok = sources.stream().filter(SourceRow::isLoaded).toList();
        if (left.get() == null && !ok.isEmpty()) {
            left.set(ok.get(0));
        }
        if (right.get() == null && ok.size() > 1) {
            right.set(ok.stream().filter(r -> r != left.get()).findFirst().orElse(null));
        }
        long failed = sources.stream().filter(r -> !r.isLoaded()).count();
        String s = ok.size() + (ok.size() == 1 ? " article" : " articles") + " loaded";
        if (failed > 0) {
            s += ", " + failed + " could not be read";
        }
        loadSummary.set(s);
        status.set(s);
        recompare();
    }

    private static Article unique(Article a, Set<String> ids) {
        String id = a.id();
        for (int n = 2; ids.contains(id); n++) {
            id = a.id() + "~" + n;
        }
        ids.add(id);
        return id.equals(a.id()) ? a : new Article(id, a.text(), a.meta());
    }

    private void addRow(SourceRow row) {
        row.includedProperty().addListener((o, a, b) -> recompare());
        sources.add(row);
    }

    /** Adds pasted text as a new source named "Pasted text N"; returns the row, or null for blank text. */
    public SourceRow addPasted(String text) {
        if (text == null || text.isBlank()) {
            reportProblem("The clipboard holds no text to add as an article.");
            return null;
        }
        pasted++;
        String name = "Pasted text " + pasted;
        Set<String> ids = new HashSet<>();
        sources.forEach(r -> ids.add(r.id()));
        Article a = unique(new Article("pasted-" + pasted, text.strip(),
                new ArticleMeta(name, null, null, null, null, null, null, "paste")), ids);
        SourceRow row = SourceRow.of(a, nextColour++);
        addRow(row);
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
        List<SourceRow> ok = sources.stream().filter(SourceRow::isLoaded).toList();
        if (left.get() == row) {
            left.set(ok.stream().filter(r -> r != right.get()).findFirst().orElse(null));
        }
        if (right.get() == row) {
            right.set(ok.stream().filter(r -> r != left.get()).findFirst().orElse(null));
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
        SourceRow l = find(leftId);
        SourceRow r = find(rightId);
        if (l != null && r != null) {
            left.set(l);
            right.set(r);
        }
    }

    private SourceRow find(String id) {
        return sources.stream().filter(r -> r.isLoaded() && r.id().equals(id)).findFirst().orElse(null);
    }

    public void swap() {
        SourceRow l = left.get();
        left.set(right.get());
        right.set(l);
    }

    public void setStatus(String message) {
        status.set(message);
    }

    /** Shows an error in the banner and the status bar and logs it with its stack trace. */
    public void reportError(String what, Throwable t) {
        String detail = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
        LOG.log(System.Logger.Level.WARNING, what, t);
        error.set(what + " — " + detail);
        status.set(what + ": " + detail);
    }

    /** Shows a problem that is not an exception (e.g. an empty clipboard). */
    public void reportProblem(String message) {
        error.set(message);
        status.set(message);
    }

    public void dismissError() {
        error.set("");
    }

    /** The loaded sources whose "include" box is ticked. */
    public List<Article> includedArticles() {
        List<Article> out = new ArrayList<>();
        for (SourceRow r : sources) {
            if (r.isLoaded() && r.isIncluded()) {
                out.add(r.article());
            }
        }
        return out;
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
            running.set(false);
            progress.set(0);
            comparison.set(null);
            status.set(articles.isEmpty() ? "Open two or more articles to compare them."
                    : "Include at least two articles to compare them.");
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Comparing " + articles.size() + " articles…");
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
                progress.set(fraction);
                if (!message.isBlank()) {
                    status.set(message);
                }
            }

            @Override
            public void done(Comparison c) {
                running.set(false);
                progress.set(0);
                comparison.set(c);
                status.set("Compared " + c.articles().size() + " articles: " + c.pairs().size()
                        + (c.pairs().size() == 1 ? " pair shares" : " pairs share") + " text");
            }

            @Override
            public void failed(Throwable t) {
                running.set(false);
                progress.set(0);
                comparison.set(null);
                reportError("Could not compare the articles", t);
            }
        });
    }

    private void updateSimilarities() {
        Comparison c = comparison.get();
        SourceRow l = left.get();
        for (SourceRow r : sources) {
            double s = Double.NaN;
            if (r.isLoaded() && l != null) {
                if (r == l) {
                    s = 1.0;
                } else if (covers(c, l.id(), r.id())) {
                    s = c.pair(l.id(), r.id()).map(p -> p.similarity()).orElse(Double.NaN);
                } else {
                    PairAlignment q = quickFor(l.id(), r.id());
                    s = q == null ? Double.NaN : q.similarity();
                }
            }
            r.similarityProperty().set(s);
        }
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
