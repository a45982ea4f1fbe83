package org.storycompare.app;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first reaches their control, not when the window is built: each JavaFX tooltip
 * is a popup window of its own, and the window has dozens of them, which made start-up slower for nothing.
 */
final class Tips {

    private Tips() {
    }

    /** Gives {@code c} the tooltip {@code text} once the mouse enters it. */
    static void install(Control c, String text) {
        install(c, () -> text);
    }

    /** Gives {@code c} a tooltip with the current {@code text} whenever the mouse enters it (null: none). */
    static void install(Control c, Supplier<String> text) {
        c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String t = text.get();
            Tooltip tip = c.getTooltip();
            if (t == null) {
                c.setTooltip(null);
            } else if (tip == null) {
                c.setTooltip(new Tooltip(t));
            } else if (!t.equals(tip.getText())) {
                tip.setText(t);
            }
        });
    }
}
