package org.storycompare.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Explains every highlight: a sample styled like the text, with a line saying what it means. */
public final class Legend extends FlowPane {

    public Legend() {
        super(10, 4);
        getStyleClass().add("legend");
        setId("legend");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(
                item("exact", "Exact shared", "Shared word for word (solid underline)"),
                item("edited", "Edited", "Shared with small edits (dashed underline); changed words in bold"),
                item("changed", "changed word", "A word the other source changed or added (bold, thick underline)"),
                item("paraphrase", "Paraphrase", "Same sentence in other words (dotted underline); hover for the swapped words"),
                item("swapped", "swapped word", "A word swapped for another (italic); the tooltip shows the pair"),
                item("meaning", "Same meaning", "Same meaning in other words, found by the sentence model (dash-dot underline); hover for the score"),
                item("summary", "Summary", "One line that condenses several sentences of the other source (thick dash-dot underline); hover for the score"),
                item("moved", "⇅ Moved", "Stands elsewhere in the other source (⇅ in the margin, thick underline)"),
                item("divergent", "Only here", "Text found only in this source (no underline)"),
                item("boilerplate", "Boilerplate", "Outlet boilerplate, not part of the story (greyed)"),
                item("credit", "Credit", "Where the source says its story came from (\u201Caccording to\u201D, \u201Cas"
                        + " first reported by\u201D, an agency dateline, a copyright line): boxed in green; hover to see"
                        + " the credited outlet"),
                heat());
    }

    private static Label item(String kind, String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("legend-item", "legend-" + kind);
        Tips.install(l, tip);
        return l;
    }

    private static Label heat() {
        Label l = new Label("Overview: darker = shared by more sources");
        l.getStyleClass().addAll("legend-item", "legend-heat");
        Tips.install(l, "The strips beside the panes show how many sources share each passage; click to jump");
        return l;
    }
}
