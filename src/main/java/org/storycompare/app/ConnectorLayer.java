package org.storycompare.app;

import java.util.ArrayList;
import java.util.List;
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
import org.fxmisc.richtext.model.TwoDimensional;
import org.storycompare.app.vm.PairViewModel;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * The bands between the two panes, as diff tools draw them: each passage visible in either pane is
 * joined to its counterpart (drawn to the top or bottom edge when the counterpart is scrolled away).
 * Only visible passages are drawn, redraws are coalesced to one per pulse, and the band nodes are reused from one
 * redraw to the next (scrolling moves them instead of making new nodes, which would each need a CSS pass).
 */
public final class ConnectorLayer extends Pane {

    static final double WIDTH = 48;

    private final ArticlePane left;
    private final ArticlePane right;
    private final PairViewModel pair;
    private boolean pending;
    private double screenOffsetY;

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
        int used = 0;
        PairAlignment p = pair.alignment();
        if (p != null && left.article() != null && right.article() != null && getScene() != null
                && p.aId().equals(left.article().id()) && p.bId().equals(right.article().id())) {
            used = drawBands(p);
        }
        if (used < getChildren().size()) {
            getChildren().remove(used, getChildren().size());
        }
    }

    /** Draws a band per visible passage into the first children (adding nodes when needed); returns how many. */
    private int drawBands(PairAlignment p) {
        Span lv = left.visibleRange();
        Span rv = right.visibleRange();
        if (lv.isEmpty() && rv.isEmpty()) {
            return 0;
        }
        // screen y minus this: y in this layer (it is only ever moved, not scaled or rotated); once per redraw
        Bounds screen = localToScreen(getLayoutBounds());
        screenOffsetY = screen == null ? 0 : screen.getMinY() - getLayoutBounds().getMinY();
        double[] lEdge = edges(left.area());
        double[] rEdge = edges(right.area());
        Passage current = pair.currentPassage();
        int n = 0;
        for (Passage x : p.passages()) {
            if (!x.a().overlaps(lv) && !x.b().overlaps(rv)) {
                continue;
            }
            double[] l = yRange(left.area(), x.a(), lv, lEdge);
            double[] r = yRange(right.area(), x.b(), rv, rEdge);
            Path band;
            if (n < getChildren().size()) {
                band = (Path) getChildren().get(n);
                shape(band, l, r, getWidth());
            } else {
                band = band(l, r, getWidth());
                getChildren().add(band);
            }
            List<String> classes = new ArrayList<>(List.of("band", "band-" + x.kind().id()));
            if (x.moved()) {
                classes.add("band-moved");
            }
            if (x.equals(current)) {
                classes.add("band-current");
            }
            if (!band.getStyleClass().equals(classes)) {
                band.getStyleClass().setAll(classes);
            }
            n++;
        }
        return n;
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
        // the top of the first visible character's line and the bottom of the last one's, from their paragraphs'
        // bounds: the character-bounds look-up would copy the range out of the document and lay it out again, on
        // every frame while scrolling
        Optional<double[]> first = lineOnScreen(area, from);
        Optional<double[]> last = to - 1 == from ? first : lineOnScreen(area, to - 1);
        if (first.isEmpty() || last.isEmpty()) {
            double y = span.start() < visible.start() ? edge[0] : edge[1];
            return new double[] {y, y};
        }
        double y0 = clamp(toLocalY(first.get()[0]), edge);
        double y1 = clamp(toLocalY(last.get()[1]), edge);
        return new double[] {y0, Math.max(y0, y1)};
    }

    private double toLocalY(double screenY) {
        return screenY - screenOffsetY;
    }

    /**
     * Top and bottom on screen of the line that holds the character at {@code offset}: its paragraph's bounds cut
     * into equal lines (one font), if the paragraph is laid out.
     */
    static Optional<double[]> lineOnScreen(StyleClassedTextArea area, int offset) {
        try {
            TwoDimensional.Position pos = area.offsetToPosition(offset, TwoDimensional.Bias.Forward);
            int par = pos.getMajor();
            Optional<Bounds> box = area.getParagraphBoundsOnScreen(par);
            if (box.isEmpty()) {
                return Optional.empty();
            }
            int lines = Math.max(1, area.getParagraphLinesCount(par));
            int line = Math.max(0, Math.min(lines - 1, area.lineIndex(par, pos.getMinor())));
            double height = box.get().getHeight() / lines;
            double top = box.get().getMinY() + line * height;
            return Optional.of(new double[] {top, top + height});
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException e) {
            return Optional.empty(); // a paragraph cell mid-layout; the next pulse redraws
        }
    }

    private static double clamp(double y, double[] edge) {
        return Math.max(edge[0], Math.min(edge[1], y));
    }

    /** A band from [l0, l1] on the left edge to [r0, r1] on the right edge, with curved sides. */
    static Path band(double[] l, double[] r, double width) {
        Path path = new Path(new MoveTo(), new CubicCurveTo(), new LineTo(), new CubicCurveTo(), new ClosePath());
        path.setManaged(false);
        shape(path, l, r, width);
        return path;
    }

    /** Moves a band made by {@link #band} to new ends. */
    static void shape(Path path, double[] l, double[] r, double width) {
        double mid = width / 2;
        MoveTo start = (MoveTo) path.getElements().get(0);
        start.setX(0);
        start.setY(l[0]);
        curve((CubicCurveTo) path.getElements().get(1), mid, l[0], r[0], width, r[0]);
        LineTo down = (LineTo) path.getElements().get(2);
        down.setX(width);
        down.setY(r[1]);
        curve((CubicCurveTo) path.getElements().get(3), mid, r[1], l[1], 0, l[1]);
    }

    private static void curve(CubicCurveTo c, double mid, double fromY, double toY, double x, double y) {
        c.setControlX1(mid);
        c.setControlY1(fromY);
        c.setControlX2(mid);
        c.setControlY2(toY);
        c.setX(x);
        c.setY(y);
    }
}
