package org.storycompare.app.vm;

import org.storycompare.engine.StoryAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * The pair shown in the two panes: its alignment oriented so that A is the left article, the passage
 * rows of the table, and the current passage that F8 / Shift+F8 step through (-1 when none).
 */
public final class PairViewModel {

    private final ReadOnlyObjectWrapper<PairAlignment> alignment = new ReadOnlyObjectWrapper<>(this, "alignment");
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private Article left;
    private Article right;
    private List<Span> furnitureLeft = List.of();
    private List<Span> furnitureRight = List.of();

    /** Recomputes the pair for the given analysis and articles; any may be null (no pair). */
    public void update(StoryAnalysis analysis, Article leftArticle, Article rightArticle) {
        PairAlignment next = null;
        List<Span> fl = leftArticle == null ? List.of() : leftArticle.meta().furniture();
        List<Span> fr = rightArticle == null ? List.of() : rightArticle.meta().furniture();
        if (analysis != null && leftArticle != null && rightArticle != null
                && !leftArticle.id().equals(rightArticle.id())) {
            next = analysis.pair(leftArticle.id(), rightArticle.id()).orElse(null);
            fl = analysis.source(leftArticle.id()).boilerplate();
            fr = analysis.source(rightArticle.id()).boilerplate();
        }
        show(next, leftArticle, rightArticle, fl, fr);
    }

    /** {@link #show(PairAlignment, Article, Article, List, List)} with the furniture the readers marked. */
    public void show(PairAlignment next, Article leftArticle, Article rightArticle) {
        show(next, leftArticle, rightArticle, leftArticle == null ? List.of() : leftArticle.meta().furniture(),
                rightArticle == null ? List.of() : rightArticle.meta().furniture());
    }

    /**
     * Shows {@code next} (oriented left to right, or null) for the given articles. When it equals the
     * alignment already shown for the same articles nothing changes: the shown instance and the current
     * passage stay, so the panes are not painted again.
     */
    public void show(PairAlignment next, Article leftArticle, Article rightArticle, List<Span> furnitureLeft,
                     List<Span> furnitureRight) {
        if (next != null && next.equals(alignment.get()) && leftArticle == left && rightArticle == right
                && furnitureLeft.equals(this.furnitureLeft) && furnitureRight.equals(this.furnitureRight)) {
            return;
        }
        left = leftArticle;
        right = rightArticle;
        this.furnitureLeft = List.copyOf(furnitureLeft);
        this.furnitureRight = List.copyOf(furnitureRight);
        current.set(-1);
        List<PassageRow> newRows = new ArrayList<>();
        if (next != null) {
            List<Passage> ps = next.passages();
            for (int i = 0; i < ps.size(); i++) {
                newRows.add(new PassageRow(i, ps.get(i), leftArticle, rightArticle));
            }
        }
        alignment.set(next);
        rows.setAll(newRows);
    }

    /** The alignment with the left article as A; null when there is no comparison or the pair was not aligned. */
    public ReadOnlyObjectProperty<PairAlignment> alignmentProperty() {
        return alignment.getReadOnlyProperty();
    }

    public PairAlignment alignment() {
        return alignment.get();
    }

    /** The page furniture of the left (or right) article, greyed in its pane; set before the alignment changes. */
    public List<Span> furniture(boolean leftSide) {
        return leftSide ? furnitureLeft : furnitureRight;
    }

    public ObservableList<PassageRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int current() {
        return current.get();
    }

    /** The current passage, or null. */
    public Passage currentPassage() {
        int i = current.get();
        return i < 0 || i >= rows.size() ? null : rows.get(i).passage();
    }

    /** Makes passage {@code index} current (-1 clears); out-of-range indexes are ignored. */
    public void select(int index) {
        if (index >= -1 && index < rows.size()) {
            current.set(index);
        }
    }

    /** Steps to the next passage, wrapping to the first; returns false when there are none. */
    public boolean next() {
        if (rows.isEmpty()) {
            return false;
        }
        current.set((current.get() + 1) % rows.size());
        return true;
    }

    /** Steps to the previous passage, wrapping to the last; returns false when there are none. */
    public boolean previous() {
        if (rows.isEmpty()) {
            return false;
        }
        int i = current.get();
        current.set(i <= 0 ? rows.size() - 1 : i - 1);
        return true;
    }

    /** The passage whose left ({@code leftSide}) or right span contains {@code offset}. */
    public OptionalInt passageAt(boolean leftSide, int offset) {
        for (PassageRow r : rows) {
            Span s = leftSide ? r.passage().a() : r.passage().b();
            if (s.contains(offset)) {
                return OptionalInt.of(r.index());
            }
        }
        return OptionalInt.empty();
    }

    /** The first passage whose left/right span ends after {@code offset}: what synchronised scrolling aligns on. */
    public OptionalInt passageFrom(boolean leftSide, int offset) {
        PassageRow best = null;
        for (PassageRow r : rows) {
            Span s = leftSide ? r.passage().a() : r.passage().b();
            if (s.end() > offset && (best == null
                    || s.start() < (leftSide ? best.passage().a() : best.passage().b()).start())) {
                best = r;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.index());
    }

    public Article left() {
        return left;
    }

    public Article right() {
        return right;
    }
}
