package org.storycompare.engine.model;

/**
 * A replaced, inserted or deleted run of words inside an edited passage.
 * An insertion has an empty {@code a} span (at the insertion point), a deletion an empty {@code b} span.
 */
public record WordChange(Span a, Span b) {

    public boolean isInsertion() {
        return a.isEmpty() && !b.isEmpty();
    }

    public boolean isDeletion() {
        return b.isEmpty() && !a.isEmpty();
    }
}
