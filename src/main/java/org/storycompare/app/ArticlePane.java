package org.storycompare.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.storycompare.app.vm.MainViewModel.SourceItem;

/** One side of the comparison: a header naming the source and a read-only rich text area. */
public final class ArticlePane extends BorderPane {

    private final Label header = new Label();
    private final StyleClassedTextArea area = new StyleClassedTextArea();

    public ArticlePane(String side) {
        getStyleClass().add("article-pane");
        setId(side + "-pane");
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setId(side + "-header");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-text");
        area.setId(side + "-text");
        area.setPadding(new Insets(8, 12, 8, 12));
        setTop(header);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public void show(SourceItem item) {
        if (item == null || !item.isLoaded()) {
            header.setText("(no source)");
            area.replaceText("");
            return;
        }
        String title = item.title().filter(t -> !t.isBlank()).map(t -> " — " + t).orElse("");
        header.setText(item.label() + title);
        area.replaceText(item.article().text());
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Label header() {
        return header;
    }
}
