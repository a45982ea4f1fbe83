package org.storycompare.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableValue;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.quotes.QuoteChange;
import org.storycompare.engine.quotes.QuoteGroup;
import org.storycompare.engine.quotes.QuoteStatus;
import org.storycompare.engine.quotes.QuoteVersion;

/**
 * Quotes and facts across the sources: every quote two or more sources carry (altered ones first), expandable
 * to each source's version (verbatim, altered with the changed words, or missing), and the facts the sources
 * state (conflicts first). Double-click a version (or press Enter) to show it in the compare view.
 */
public final class QuotesFactsView extends BorderPane {

    /** Shows an article's range in the compare view. */
    @FunctionalInterface
    public interface Revealer {
        void reveal(String articleId, Span span);
    }

    /** A tree row: a quote, one source's version of it, or a source that lacks it. */
    record Row(QuoteGroup group, QuoteVersion version, String missingId) {
    }

    private final TreeView<Row> quotes = new TreeView<>();
    private final TableView<Fact> facts = new TableView<>();
    private final Label quotesTitle = new Label("Quotes");
    private final Label factsTitle = new Label("Facts");
    private final Map<String, Article> articles = new HashMap<>();
    private final Revealer revealer;

    public QuotesFactsView(ObservableValue<StoryAnalysis> model, Revealer revealer) {
        this.revealer = revealer;
        getStyleClass().add("quotes-facts-view");
        quotes.setId("quotes-tree");
        quotes.setShowRoot(false);
        quotes.setCellFactory(t -> new QuoteCell());
        quotes.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                revealSelected();
            }
        });
        quotes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                revealSelected();
            }
        });
        quotesTitle.getStyleClass().add("section-title");
        factsTitle.getStyleClass().add("section-title");
        facts.setId("facts-table");
        facts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        facts.getColumns().add(column("Fact", 220, f -> f.subject()
                + (f.keywords().isEmpty() ? "" : " (" + String.join(", ", f.keywords()) + ")")));
        facts.getColumns().add(column("Sources", 90, f -> f.conflict() ? "conflict" : "agree"));
        facts.getColumns().add(column("What each source says", 600, this::values));
        facts.setPlaceholder(new Label("No fact is stated by two or more sources."));
        VBox quoteBox = new VBox(4, quotesTitle, quotes);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        VBox factBox = new VBox(4, factsTitle, facts);
        VBox.setVgrow(facts, Priority.ALWAYS);
        SplitPane split = new SplitPane(quoteBox, factBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
        model.addListener((o, a, b) -> show(b));
        show(model.getValue());
    }

    private static TableColumn<Fact, String> column(String title, double width,
                                                    java.util.function.Function<Fact, String> text) {
        TableColumn<Fact, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    /** Fills both lists (null: placeholders while there is no analysis, or it runs). */
    void show(StoryAnalysis qf) {
        articles.clear();
        TreeItem<Row> root = new TreeItem<>();
        if (qf == null) {
            quotes.setRoot(root);
            facts.getItems().clear();
            quotesTitle.setText("Quotes — working them out once the comparison has run…");
            factsTitle.setText("Facts");
            return;
        }
        qf.articles().forEach(a -> articles.put(a.id(), a));
        List<QuoteGroup> shared = new ArrayList<>(qf.quotes().shared());
        shared.sort(Comparator.comparing((QuoteGroup g) -> !g.hasAlterations()));
        for (QuoteGroup g : shared) {
            TreeItem<Row> item = new TreeItem<>(new Row(g, null, null));
            for (QuoteVersion v : g.versions()) {
                item.getChildren().add(new TreeItem<>(new Row(g, v, null)));
            }
            for (String id : g.missing()) {
                item.getChildren().add(new TreeItem<>(new Row(g, null, id)));
            }
            item.setExpanded(g.hasAlterations());
            root.getChildren().add(item);
        }
        quotes.setRoot(root);
        long altered = shared.stream().filter(QuoteGroup::hasAlterations).count();
        quotesTitle.setText("Quotes carried by two or more sources: " + shared.size() + ", " + altered
                + " altered somewhere (double-click a version to see it in the text)");
        List<Fact> list = new ArrayList<>(qf.facts().facts());
        list.sort(Comparator.comparing((Fact f) -> !f.conflict()));
        facts.getItems().setAll(list);
        long conflicts = list.stream().filter(Fact::conflict).count();
        factsTitle.setText("Facts stated by two or more sources: " + list.size() + ", " + conflicts + " in conflict");
    }

    private String values(Fact f) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        Map<String, Boolean> outlier = new HashMap<>();
        for (FactMention m : f.mentions()) {
            byValue.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(label(m.articleId()));
            outlier.merge(m.text(), f.outliers().contains(m.articleId()), Boolean::logicalOr);
        }
        return byValue.entrySet().stream()
                .map(e -> (outlier.get(e.getKey()) ? "⚠ " : "") + e.getKey() + ": "
                        + e.getValue().stream().distinct().collect(Collectors.joining(", ")))
                .collect(Collectors.joining("  ·  "));
    }

    private String label(String id) {
        Article a = articles.get(id);
        return a == null ? id : a.label();
    }

    private void revealSelected() {
        TreeItem<Row> item = quotes.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null && item.getValue().version() != null) {
            QuoteVersion v = item.getValue().version();
            revealer.reveal(v.articleId(), v.quote().span());
        }
    }

    public TreeView<Row> quotes() {
        return quotes;
    }

    public TableView<Fact> facts() {
        return facts;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Tree rows as text, with a style class for altered quotes and versions. */
    private final class QuoteCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("quote-altered", "quote-missing");
            if (empty || r == null) {
                setText(null);
                return;
            }
            QuoteGroup g = r.group();
            if (r.version() == null && r.missingId() == null) {
                long alt = g.versions().stream().filter(v -> v.status() == QuoteStatus.ALTERED).count();
                setText((g.speaker() == null ? "Unattributed" : g.speaker()) + ": “" + shorten(g.wording(), 90)
                        + "” — " + (g.versions().size() - alt) + " verbatim, " + alt + " altered, "
                        + g.missing().size() + " missing");
                if (alt > 0) {
                    getStyleClass().add("quote-altered");
                }
            } else if (r.version() != null) {
                QuoteVersion v = r.version();
                String changes = v.changes().stream().map(QuoteChange::describe).collect(Collectors.joining("; "));
                setText(label(v.articleId()) + " — " + v.status().id() + (changes.isEmpty() ? "" : ": " + changes));
                if (v.status() == QuoteStatus.ALTERED) {
                    getStyleClass().add("quote-altered");
                }
            } else {
                setText(label(r.missingId()) + " — missing");
                getStyleClass().add("quote-missing");
            }
        }
    }
}
