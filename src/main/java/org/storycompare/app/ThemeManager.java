package org.storycompare.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/** Light and dark themes (AtlantaFX Primer) plus the app's own stylesheet; the choice is remembered. */
public final class ThemeManager {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final Preferences prefs;
    private Scene scene;
    private Boolean appliedDark;

    /** @param prefs where to remember the choice; null to not remember */
    public ThemeManager(Preferences prefs) {
        this.prefs = prefs;
        dark.set(prefs != null && prefs.getBoolean("theme.dark", false));
        dark.addListener((o, a, b) -> {
            apply();
            if (this.prefs != null) {
                this.prefs.putBoolean("theme.dark", b);
            }
        });
    }

    /**
     * Sets the user-agent theme now, before any scene is styled: called before the first control is built,
     * JavaFX then never loads its own Modena stylesheet (which the theme would replace: parsed for nothing
     * at start-up). {@link #install} does this too, so calling it is only an optimisation.
     */
    public void applyUserAgentStylesheet() {
        apply();
    }

    /** Styles the scene (user-agent theme, app stylesheet, dark class on the root) and keeps it in step. */
    public void install(Scene s) {
        scene = s;
        String css = ThemeManager.class.getResource("/css/storycompare.css").toExternalForm();
        if (!s.getStylesheets().contains(css)) {
            s.getStylesheets().add(css);
        }
        apply();
    }

    private void apply() {
        if (!Boolean.valueOf(dark.get()).equals(appliedDark)) {
            appliedDark = dark.get();
            Application.setUserAgentStylesheet(dark.get()
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        }
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove("dark");
            if (dark.get()) {
                scene.getRoot().getStyleClass().add("dark");
            }
        }
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
