package org.storycompare.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.controlsfx.control.StatusBar;
import org.storycompare.app.vm.MainViewModel;

/**
 * The window's two status areas: the error banner under the tool bar (the model's last error with a dismiss button,
 * hidden when empty) and the status bar at the bottom.
 */
final class ErrorBanner {

    private ErrorBanner() {
    }

    /** A banner ({@code #error-banner}) showing {@code model}'s error; the close button dismisses it. */
    static HBox create(MainViewModel model) {
        Label text = new Label();
        text.setId("error-text");
        text.setWrapText(true);
        text.textProperty().bind(model.statusModel().errorProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.setId("error-close");
        Tips.install(close, "Dismiss");
        close.setOnAction(e -> model.statusModel().dismissError());
        HBox banner = new HBox(8, Icons.of(MaterialDesignA.ALERT_CIRCLE), text, close);
        banner.setId("error-banner");
        banner.getStyleClass().add("error-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.statusModel().errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * The status bar ({@code #status-bar}): the model's status and progress, a Cancel button while a comparison
     * runs, and the load summary.
     */
    /** The loads' notes (skipped files, cancelled loads), at most 40 lines, file names escaped. */
    static String loadNotesTip(java.util.List<String> notes) {
        if (notes.isEmpty()) {
            return "Every file given was read as an article or is listed as unreadable.";
        }
        StringBuilder sb = new StringBuilder();
        notes.stream().limit(40).forEach(n -> sb.append(sb.length() == 0 ? "" : "\n")
                .append(org.storycompare.io.SafeText.escape(n)));
        if (notes.size() > 40) {
            sb.append("\n… and ").append(notes.size() - 40).append(" more");
        }
        return sb.toString();
    }

    static StatusBar statusBar(MainViewModel model) {
        StatusBar statusBar = new StatusBar();
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(model.statusModel().statusProperty());
        statusBar.progressProperty().bind(model.statusModel().progressProperty());
        Label loadSummary = new Label();
        loadSummary.setId("load-summary");
        loadSummary.textProperty().bind(model.sourcesModel().loadSummaryProperty());
        Tips.install(loadSummary, () -> loadNotesTip(model.sourcesModel().loadNotes()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-run");
        Tips.install(cancel, "Stop the comparison that is running (Esc)");
        cancel.visibleProperty().bind(model.statusModel().runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        statusBar.getRightItems().addAll(cancel, loadSummary);
        return statusBar;
    }
}
