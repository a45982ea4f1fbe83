package org.storycompare.engine.highlight;

import java.util.Set;
import org.storycompare.engine.model.Span;

/**
 * A run of text with the highlight classes that apply to all of it, e.g. {"edited", "changed"}.
 * Plain text has no classes. The tooltip may be null.
 */
public record StyledRun(Span span, Set<String> classes, String tooltip) {

    public StyledRun {
        classes = Set.copyOf(classes);
    }

    public boolean has(String cssClass) {
        return classes.contains(cssClass);
    }
}
