package org.storycompare.app;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.storycompare.app.vm.PairViewModel;
import org.storycompare.app.vm.PassageRow;

/** The passages of the shown pair in a table; selecting a row shows both sides, and F8 selects rows. */
public final class PassageTablePanel extends BorderPane {

    private final TableView<PassageRow> table = new TableView<>();
    private boolean updating;

    public PassageTablePanel(PairViewModel pair) {
        getStyleClass().add("passage-panel");
        table.setId("passages");
        table.setItems(pair.rows());
        table.setPlaceholder(new Label("No shared passages for this pair (or no comparison yet)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 40, r -> r.index() + 1));
        table.getColumns().add(column("Kind", 110, PassageRow::kind));
        table.getColumns().add(column("Left", 320, PassageRow::leftSnippet));
        table.getColumns().add(column("Right", 320, PassageRow::rightSnippet));
        table.getColumns().add(column("Words", 60, PassageRow::words));
        table.getColumns().add(column("Score", 60, PassageRow::scoreText));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!updating && b.intValue() >= 0) {
                PassageRow row = table.getItems().get(b.intValue());
                pair.select(row.index());
            }
        });
        pair.currentProperty().addListener((o, a, b) -> {
            updating = true;
            try {
                int i = b.intValue();
                if (i < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 2));
                }
            } finally {
                updating = false;
            }
        });
        Label title = new Label("Passages");
        title.getStyleClass().add("section-title");
        setTop(title);
        setCenter(table);
    }

    private static <T> TableColumn<PassageRow, T> column(String name, double width,
                                                       java.util.function.Function<PassageRow, T> value) {
        TableColumn<PassageRow, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    public TableView<PassageRow> table() {
        return table;
    }
}
