package org.storycompare.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Sources × sources as a heat map of similarity (darker = more shared); hovering a cell shows the
 * containment both ways, clicking it opens that pair in the compare view. With more than {@link #MAX_SOURCES}
 * sources it shows the ones that share the most text (a thousand sources would be a million cells, which froze
 * the window for minutes; nobody reads such a grid) and says so; every pair is in the reports.
 */
public final class MatrixView extends BorderPane {

    /** The most sources shown as rows and columns. */
    static final int MAX_SOURCES = 40;

    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Label info = new Label("Hover a cell to see how much of each source the other contains.");
    private final BiConsumer<String, String> onOpen;

    /** @param onOpen called with (row article id, column article id) when a cell is clicked */
    public MatrixView(BiConsumer<String, String> onOpen) {
        this.onOpen = onOpen;
        getStyleClass().add("matrix-view");
        setId("matrix");
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        info.setId("matrix-info");
        info.getStyleClass().add("matrix-info");
        title.getStyleClass().add("section-title");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        setTop(title);
        setCenter(scroll);
        setBottom(info);
        show(null);
    }

    /** Redraws the matrix for a comparison (null: a placeholder). */
    public void show(Comparison c) {
        grid.getChildren().clear();
        title.setText("Similarity matrix — click a cell to compare that pair");
        if (c == null || c.articles().size() < 2) {
            grid.add(new Label("No comparison yet. Open two or more articles; the matrix fills in when "
                    + "the comparison has run."), 0, 0);
            return;
        }
        List<Article> arts = shown(c);
        if (arts.size() < c.articles().size()) {
            title.setText(String.format(Locale.ROOT, "Similarity matrix — the %d of %,d sources that share the most"
                    + " text; click a cell to compare that pair (every pair is in the reports)", arts.size(),
                    c.articles().size()));
        }
        for (int i = 0; i < arts.size(); i++) {
            Label col = new Label(arts.get(i).label());
            col.getStyleClass().add("matrix-col-header");
            col.setRotate(-40);
            col.setMaxWidth(140);
            StackPane colBox = new StackPane(new javafx.scene.Group(col));
            colBox.setAlignment(Pos.BOTTOM_CENTER);
            grid.add(colBox, i + 1, 0);
            Label row = new Label(arts.get(i).label());
            row.getStyleClass().add("matrix-row-header");
            row.setMaxWidth(200);
            grid.add(row, 0, i + 1);
        }
        for (int r = 0; r < arts.size(); r++) {
            for (int k = 0; k < arts.size(); k++) {
                grid.add(cell(c, arts.get(r), arts.get(k)), k + 1, r + 1);
            }
        }
    }

    /**
     * The articles shown: all of them up to {@link #MAX_SOURCES}; past that, the ones with the highest summed
     * similarity to all others, in the comparison's order.
     */
    static List<Article> shown(Comparison c) {
        List<Article> arts = c.articles();
        if (arts.size() <= MAX_SOURCES) {
            return arts;
        }
        Map<String, Double> shared = new HashMap<>();
        for (PairAlignment p : c.pairs()) {
            shared.merge(p.aId(), p.similarity(), Double::sum);
            shared.merge(p.bId(), p.similarity(), Double::sum);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -shared.getOrDefault(arts.get(i).id(), 0.0))
                .thenComparingInt(i -> i));
        return order.subList(0, MAX_SOURCES).stream().sorted().map(arts::get).toList();
    }

    private StackPane cell(Comparison c, Article a, Article b) {
        Label text = new Label();
        StackPane cell = new StackPane(text);
        cell.getStyleClass().add("matrix-cell");
        cell.setPrefSize(64, 40);
        cell.setMinSize(64, 40);
        if (a.id().equals(b.id())) {
            text.setText("—");
            cell.getStyleClass().add("matrix-diagonal");
            return cell;
        }
        cell.setId("cell-" + a.id() + "-" + b.id());
        PairAlignment p = c.pair(a.id(), b.id()).orElse(null);
        double sim = p == null ? 0 : p.similarity();
        text.setText(p == null ? "·" : pct(sim));
        cell.setStyle("-fx-background-color: " + heat(sim) + ";");
        if (sim >= 0.55) {
            text.getStyleClass().add("matrix-cell-strong");
        }
        String detail = p == null
                ? a.label() + " and " + b.label() + " share no passage"
                : a.label() + " vs " + b.label() + ": similarity " + pct(sim) + "; "
                + pct(p.containmentAInB()) + " of " + a.label() + " is in " + b.label() + ", "
                + pct(p.containmentBInA()) + " of " + b.label() + " is in " + a.label();
        // the label fills the cell and gets its tooltip on first hover (a tooltip is a popup window of its own)
        text.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        text.setAlignment(Pos.CENTER);
        Tips.install(text, detail);
        cell.setOnMouseEntered(e -> info.setText(detail));
        cell.setOnMouseClicked(e -> onOpen.accept(a.id(), b.id()));
        return cell;
    }

    /** Okabe-Ito blue with opacity rising with similarity: one hue, so it reads the same for everyone. */
    static String heat(double similarity) {
        double alpha = 0.08 + 0.92 * Math.max(0, Math.min(1, similarity));
        return String.format(Locale.ROOT, "rgba(0,114,178,%.3f)", alpha);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    public Label info() {
        return info;
    }

    public Label title() {
        return title;
    }

    public GridPane grid() {
        return grid;
    }
}
