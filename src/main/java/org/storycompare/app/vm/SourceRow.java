package org.storycompare.app.vm;

import org.storycompare.io.SafeText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.storycompare.engine.model.Article;
import org.storycompare.ingest.LoadError;

/**
 * A row of the sources list: a loaded article (with its colour, whether it takes part in the comparison
 * and its similarity to the article in the left pane) or a file that failed to load, with its reason.
 */
public final class SourceRow {

    /** Number of distinct source colours; the view maps {@link #colour()} to CSS class {@code chip-N}. */
    public static final int COLOURS = 8;

    private static final java.util.concurrent.atomic.AtomicLong OPENED = new java.util.concurrent.atomic.AtomicLong();

    private final long opened = OPENED.incrementAndGet();
    private Article article;
    private final LoadError error;
    private final int colour;
    private int words = -1; // counted once: list cells ask on every update
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);
    private final DoubleProperty similarity = new SimpleDoubleProperty(this, "similarity", Double.NaN);
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper(this, "role", "");
    private java.util.List<String> credits = java.util.List.of();

    private SourceRow(Article article, LoadError error, int colour) {
        this.article = article;
        this.error = error;
        this.colour = Math.floorMod(colour, COLOURS);
    }

    public static SourceRow of(Article a, int colour) {
        return new SourceRow(a, null, colour);
    }

    public static SourceRow failed(LoadError e) {
        return new SourceRow(null, e, 0);
    }

    public boolean isLoaded() {
        return article != null;
    }

    /** The article; null for a failed file. */
    public Article article() {
        return article;
    }

    /** Why the file failed; null for a loaded article. */
    public LoadError error() {
        return error;
    }

    /** When the row was made, relative to other rows: the "order opened". */
    long opened() {
        return opened;
    }

    /** Colour index 0..{@link #COLOURS}-1, stable for the row's life. */
    public int colour() {
        return colour;
    }

    public String id() {
        return article != null ? article.id() : "failed:" + error.path();
    }

    /**
     * Outlet, title or id for an article; the file name for a failed file. Control characters from the file (a
     * name holding a terminal escape, say) are shown as visible escapes.
     */
    public String label() {
        if (article != null) {
            return SafeText.escape(article.label());
        }
        Path name = error.path().getFileName();
        return SafeText.escape(name == null ? error.path().toString() : name.toString());
    }

    /** The title, when it says more than the label. */
    public Optional<String> title() {
        return Optional.ofNullable(article).map(a -> SafeText.escape(a.meta().title()))
                .filter(t -> !t.isBlank() && !t.equals(label()));
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(article).map(a -> a.meta().published());
    }

    public int wordCount() {
        if (words < 0) {
            words = article == null ? 0 : article.wordCount();
        }
        return words;
    }

    /** The file the row came from, when known. */
    public Optional<Path> path() {
        return article != null ? Optional.ofNullable(article.meta().path()) : Optional.of(error.path());
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public boolean isIncluded() {
        return included.get();
    }

    /** Similarity 0..1 to the article in the left pane; NaN when unknown (no comparison, or not aligned). */
    public DoubleProperty similarityProperty() {
        return similarity;
    }

    public double similarity() {
        return similarity.get();
    }

    /** Where the source stands in who copied whom ("original", "copy of …"); empty while not worked out. */
    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    public String role() {
        return role.get();
    }

    /** Replaces the article by one with other details (same id and text: the details were edited). */
    void setArticle(Article edited) {
        if (article == null || !article.id().equals(edited.id()) || !article.text().equals(edited.text())) {
            throw new IllegalArgumentException("only the details of a loaded article can change");
        }
        article = edited;
    }

    /** The reader's notes on this source (an uncertain extraction, a cut), in plain words; empty when none. */
    public java.util.List<String> notes() {
        return article == null ? java.util.List.of() : article.meta().notes();
    }

    void setRole(String r) {
        role.set(r == null ? "" : r);
    }

    /**
     * Whom the source credits, in words ("Northgate Press Agency (agency, according to)"), each name once, in
     * text order; empty while not worked out or when it credits no one.
     */
    public java.util.List<String> credits() {
        return credits;
    }

    void setCredits(java.util.List<String> c) {
        credits = c == null ? java.util.List.of() : java.util.List.copyOf(c);
    }

    @Override
    public String toString() {
        return isLoaded() ? label() : label() + " (failed: " + error.message() + ")";
    }
}
