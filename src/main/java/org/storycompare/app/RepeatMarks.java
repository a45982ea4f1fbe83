package org.storycompare.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.storycompare.engine.model.Span;

/** The gutter marks of text an article repeats inside itself (↻): where they go, and the mark itself. */
final class RepeatMarks {

    private RepeatMarks() {
    }

    /**
     * For each paragraph (as the text area splits on newlines) where a copy starts: {copy, next copy, (n, of)}.
     * Copies that do not fit the text are left out.
     */
    static Map<Integer, Span[]> byParagraph(String text, List<List<Span>> groups) {
        Map<Integer, Span[]> at = new HashMap<>();
        for (List<Span> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                Span s = g.get(i);
                if (s.end() <= text.length()) {
                    at.putIfAbsent(paragraphOf(text, s.start()),
                            new Span[] {s, g.get((i + 1) % g.size()), new Span(i + 1, g.size())});
                }
            }
        }
        return at;
    }

    /** A ↻ mark whose tooltip says which copy this is; a click reveals the next copy. */
    static Label marker(Span[] copy, double width, Consumer<Span> reveal) {
        Label mark = new Label("↻");
        mark.getStyleClass().add("repeat-marker");
        mark.setMinWidth(width);
        mark.setPrefWidth(width);
        mark.setTooltip(new Tooltip("This text is repeated in this article: copy " + copy[2].start() + " of "
                + copy[2].end() + ". Click to go to the next copy."));
        mark.setOnMouseClicked(e -> reveal.accept(copy[1]));
        return mark;
    }

    static int paragraphOf(String text, int offset) {
        int p = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                p++;
            }
        }
        return p;
    }
}
