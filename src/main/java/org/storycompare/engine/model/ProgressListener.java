package org.storycompare.engine.model;

/** Receives progress from long engine work. Called from the working thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done    units finished so far
     * @param total   units in all (0 when unknown)
     * @param message what is being done, for a status bar
     */
    void progress(long done, long total, String message);

    /** A stage of an analysis starts (each stage once per analysis, in {@link Stage} order). */
    default void stage(Stage stage) {
        progress(0, 0, stage.description());
    }
}
