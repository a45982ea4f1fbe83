package org.storycompare.app;

import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Span;

import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.PairViewModel;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.Passage;

/**
 * The two article panes with the connector bands between them and an overview strip on each outer edge.
 * Clicking a passage reveals its counterpart; the current passage (F8) is revealed on both sides; with
 * synchronised scrolling on, scrolling one pane brings the counterpart of its first visible passage level
 * in the other.
 */
public final class ComparePane extends HBox {

    private final MainViewModel model;
    private final PairViewModel pair;
    private final ArticlePane leftPane;
    private final ArticlePane rightPane;
    private final ConnectorLayer connectors;
    private final BooleanProperty syncScrolling = new SimpleBooleanProperty(this, "syncScrolling", true);
    private ArticlePane lastFocused;
    private boolean syncing;
    private final VirtualFlow<?, ?>[] flows = new VirtualFlow<?, ?>[2];

    public ComparePane(MainViewModel model) {
        this.model = model;
        this.pair = model.pair();
        leftPane = new ArticlePane("left", model.runner());
        rightPane = new ArticlePane("right", model.runner());
        lastFocused = leftPane;
        connectors = new ConnectorLayer(leftPane, rightPane, pair);
        getStyleClass().add("compare-pane");
        HBox.setHgrow(leftPane, Priority.ALWAYS);
        HBox.setHgrow(rightPane, Priority.ALWAYS);
        leftPane.setPrefWidth(400);
        rightPane.setPrefWidth(400);
        getChildren().addAll(leftPane, connectors, rightPane);

        model.leftProperty().addListener((o, a, b) -> refresh());
        model.rightProperty().addListener((o, a, b) -> refresh());
        pair.alignmentProperty().addListener((o, a, b) -> refresh());
        model.comparisonProperty().addListener((o, a, b) -> refresh());
        pair.currentProperty().addListener((o, a, b) -> revealCurrent());
        leftPane.setOnTextClicked(offset -> clicked(true, offset));
        rightPane.setOnTextClicked(offset -> clicked(false, offset));
        leftPane.area().focusedProperty().addListener((o, a, b) -> {
            if (b) {
                lastFocused = leftPane;
            }
        });
        rightPane.area().focusedProperty().addListener((o, a, b) -> {
            if (b) {
                lastFocused = rightPane;
            }
        });
        leftPane.area().estimatedScrollYProperty().addListener((o, a, b) -> sync(leftPane, rightPane));
        rightPane.area().estimatedScrollYProperty().addListener((o, a, b) -> sync(rightPane, leftPane));
        refresh();
    }

    /** Shows the chosen sources and paints the pair's highlights and coverage. */
    private void refresh() {
        SourceRow l = model.leftProperty().get();
        SourceRow r = model.rightProperty().get();
        leftPane.show(l);
        rightPane.show(r);
        StoryAnalysis analysis = model.analysis();
        leftPane.setCredits(credits(analysis, l));
        rightPane.setCredits(credits(analysis, r));
        leftPane.highlight(pair.alignment(), true, pair.furniture(true));
        rightPane.highlight(pair.alignment(), false, pair.furniture(false));
        leftPane.setRepeats(repeats(analysis, l));
        rightPane.setRepeats(repeats(analysis, r));
        Comparison c = model.comparison();
        int others = c == null ? 1 : Math.max(1, c.articles().size() - 1);
        leftPane.setCoverage(coverage(c, l), others);
        rightPane.setCoverage(coverage(c, r), others);
        connectors.requestRedraw();
    }

    private static List<List<Span>> repeats(StoryAnalysis a, SourceRow row) {
        return a == null || row == null || !row.isLoaded() ? List.of() : a.source(row.id()).repeatGroups();
    }

    /** The credits of the source shown, as the analysis found them (none while there is no analysis). */
    private static List<org.storycompare.engine.credits.Attribution> credits(StoryAnalysis a, SourceRow row) {
        return a == null || row == null || !row.isLoaded() ? List.of() : a.credits().of(row.id());
    }

    private static List<CoverageSegment> coverage(Comparison c, SourceRow row) {
        if (c == null || row == null || !row.isLoaded()) {
            return List.of();
        }
        return c.coverage().getOrDefault(row.id(), List.of());
    }

    private void clicked(boolean leftSide, int offset) {
        OptionalInt i = pair.passageAt(leftSide, offset);
        if (i.isPresent()) {
            if (i.getAsInt() == pair.current()) {
                revealCurrent();
            } else {
                pair.select(i.getAsInt());
            }
        }
    }

    private void revealCurrent() {
        Passage p = pair.currentPassage();
        if (p == null) {
            return;
        }
        syncing = true;
        try {
            leftPane.reveal(p.a());
            rightPane.reveal(p.b());
        } finally {
            syncing = false;
        }
        connectors.requestRedraw();
    }

    /**
     * Levels the counterpart of the first passage visible in {@code from} with it in {@code to}, when the user
     * scrolls {@code from} (the mouse is over it or it has the keyboard focus). Nothing moves while no shared
     * passage is in view in {@code from}.
     */
    private void sync(ArticlePane from, ArticlePane to) {
        // the pane under the mouse leads; without one, the pane with the focus
        boolean leads = from.scrollPane().isHover() || (from.area().isFocused() && !to.scrollPane().isHover());
        if (!syncScrolling.get() || syncing || pair.alignment() == null || !leads
                || from.area().getScene() == null || from.area().getScene().getWindow() == null
                || !from.area().getScene().getWindow().isShowing()) {
            return;
        }
        Span visible = from.visibleRange();
        OptionalInt i = pair.passageFrom(from.isLeftSide(), visible.start());
        if (i.isEmpty()) {
            return;
        }
        Passage p = pair.rows().get(i.getAsInt()).passage();
        Span fromSpan = from.isLeftSide() ? p.a() : p.b();
        Span toSpan = from.isLeftSide() ? p.b() : p.a();
        if (fromSpan.start() >= visible.end()) {
            return; // the next shared passage is still below the view
        }
        // a passage that began above the view: level its first visible paragraph with the paragraph as far
        // into the counterpart (copies keep their paragraphs; a character offset drifts when wording differs)
        int anchor = Math.max(fromSpan.start(), visible.start());
        int fromPar = paragraphOf(from, anchor);
        int toFirst = paragraphOf(to, toSpan.start());
        int toLast = paragraphOf(to, Math.max(toSpan.start(), toSpan.end() - 1));
        int toPar = Math.min(toLast, toFirst + fromPar - paragraphOf(from, fromSpan.start()));
        VirtualFlow<?, ?> fromFlow = flow(from);
        VirtualFlow<?, ?> toFlow = flow(to);
        java.util.Optional<Bounds> fromBounds;
        try {
            fromBounds = from.area().getParagraphBoundsOnScreen(fromPar);
        } catch (NullPointerException e) {
            fromBounds = java.util.Optional.empty(); // a paragraph cell mid-layout has no screen bounds yet
        }
        Bounds viewport = fromFlow == null ? null : fromFlow.localToScreen(fromFlow.getLayoutBounds());
        syncing = true;
        try {
            if (toFlow != null && fromBounds.isPresent() && viewport != null) {
                // one target position: the paragraph's top at the same distance from the top of the view
                // (showing it at the top and then scrolling by the distance made two targets that fought)
                toFlow.showAtOffset(toPar, fromBounds.get().getMinY() - viewport.getMinY());
            } else {
                to.area().showParagraphAtTop(toPar);
            }
        } finally {
            syncing = false;
        }
    }

    private static int paragraphOf(ArticlePane pane, int offset) {
        int o = Math.max(0, Math.min(offset, pane.area().getLength()));
        return pane.area().offsetToPosition(o, Bias.Forward).getMajor();
    }

    /** The text area's viewport (RichTextFX lays its paragraphs out in a Flowless {@link VirtualFlow}); looked up once. */
    private VirtualFlow<?, ?> flow(ArticlePane pane) {
        int side = pane == leftPane ? 0 : 1;
        if (flows[side] == null && pane.area().lookup(".virtual-flow") instanceof VirtualFlow<?, ?> f) {
            flows[side] = f;
        }
        return flows[side];
    }

    /** Synchronised scrolling on matches (View menu toggle). */
    public BooleanProperty syncScrollingProperty() {
        return syncScrolling;
    }

    /** The pane that last had the keyboard focus (what the find bar searches). */
    public ArticlePane lastFocused() {
        return lastFocused;
    }

    public ArticlePane leftPane() {
        return leftPane;
    }

    public ArticlePane rightPane() {
        return rightPane;
    }

    public ConnectorLayer connectors() {
        return connectors;
    }
}
