package org.storycompare.app.vm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.ingest.LoadResult;

/**
 * The sources list of the main window, free of any scene-graph class: the rows (loaded articles and files
 * that could not be read), their colours, the chosen sort order and the load summary. Files already open are
 * not added twice and article ids are made unique ({@code id~2}). Owned by {@link MainViewModel}, which
 * decides what is shown and compared; this class only keeps the list.
 */
public final class SourcesModel {

    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.similarityProperty(), r.includedProperty()});
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(this, "sortOrder", SortOrder.LOADED);
    private final SortedList<SourceRow> sorted = new SortedList<>(rows);
    private final ReadOnlyStringWrapper loadSummary = new ReadOnlyStringWrapper(this, "loadSummary", "");
    private final Runnable onIncludedChanged;
    private final java.util.List<String> loadNotes = new java.util.ArrayList<>();
    private int nextColour;
    private int pasted;

    /** A list that runs {@code onIncludedChanged} whenever a row's "include" box changes. */
    SourcesModel(Runnable onIncludedChanged) {
        this.onIncludedChanged = onIncludedChanged;
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> sortOrder.get().comparator(), sortOrder));
    }

    /** All rows in the order they were added. */
    public ObservableList<SourceRow> rows() {
        return rows;
    }

    /** The rows in the chosen {@link #sortOrderProperty() order}; failed files last. */
    public SortedList<SourceRow> sorted() {
        return sorted;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** "N articles loaded, M could not be read". */
    public ReadOnlyStringProperty loadSummaryProperty() {
        return loadSummary.getReadOnlyProperty();
    }

    /** Removes every row and starts the colours again. */
    void clear() {
        rows.clear();
        loadNotes.clear();
        nextColour = 0;
    }

    /**
     * Adds what a load produced: articles whose file is already open are skipped, ids are made unique, and a
     * file that failed again replaces its earlier failed row.
     */
    void add(LoadResult result) {
        Set<String> paths = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (SourceRow r : rows) {
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
            rows.removeIf(r -> !r.isLoaded() && r.error().path().equals(e.path()));
            rows.add(SourceRow.failed(e));
        }
        loadNotes.addAll(result.notes());
    }

    /**
     * What the loads said besides articles and errors, in plain words: files skipped as not articles, folders not
     * searched, a cancelled load and how many files it did not read. Shown in the load summary's tooltip.
     */
    public java.util.List<String> loadNotes() {
        return java.util.List.copyOf(loadNotes);
    }

    /** Sets and returns the load summary: "N articles loaded, M could not be read". */
    String summarize() {
        long ok = rows.stream().filter(SourceRow::isLoaded).count();
        long failed = rows.size() - ok;
        String s = ok + (ok == 1 ? " article" : " articles") + " loaded";
        if (failed > 0) {
            s += ", " + failed + " could not be read";
        }
        if (!loadNotes.isEmpty()) {
            s += ", " + loadNotes.size() + (loadNotes.size() == 1 ? " note" : " notes") + " (hover)";
        }
        loadSummary.set(s);
        return s;
    }

    /** Adds non-blank pasted text as a new row named "Pasted text N" and returns it. */
    SourceRow addPasted(String text) {
        pasted++;
        String name = "Pasted text " + pasted;
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        Article a = unique(new Article("pasted-" + pasted, text.strip(),
                new ArticleMeta(name, null, null, null, null, null, null, "paste")), ids);
        SourceRow row = SourceRow.of(a, nextColour++);
        addRow(row);
        return row;
    }

    /** Removes a row; false when it was not in the list. */
    boolean remove(SourceRow row) {
        return rows.remove(row);
    }

    /** The rows whose article was read, in the order they were added. */
    public List<SourceRow> loaded() {
        return rows.stream().filter(SourceRow::isLoaded).toList();
    }

    /** The first loaded row other than {@code other}, or null. */
    SourceRow firstLoadedExcept(SourceRow other) {
        return rows.stream().filter(r -> r.isLoaded() && r != other).findFirst().orElse(null);
    }

    /** The loaded row with this article id, or null. */
    public SourceRow find(String id) {
        return rows.stream().filter(r -> r.isLoaded() && r.id().equals(id)).findFirst().orElse(null);
    }

    /** The loaded articles whose "include" box is ticked. */
    public List<Article> includedArticles() {
        List<Article> out = new ArrayList<>();
        for (SourceRow r : rows) {
            if (r.isLoaded() && r.isIncluded()) {
                out.add(r.article());
            }
        }
        return out;
    }

    /**
     * Fills the similarity column against {@code left}: 1 for itself, {@code similarity(leftId, rowId)} for
     * the other loaded rows (NaN when unknown), NaN for every row when there is no left article.
     */
    void setSimilarities(SourceRow left, ToDoubleBiFunction<String, String> similarity) {
        for (SourceRow r : rows) {
            double s = Double.NaN;
            if (r.isLoaded() && left != null) {
                s = r == left ? 1.0 : similarity.applyAsDouble(left.id(), r.id());
            }
            r.similarityProperty().set(s);
        }
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
        row.includedProperty().addListener((o, a, b) -> onIncludedChanged.run());
        rows.add(row);
    }
}
