package org.storycompare.engine.highlight;

import java.util.Objects;
import java.util.Set;
import org.storycompare.engine.model.Span;

/**
 * A run of one article's text drawn in one style.
 *
 * @param span    the characters of the run, [start, end) into the article text; never empty
 * @param classes style classes, a subset of {@link HighlightSpans#CLASSES}; empty for plain text
 * @param tooltip text to show on hover, or null when there is none
 */
public record StyledRun(Span span, Set<String> classes, String tooltip) {

    public StyledRun {
        Objects.requireNonNull(span, "span");
        classes = Set.copyOf(classes);
    }

    /** True when the run carries no style at all. */
    public boolean isPlain() {
        return classes.isEmpty() && tooltip == null;
    }

    public boolean has(String styleClass) {
        return classes.contains(styleClass);
    }
}
