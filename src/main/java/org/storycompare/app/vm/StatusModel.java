package org.storycompare.app.vm;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the main window says about its work, free of any scene-graph class: the status line, the error for
 * the banner, the progress and whether a comparison is running. Owned by {@link MainViewModel}.
 */
public final class StatusModel {

    private static final System.Logger LOG = System.getLogger(StatusModel.class.getName());

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    /** What is going on: loading, comparing, done, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last error for the banner; empty when there is none to show. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** 0 when idle, 0..1 while comparing, -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void setStatus(String message) {
        status.set(message);
    }

    /**
     * Shows an error in the banner and the status bar, in plain words (no exception names), and logs it with its
     * stack trace.
     */
    public void reportError(String what, Throwable t) {
        String detail = plainWords(t);
        LOG.log(System.Logger.Level.WARNING, what, t);
        error.set(what + " — " + detail);
        status.set(what + ": " + detail);
    }

    /** What went wrong, for a reader who is not a programmer. */
    static String plainWords(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "there was not enough memory: try fewer or smaller files";
        }
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply to be processed";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "an unexpected error (the details are in the log)" : m;
    }

    /** Shows a problem that is not an exception (e.g. an empty clipboard). */
    public void reportProblem(String message) {
        error.set(message);
        status.set(message);
    }

    public void dismissError() {
        error.set("");
    }

    /** Marks work of unknown size as started, with this status. */
    void busy(String message) {
        running.set(true);
        progress.set(-1);
        status.set(message);
    }

    /** Sets the progress (0..1) and, unless blank, the status. */
    void progress(double fraction, String message) {
        progress.set(fraction);
        if (!message.isBlank()) {
            status.set(message);
        }
    }

    /** Marks the work as ended: not running, no progress. */
    void idle() {
        running.set(false);
        progress.set(0);
    }
}
