package org.storycompare.app;

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
import org.storycompare.engine.corpus.VersionClusters;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Sources × sources as a heat map of similarity (darker = more shared); hovering a cell shows the
 * containment both ways, clicking it opens that pair in the compare view. With more than {@link #MAX_SOURCES}
 * sources (a thousand sources would be a million cells, which froze the window for minutes; nobody reads such a
 * grid) rows and columns are groups of versions of the same text ({@link VersionClusters}), the largest
 * {@value #MAX_SOURCES}, each cell their mean similarity, a click their closest pair; every pair is in the reports.
 */
public final class MatrixView extends BorderPane {

    /** The most sources shown as rows and columns. */
    static final int MAX_SOURCES = org.storycompare.app.vm.MainViewModel.MATRIX_SOURCES;

    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private static final String HOVER = "Hover a cell to see how much of each source the other contains.";
    private final Label info = new Label(HOVER);
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

    /** Redraws the matrix for a comparison (null: a placeholder), grouping the sources past {@link #MAX_SOURCES}. */
    public void show(Comparison c) {
        show(c, null);
    }

    /**
     * Redraws the matrix for a comparison (null: a placeholder). Past {@link #MAX_SOURCES} sources the rows and
     * columns are groups of versions of the same text ({@code clusters}, made in the background with the
     * analysis; computed here when null).
     */
    public void show(Comparison c, VersionClusters clusters) {
        grid.getChildren().clear();
        title.setText("Similarity matrix — click a cell to compare that pair");
        if (c == null || c.articles().size() < 2) {
            grid.add(new Label("No comparison yet. Open two or more articles; the matrix fills in when "
                    + "the comparison has run."), 0, 0);
            return;
        }
        if (c.articles().size() > MAX_SOURCES) {
            showGroups(c, clusters != null ? clusters : VersionClusters.of(c, MAX_SOURCES));
            return;
        }
        info.setText(HOVER);
        List<Article> arts = c.articles();
        for (int i = 0; i < arts.size(); i++) {
            headers(i, arts.get(i).label(), arts.get(i).label());
        }
        for (int r = 0; r < arts.size(); r++) {
            for (int k = 0; k < arts.size(); k++) {
                grid.add(cell(c, arts.get(r), arts.get(k)), k + 1, r + 1);
            }
        }
    }

    private void headers(int i, String text, String tip) {
        Label col = new Label(text);
        col.getStyleClass().add("matrix-col-header");
        col.setRotate(-40);
        col.setMaxWidth(140);
        Tips.install(col, tip);
        StackPane colBox = new StackPane(new javafx.scene.Group(col));
        colBox.setAlignment(Pos.BOTTOM_CENTER);
        grid.add(colBox, i + 1, 0);
        Label row = new Label(text);
        row.getStyleClass().add("matrix-row-header");
        row.setMaxWidth(200);
        Tips.install(row, tip);
        grid.add(row, 0, i + 1);
    }

    /** Rows and columns are groups of versions: a cell shows their mean similarity and opens their closest pair. */
    private void showGroups(Comparison c, VersionClusters vc) {
        Map<String, Article> byId = new HashMap<>();
        c.articles().forEach(a -> byId.put(a.id(), a));
        int k = vc.shown();
        info.setText("Hover a cell for its groups' mean similarity and closest pair; hover a group's name to list its"
                + " versions.");
        title.setText(String.format(Locale.ROOT, "Similarity matrix — %,d sources in %,d groups of versions of the"
                + " same text (each contains at least half of another)%s; click a cell to compare its closest pair",
                c.articles().size(), vc.clusters().size(),
                k < vc.clusters().size() ? ", the " + k + " largest shown" : ""));
        for (int g = 0; g < k; g++) {
            VersionClusters.Cluster cl = vc.clusters().get(g);
            String first = byId.get(cl.ids().get(0)).label();
            String name = cl.size() == 1 ? first : "G" + (g + 1) + " · " + cl.size() + " versions";
            StringBuilder tip = new StringBuilder(cl.size() == 1 ? first : "Group " + (g + 1) + ": " + cl.size()
                    + " versions of one text:");
            if (cl.size() > 1) {
                cl.ids().stream().limit(12).forEach(id -> tip.append("\n  ").append(byId.get(id).label()));
                if (cl.size() > 12) {
                    tip.append(String.format(Locale.ROOT, "\n  … and %,d more", cl.size() - 12));
                }
            }
            headers(g, name, tip.toString());
        }
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                grid.add(groupCell(vc, x, y, byId), y + 1, x + 1);
            }
        }
    }

    private StackPane groupCell(VersionClusters vc, int x, int y, Map<String, Article> byId) {
        Label text = new Label();
        StackPane cell = new StackPane(text);
        cell.getStyleClass().add("matrix-cell");
        cell.setPrefSize(64, 40);
        cell.setMinSize(64, 40);
        cell.setId("group-" + x + "-" + y);
        PairAlignment p = vc.closest(x, y);
        if (x == y && vc.clusters().get(x).size() == 1) {
            text.setText("—");
            cell.getStyleClass().add("matrix-diagonal");
            return cell;
        }
        double mean = vc.mean(x, y);
        text.setText(p == null ? "·" : pct(mean));
        cell.setStyle("-fx-background-color: " + heat(mean) + ";");
        if (mean >= 0.55) {
            text.getStyleClass().add("matrix-cell-strong");
        }
        String what = x == y ? "Within group " + (x + 1) : "Group " + (x + 1) + " vs group " + (y + 1);
        String detail = p == null ? what + ": no pair shares text"
                : what + ": mean similarity " + pct(mean) + "; closest pair " + byId.get(p.aId()).label() + " vs "
                + byId.get(p.bId()).label() + ", " + pct(p.similarity()) + " (click to compare)";
        text.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        text.setAlignment(Pos.CENTER);
        Tips.install(text, detail);
        cell.setOnMouseEntered(e -> info.setText(detail));
        if (p != null) {
            cell.setOnMouseClicked(e -> onOpen.accept(p.aId(), p.bId()));
        }
        return cell;
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
