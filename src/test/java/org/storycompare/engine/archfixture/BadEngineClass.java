package org.storycompare.engine.archfixture;

/** Deliberately breaks the engine rule, to prove the rule can fail. Only ever imported by ArchitectureTest. */
public final class BadEngineClass {

    public Object leak() {
        return new javafx.beans.property.SimpleStringProperty("engine must not do this");
    }
}
