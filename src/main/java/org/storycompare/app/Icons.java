package org.storycompare.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factory for the Material Design icons used in menus and tool bars. */
final class Icons {

    private Icons() {
    }

    static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(16);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
