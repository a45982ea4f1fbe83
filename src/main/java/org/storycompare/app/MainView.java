package org.storycompare.app;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.MainViewModel.SourceItem;

/** The main window's content: sources on the left, two article panes side by side, a status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final ListView<SourceItem> sourceList = new ListView<>();
    private final ArticlePane leftPane = new ArticlePane("left");
    private final ArticlePane rightPane = new ArticlePane("right");

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-view");

        sourceList.setId("sources");
        sourceList.setItems(model.sources());
        sourceList.setCellFactory(v -> new SourceCell());
        sourceList.setOnMouseClicked(e -> {
            SourceItem item = sourceList.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                if (e.isShortcutDown()) {
                    model.showLeft(item);
                } else {
                    model.showRight(item);
                }
            }
        });
        Label sourcesTitle = new Label("Sources");
        sourcesTitle.getStyleClass().add("section-title");
        VBox sourcesBox = new VBox(sourcesTitle, sourceList);
        sourcesBox.getStyleClass().add("sources-box");
        VBox.setVgrow(sourceList, javafx.scene.layout.Priority.ALWAYS);

        SplitPane panes = new SplitPane(leftPane, rightPane);
        panes.setOrientation(Orientation.HORIZONTAL);
        SplitPane main = new SplitPane(sourcesBox, panes);
        main.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sourcesBox, false);

        Button swap = new Button("Swap ⇄");
        swap.setId("swap");
        swap.setTooltip(new Tooltip("Swap the left and right sources"));
        swap.setOnAction(e -> model.swap());
        ToolBar toolBar = new ToolBar(swap);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");

        setTop(toolBar);
        setCenter(main);
        setBottom(statusBar);

        model.leftProperty().addListener((o, a, b) -> leftPane.show(b));
        model.rightProperty().addListener((o, a, b) -> rightPane.show(b));
        leftPane.show(model.leftProperty().get());
        rightPane.show(model.rightProperty().get());
    }

    public ArticlePane leftPane() {
        return leftPane;
    }

    public ArticlePane rightPane() {
        return rightPane;
    }

    /** A source row: outlet and title, or the file and its error. */
    private static final class SourceCell extends ListCell<SourceItem> {
        @Override
        protected void updateItem(SourceItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("failed");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (item.isLoaded()) {
                String title = item.title().filter(t -> !t.isBlank()).orElse("");
                setText(item.label() + (title.isEmpty() ? "" : "\n" + title));
                setTooltip(null);
            } else {
                getStyleClass().add("failed");
                setText("⚠ " + item.label() + "\n" + item.error().message());
                setTooltip(new Tooltip(item.error().describe()));
            }
        }
    }
}
