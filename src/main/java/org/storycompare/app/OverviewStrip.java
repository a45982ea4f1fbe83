package org.storycompare.app;

import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.storycompare.engine.model.CoverageSegment;

/**
 * A minimap beside an article: the whole text top to bottom, each passage shaded by how many other
 * sources share it (darker = more), with the visible part outlined. A click jumps there.
 */
public final class OverviewStrip extends Region {

    /** Okabe-Ito blue: a single hue whose lightness carries the count, readable with any colour vision. */
    static final Color HEAT = Color.web("#0072B2");
    static final double WIDTH = 16;

    private final Canvas canvas = new Canvas(WIDTH, 10);
    private List<CoverageSegment> segments = List.of();
    private int textLength = 1;
    private int maxSources = 1;
    private double viewTop;
    private double viewBottom;
    private DoubleConsumer onJump = f -> { };

    public OverviewStrip() {
        getStyleClass().add("overview-strip");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setOnMouseClicked(e -> onJump.accept(Math.max(0, Math.min(1, e.getY() / Math.max(1, getHeight())))));
        setOnMouseDragged(e -> onJump.accept(Math.max(0, Math.min(1, e.getY() / Math.max(1, getHeight())))));
    }

    /** Shows the coverage of a text of {@code length} characters; {@code max} is the most other sources possible. */
    public void setCoverage(List<CoverageSegment> coverage, int length, int max) {
        segments = coverage == null ? List.of() : List.copyOf(coverage);
        textLength = Math.max(1, length);
        maxSources = Math.max(1, max);
        draw();
    }

    /** Outlines the visible part, as fractions 0..1 of the text. */
    public void setViewport(double top, double bottom) {
        if (top != viewTop || bottom != viewBottom) {
            viewTop = top;
            viewBottom = bottom;
            draw();
        }
    }

    /** Called with the clicked fraction 0..1 of the text. */
    public void setOnJump(DoubleConsumer jump) {
        onJump = jump == null ? f -> { } : jump;
    }

    public List<CoverageSegment> segments() {
        return segments;
    }

    /** The shade for a passage shared by {@code sources} other sources; transparent for none. */
    Color shade(int sources) {
        if (sources <= 0) {
            return Color.TRANSPARENT;
        }
        double f = Math.min(1.0, (double) sources / maxSources);
        return HEAT.deriveColor(0, 1, 1, 0.25 + 0.75 * f);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (h <= 0) {
            return;
        }
        for (CoverageSegment s : segments) {
            Color c = shade(s.sources());
            if (c.getOpacity() == 0) {
                continue;
            }
            double y0 = h * s.span().start() / textLength;
            double y1 = Math.max(y0 + 1, h * s.span().end() / textLength);
            g.setFill(c);
            g.fillRect(2, y0, w - 4, y1 - y0);
        }
        if (viewBottom > viewTop) {
            g.setStroke(Color.gray(0.5));
            g.setLineWidth(1.5);
            double y0 = h * viewTop;
            double y1 = Math.max(y0 + 3, h * viewBottom);
            g.strokeRect(0.75, y0 + 0.75, w - 1.5, Math.min(h, y1) - y0 - 1.5);
        }
    }
}
