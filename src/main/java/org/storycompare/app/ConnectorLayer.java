package org.storycompare.app;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.storycompare.app.vm.PairViewModel;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * The bands between the two panes, as diff tools draw them: each passage visible in either pane is
 * joined to its counterpart (drawn to the top or bottom edge when the counterpart is scrolled away).
 * Only visible passages are drawn, and redraws are coalesced to one per pulse.
 */
public final class ConnectorLayer extends Pane {

    static final double WIDTH = 48;

    private final ArticlePane left;
    private final ArticlePane right;
    private final PairViewModel pair;
    private boolean pending;

    public ConnectorLayer(ArticlePane left, ArticlePane right, PairViewModel pair) {
        this.left = left;
        this.right = right;
        this.pair = pair;
        getStyleClass().add("connector-layer");
        setId("connectors");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setClip(new javafx.scene.shape.Rectangle());
        layoutBoundsProperty().addListener((o, a, b) -> {
            ((javafx.scene.shape.Rectangle) getClip()).setWidth(b.getWidth());
            ((javafx.scene.shape.Rectangle) getClip()).setHeight(b.getHeight());
            requestRedraw();
        });
        left.area().viewportDirtyEvents().subscribe(x -> requestRedraw());
        right.area().viewportDirtyEvents().subscribe(x -> requestRedraw());
        pair.alignmentProperty().addListener((o, a, b) -> requestRedraw());
        pair.currentProperty().addListener((o, a, b) -> requestRedraw());
    }

    /** Schedules a redraw on the FX thread; several requests in one pulse draw once. */
    public void requestRedraw() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    /** Number of bands drawn now. */
    public int bandCount() {
        return getChildren().size();
    }

    /** Redraws the bands for the passages visible in either pane. */
    public void redraw() {
        getChildren().clear();
        PairAlignment p = pair.alignment();
        if (p == null || left.article() == null || right.article() == null || getScene() == null
                || !p.aId().equals(left.article().id()) || !p.bId().equals(right.article().id())) {
            return;
        }
        Span lv = left.visibleRange();
        Span rv = right.visibleRange();
        if (lv.isEmpty() && rv.isEmpty()) {
            return;
        }
        double[] lEdge = edges(left.area());
        double[] rEdge = edges(right.area());
        Passage current = pair.currentPassage();
        for (Passage x : p.passages()) {
            if (!x.a().overlaps(lv) && !x.b().overlaps(rv)) {
                continue;
            }
            double[] l = yRange(left.area(), x.a(), lv, lEdge);
            double[] r = yRange(right.area(), x.b(), rv, rEdge);
            Path band = band(l, r, getWidth());
            band.getStyleClass().addAll("band", "band-" + x.kind().id());
            if (x.moved()) {
                band.getStyleClass().add("band-moved");
            }
            if (x.equals(current)) {
                band.getStyleClass().add("band-current");
            }
            getChildren().add(band);
        }
    }

    /** Top and bottom of an area's viewport in this layer's coordinates. */
    private double[] edges(StyleClassedTextArea area) {
        Bounds screen = area.localToScreen(area.getLayoutBounds());
        if (screen == null) {
            return new double[] {0, getHeight()};
        }
        Bounds local = screenToLocal(screen);
        return local == null ? new double[] {0, getHeight()} : new double[] {local.getMinY(), local.getMaxY()};
    }

    /** Vertical extent of {@code span} in this layer's coordinates, clipped to the viewport edges. */
    private double[] yRange(StyleClassedTextArea area, Span span, Span visible, double[] edge) {
        int from = Math.max(span.start(), visible.start());
        int to = Math.min(span.end(), visible.end());
        if (from >= to) {
            double y = span.end() <= visible.start() ? edge[0] : edge[1];
            return new double[] {y, y};
        }
        Optional<Bounds> b;
        try {
            b = area.getCharacterBoundsOnScreen(from, to);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            b = Optional.empty();
        }
        if (b.isEmpty()) {
            double y = span.start() < visible.start() ? edge[0] : edge[1];
            return new double[] {y, y};
        }
        Bounds local = screenToLocal(b.get());
        double top = clamp(local.getMinY(), edge);
        double bottom = clamp(local.getMaxY(), edge);
        return new double[] {top, Math.max(top, bottom)};
    }

    private static double clamp(double y, double[] edge) {
        return Math.max(edge[0], Math.min(edge[1], y));
    }

    /** A band from [l0, l1] on the left edge to [r0, r1] on the right edge, with curved sides. */
    static Path band(double[] l, double[] r, double width) {
        double mid = width / 2;
        Path path = new Path(
                new MoveTo(0, l[0]),
                new CubicCurveTo(mid, l[0], mid, r[0], width, r[0]),
                new LineTo(width, r[1]),
                new CubicCurveTo(mid, r[1], mid, l[1], 0, l[1]),
                new ClosePath());
        path.setManaged(false);
        return path;
    }
}
