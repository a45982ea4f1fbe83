package org.storycompare.engine.model;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag the caller raises to stop engine work; the engine checks it and throws {@link CancelledException}. */
public final class Cancellation {

    /** A token that is never cancelled. */
    public static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Raised too when this one is: the flag this one was made from, or null. */
    private final Cancellation parent;

    public Cancellation() {
        this(null);
    }

    private Cancellation(Cancellation parent) {
        this.parent = parent;
    }

    /** A flag raised when {@code parent} is, and also on its own (to stop work started for one caller). */
    public static Cancellation childOf(Cancellation parent) {
        return new Cancellation(parent);
    }

    public void cancel() {
        if (this != NEVER) {
            cancelled.set(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get() || parent != null && parent.isCancelled();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
