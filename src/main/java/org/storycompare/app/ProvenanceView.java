package org.storycompare.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import javafx.beans.value.ObservableValue;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.DateNote;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceLink;

/**
 * "Who copied whom": the story's family tree (originals and independent reports at the top, each derived version
 * under its likely source), the evidence for the selected version, and a button that opens it beside its source.
 */
public final class ProvenanceView extends BorderPane {

    private final TreeView<String> tree = new TreeView<>();
    private final VBox details = new VBox(8);
    private final VBox notes = new VBox(4);
    private final BiConsumer<String, String> onOpen;
    private Provenance provenance;
    private final Map<String, Article> articles = new HashMap<>();

    /** @param onOpen opens a pair (source id, derived id) in the compare view */
    public ProvenanceView(ObservableValue<StoryAnalysis> model, BiConsumer<String, String> onOpen) {
        this.onOpen = onOpen;
        getStyleClass().add("provenance-view");
        Label title = new Label("Who likely copied whom — a guess from texts and dates, not proof");
        title.getStyleClass().add("section-title");
        tree.setId("provenance-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails(b == null ? null : b.getValue()));
        details.setId("provenance-details");
        details.setPadding(new Insets(8));
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, detailScroll);
        split.setDividerPositions(0.45);
        notes.setId("provenance-notes");
        notes.setPadding(new Insets(4, 8, 6, 8));
        setTop(title);
        setCenter(split);
        setBottom(notes);
        model.addListener((o, a, b) -> show(b));
        show(model.getValue());
    }

    /** Fills the tree (null: a placeholder while there is no analysis, or it runs). */
    void show(StoryAnalysis analysis) {
        Comparison c = analysis == null ? null : analysis.comparison();
        Provenance p = analysis == null ? null : analysis.provenance();
        provenance = p;
        articles.clear();
        TreeItem<String> root = new TreeItem<>("");
        notes.getChildren().clear();
        if (c == null || p == null) {
            tree.setRoot(root);
            showDetails(null);
            return;
        }
        c.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, TreeItem<String>> items = new HashMap<>();
        for (Article a : c.articles()) {
            TreeItem<String> item = new TreeItem<>(a.id());
            item.setExpanded(true);
            items.put(a.id(), item);
        }
        for (Article a : c.articles()) {
            TreeItem<String> parent = p.sourceOf(a.id()).map(l -> items.get(l.source())).orElse(root);
            parent.getChildren().add(items.get(a.id()));
        }
        tree.setRoot(root);
        for (DateNote n : p.notes()) {
            Label l = new Label("⚠ " + n.message());
            l.setWrapText(true);
            l.getStyleClass().add("provenance-note");
            notes.getChildren().add(l);
        }
        tree.getSelectionModel().clearSelection();
        showDetails(null);
    }

    private void showDetails(String id) {
        details.getChildren().clear();
        Article a = id == null ? null : articles.get(id);
        if (a == null || provenance == null) {
            Label hint = new Label(provenance == null ? "Working out who copied whom once the comparison has run…"
                    : "Select a source to see why it is placed there.");
            hint.setWrapText(true);
            details.getChildren().add(hint);
            return;
        }
        Label head = new Label(a.label());
        head.getStyleClass().add("section-title");
        details.getChildren().add(head);
        ProvenanceLink l = provenance.sourceOf(id).orElse(null);
        if (l == null) {
            Provenance.Role r = provenance.roles().get(id);
            Label role = new Label(provenance.directionUndetermined(id)
                    ? "Original or copy, direction undetermined: other versions share its text, but the evidence"
                    + " does not tell which of them came first."
                    : r == Provenance.Role.ORIGINAL
                    ? "Original: other versions reuse its text, and none of them is a likelier source of it."
                    : "Independent: it shares no substantial text with the other sources (quotations aside).");
            role.setWrapText(true);
            details.getChildren().add(role);
            return;
        }
        Label summary = new Label(describe(l) + " " + articles.get(l.source()).label() + " (confidence "
                + percent(l.confidence()) + ")");
        summary.setWrapText(true);
        details.getChildren().add(summary);
        if (!l.directed()) {
            Label direction = new Label(UNDETERMINED + ": the evidence does not tell whether " + a.label()
                    + " took its text from " + articles.get(l.source()).label() + " or the other way round.");
            direction.setId("provenance-direction");
            direction.setWrapText(true);
            direction.getStyleClass().add("provenance-undetermined");
            details.getChildren().add(direction);
        }
        for (String r : l.reasons()) {
            Label reason = new Label("• " + r);
            reason.setWrapText(true);
            details.getChildren().add(reason);
        }
        Button open = new Button("Compare with its likely source", Icons.of(MaterialDesignS.SWAP_HORIZONTAL));
        open.setId("provenance-open");
        open.setOnAction(e -> onOpen.accept(l.source(), l.derived()));
        details.getChildren().add(open);
    }

    /** What the window says of a link whose direction the evidence does not give. */
    static final String UNDETERMINED = "Direction undetermined";

    static String describe(ProvenanceLink l) {
        if (!l.directed()) {
            return "Shares " + percent(l.share()) + " of its words (" + l.kind() + ", direction undetermined) with";
        }
        return switch (l.kind()) {
            case "copy" -> "Copies " + percent(l.share()) + " of its words from";
            case "rewrite" -> "Rewrites, " + percent(l.share()) + " of its words from";
            default -> "Reuses part of (" + percent(l.share()) + " of its words)";
        };
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    public TreeView<String> tree() {
        return tree;
    }

    public VBox details() {
        return details;
    }

    /** A tree row: the source's name with its role or how it reuses its parent. */
    private final class Cell extends TreeCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            getStyleClass().removeAll("provenance-original", "provenance-derived", "provenance-independent",
                    "provenance-undetermined");
            if (empty || id == null || provenance == null || !articles.containsKey(id)) {
                setText(null);
                return;
            }
            Provenance.Role role = provenance.roles().get(id);
            getStyleClass().add("provenance-" + role.name().toLowerCase(Locale.ROOT));
            ProvenanceLink link = provenance.sourceOf(id).orElse(null);
            if (link != null && !link.directed()) {
                getStyleClass().add("provenance-undetermined");
            }
            String suffix = link != null ? " — " + link.kind() + ", " + percent(link.share()) + " reused, "
                    + (link.directed() ? "" : "direction undetermined, ")
                    + (link.credit().isEmpty() ? "" : link.credit() + ", ") + "confidence " + percent(link.confidence())
                    : provenance.directionUndetermined(id) ? " — original or copy, direction"
                    + " undetermined" : role == Provenance.Role.ORIGINAL ? " — original" : " — independent";
            setText(articles.get(id).label() + suffix);
        }
    }
}
