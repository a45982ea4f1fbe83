package org.storycompare.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.storycompare.app.vm.TextSearch;

/** Find in text (Ctrl+F): searches the pane that last had the focus; Enter / Shift+Enter step, Esc closes. */
public final class FindBar extends HBox {

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Supplier<ArticlePane> target;
    private List<Integer> hits = List.of();
    private int index = -1;

    public FindBar(Supplier<ArticlePane> target) {
        super(6);
        this.target = target;
        getStyleClass().add("find-bar");
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in text");
        field.setPrefColumnCount(24);
        count.setId("find-count");
        Button prev = new Button("Previous");
        prev.setOnAction(e -> step(-1));
        Button next = new Button("Next");
        next.setOnAction(e -> step(1));
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.setOnAction(e -> hide());
        field.textProperty().addListener((o, a, b) -> search());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        getChildren().addAll(new Label("Find:"), field, prev, next, count, close);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar and focuses the field. */
    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    private void search() {
        ArticlePane pane = target.get();
        String text = pane == null ? "" : pane.area().getText();
        hits = TextSearch.findAll(text, field.getText());
        index = -1;
        if (!hits.isEmpty()) {
            index = TextSearch.nextFrom(hits, pane.area().getSelection().getStart());
            select(pane);
        }
        updateCount();
    }

    private void step(int dir) {
        ArticlePane pane = target.get();
        if (pane == null || hits.isEmpty()) {
            return;
        }
        index = Math.floorMod(index + dir, hits.size());
        select(pane);
        updateCount();
    }

    private void select(ArticlePane pane) {
        int s = hits.get(index);
        pane.scrollToOffset(s, true);
        pane.area().selectRange(s, s + field.getText().length());
    }

    private void updateCount() {
        count.setText(field.getText().isEmpty() ? "" : hits.isEmpty() ? "no match" : (index + 1) + " of " + hits.size());
    }

    public TextField field() {
        return field;
    }

    public Label count() {
        return count;
    }
}
