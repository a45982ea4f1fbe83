package org.storycompare.engine.model;

/** Thrown by engine work that saw its {@link Cancellation} raised. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
