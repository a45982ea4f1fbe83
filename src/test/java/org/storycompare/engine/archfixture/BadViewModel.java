package org.storycompare.engine.archfixture;

/** Deliberately breaks the view-model rule, to prove the rule can fail. */
public final class BadViewModel {

    public Object leak() {
        return new javafx.scene.control.Label("view models must not do this");
    }
}
