package org.storycompare.app.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.storycompare.engine.model.Article;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;

/**
 * State of the main window, free of any scene-graph class: the sources, which one is shown in the
 * left and right pane, and the status line.
 */
public final class MainViewModel {

    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceItem> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<SourceItem> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public ObservableList<SourceItem> sources() {
        return sources;
    }

    public ObjectProperty<SourceItem> leftProperty() {
        return left;
    }

    public ObjectProperty<SourceItem> rightProperty() {
        return right;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Replaces the sources with what a load produced and shows the first two articles. */
    public void setLoaded(LoadResult result) {
        sources.clear();
        result.articles().forEach(a -> sources.add(SourceItem.of(a)));
        result.errors().forEach(e -> sources.add(SourceItem.failed(e)));
        List<SourceItem> ok = sources.stream().filter(SourceItem::isLoaded).toList();
        left.set(ok.isEmpty() ? null : ok.get(0));
        right.set(ok.size() < 2 ? null : ok.get(1));
        status.set(describe(result));
    }

    /** Shows a source in the right pane (a plain click in the sources list). */
    public void showRight(SourceItem item) {
        if (item != null && item.isLoaded()) {
            right.set(item);
        }
    }

    /** Shows a source in the left pane (Ctrl+click or the "show left" action). */
    public void showLeft(SourceItem item) {
        if (item != null && item.isLoaded()) {
            left.set(item);
        }
    }

    public void swap() {
        SourceItem l = left.get();
        left.set(right.get());
        right.set(l);
    }

    public void setStatus(String message) {
        status.set(message);
    }

    private static String describe(LoadResult r) {
        String s = r.articles().size() + (r.articles().size() == 1 ? " article" : " articles") + " loaded";
        if (!r.errors().isEmpty()) {
            s += ", " + r.errors().size() + " could not be read";
        }
        return s;
    }

    /** A row of the sources list: a loaded article, or a file that failed with its reason. */
    public record SourceItem(Article article, LoadError error) {

        static SourceItem of(Article a) {
            return new SourceItem(a, null);
        }

        static SourceItem failed(LoadError e) {
            return new SourceItem(null, e);
        }

        public boolean isLoaded() {
            return article != null;
        }

        public String label() {
            if (article != null) {
                return article.label();
            }
            Path name = error.path().getFileName();
            return name == null ? error.path().toString() : name.toString();
        }

        public Optional<String> title() {
            return Optional.ofNullable(article).map(a -> a.meta().title());
        }
    }
}
