package org.storycompare.app;

import org.storycompare.io.SafeText;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.SortOrder;
import org.storycompare.app.vm.SourceRow;

/**
 * The sources list: a row per article (colour chip, include box, outlet, title, date, word count,
 * similarity to the left article) and a row per file that failed, with its reason. Click: right pane;
 * Ctrl+click: left pane; context menu: show left/right, show the file's folder, remove.
 */
public final class SourcesPanel extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final MainViewModel model;
    private final ListView<SourceRow> list = new ListView<>();
    private final Consumer<Path> folderOpener;

    /** @param folderOpener shows a folder in the desktop's file manager */
    public SourcesPanel(MainViewModel model, Consumer<Path> folderOpener) {
        this.model = model;
        this.folderOpener = folderOpener;
        getStyleClass().add("sources-box");
        Label title = new Label("Sources");
        title.getStyleClass().add("section-title");
        ComboBox<SortOrder> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(SortOrder.values());
        sort.valueProperty().bindBidirectional(model.sourcesModel().sortOrderProperty());
        Tips.install(sort, "Sort the sources");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, title, grow, new Label("Sort:"), sort);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("sources-head");

        list.setId("sources");
        list.setItems(model.sourcesModel().sorted());
        list.setCellFactory(v -> new SourceCell());
        list.setPlaceholder(new Label("Open files or a folder,\nor drop articles here."));
        list.setOnMouseClicked(e -> {
            SourceRow item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() != MouseButton.PRIMARY || item == null || e.getTarget() instanceof CheckBox
                    || isInsideCheckBox(e.getPickResult().getIntersectedNode())) {
                return;
            }
            if (e.isShortcutDown()) {
                model.showLeft(item);
            } else {
                model.showRight(item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, list);
    }

    private static boolean isInsideCheckBox(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (x instanceof CheckBox) {
                return true;
            }
        }
        return false;
    }

    public ListView<SourceRow> list() {
        return list;
    }

    /** The selected row, or null. */
    public SourceRow selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private ContextMenu menuFor(SourceRow row) {
        MenuItem left = new MenuItem("Show in left pane");
        left.setOnAction(e -> model.showLeft(row));
        left.setDisable(!row.isLoaded());
        MenuItem right = new MenuItem("Show in right pane");
        right.setOnAction(e -> model.showRight(row));
        right.setDisable(!row.isLoaded());
        MenuItem folder = new MenuItem("Show the file's folder");
        folder.setDisable(row.path().map(Path::getParent).isEmpty());
        folder.setOnAction(e -> row.path().map(p -> p.toAbsolutePath().getParent()).ifPresent(folderOpener));
        MenuItem details = new MenuItem("Edit details…");
        details.setId("edit-details");
        details.setDisable(!row.isLoaded());
        details.setOnAction(e -> editDetails(row));
        MenuItem remove = new MenuItem("Remove from the comparison");
        remove.setOnAction(e -> model.remove(row));
        return new ContextMenu(left, right, details, folder, remove);
    }

    /** Opens the details dialog of a loaded source; a change re-runs the comparison. */
    void editDetails(SourceRow row) {
        if (row == null || !row.isLoaded()) {
            return;
        }
        new SourceDetailsDialog(getScene() == null ? null : getScene().getWindow(), row.article(), row.credits())
                .showAndWait()
                .ifPresent(d -> model.editDetails(row, d));
    }

    /** A source row: chip, include box, outlet / title / date, words and role, similarity; or a failed file. */
    private final class SourceCell extends ListCell<SourceRow> {
        private final Region chip = new Region();
        private final CheckBox include = new CheckBox();
        private final Label outlet = new Label();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label role = new Label();
        private final Label similarity = new Label();
        private final HBox box;
        private SourceRow bound;
        private String tip;

        SourceCell() {
            chip.getStyleClass().add("chip");
            outlet.getStyleClass().add("source-outlet");
            title.getStyleClass().add("source-title");
            meta.getStyleClass().add("source-meta");
            role.getStyleClass().addAll("source-meta", "source-role");
            similarity.getStyleClass().add("source-similarity");
            Tips.install(include, "Include this source in the comparison");
            Tips.install(this, () -> bound != null ? loadedTip(bound) : tip);
            VBox text = new VBox(1, outlet, title, meta, role);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            box = new HBox(6, chip, include, text, similarity);
            box.setAlignment(Pos.CENTER_LEFT);
            similarity.setMinWidth(Region.USE_PREF_SIZE);
            // rows take the list's width (long titles end in an ellipsis) instead of widening it: no side scroll
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(SourceRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("failed", "left-source", "right-source");
            if (bound != null) {
                include.selectedProperty().unbindBidirectional(bound.includedProperty());
                similarity.textProperty().unbind();
                role.textProperty().unbind();
                role.managedProperty().unbind();
                role.visibleProperty().unbind();
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                tip = null;
                setContextMenu(null);
                return;
            }
            chip.getStyleClass().removeIf(c -> c.startsWith("chip-"));
            setContextMenu(menuFor(item));
            if (item.isLoaded()) {
                bound = item;
                chip.getStyleClass().add("chip-" + item.colour());
                include.setVisible(true);
                include.selectedProperty().bindBidirectional(item.includedProperty());
                outlet.setText(item.label());
                title.setText(item.title().orElse(""));
                title.setManaged(!title.getText().isEmpty());
                title.setVisible(title.isManaged());
                String date = item.date().map(DATE::format).orElse("no date");
                meta.setText(date + " · " + item.wordCount() + " words"
                        + (item.notes().isEmpty() ? "" : " · ⚠ " + (item.notes().size() == 1 ? "1 note"
                        : item.notes().size() + " notes")));
                // its own line, shown once the comparison has worked it out: "copy of Northgate Press Agency"
                role.textProperty().bind(item.roleProperty());
                role.managedProperty().bind(item.roleProperty().isNotEmpty());
                role.visibleProperty().bind(role.managedProperty());
                similarity.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> item == model.leftProperty().get() ? "left"
                                : Double.isNaN(item.similarity()) ? "—"
                                : String.format(Locale.ROOT, "%.0f%%", item.similarity() * 100),
                        item.similarityProperty(), model.leftProperty()));
                tip = null; // made on hover (loadedTip): the role may arrive after the row is drawn
                if (item == model.leftProperty().get()) {
                    getStyleClass().add("left-source");
                } else if (item == model.rightProperty().get()) {
                    getStyleClass().add("right-source");
                }
            } else {
                getStyleClass().add("failed");
                chip.getStyleClass().add("chip-failed");
                include.setVisible(false);
                outlet.setText("⚠ " + item.label());
                title.setText(SafeText.escape(item.error().message()));
                title.setManaged(true);
                title.setVisible(true);
                meta.setText("could not be read");
                role.setText("");
                role.setManaged(false);
                role.setVisible(false);
                similarity.setText("");
                tip = SafeText.escape(item.error().describe());
            }
            setGraphic(box);
        }
    }

    /** The tooltip of a loaded source: its file, its likely role, what clicks do. */
    static String loadedTip(SourceRow item) {
        StringBuilder notes = new StringBuilder();
        for (String n : item.notes()) {
            notes.append("\n⚠ ").append(n);
        }
        String entered = item.article().meta().entered().isEmpty() ? ""
                : "\nEntered by hand: " + String.join(", ", new java.util.TreeSet<>(item.article().meta().entered()));
        String credits = item.credits().isEmpty() ? "" : "\nCredits: " + SafeText.escape(String.join("; ", item.credits()));
        return item.path().map(p -> SafeText.escape(p.toString())).orElse(item.label())
                + (item.role().isEmpty() ? "" : "\nLikely " + item.role() + " (see the Provenance tab)")
                + credits + notes + entered
                + "\nClick: right pane · Ctrl+click: left pane · right-click: edit details";
    }

    /** Refreshes the left/right markers on rows (the list does not observe the panes). */
    void refreshMarkers() {
        list.refresh();
    }
}
