package org.storycompare.app.vm;

/** Which pairs an export shows side by side. */
public enum ExportScope {
    PAIR_ON_SCREEN("The pair on screen"),
    TOP_10("The pair on screen and the 10 most similar pairs"),
    ALL("All pairs");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
