package org.storycompare.app.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.storycompare.engine.highlight.StyledRun;

/**
 * Turns the engine's {@link StyledRun}s into RichTextFX {@link StyleSpans} of CSS classes. Pure and
 * thread-safe: the window calls it on a background thread and only applies the result on the FX thread.
 */
public final class HighlightStyles {

    private HighlightStyles() {
    }

    /**
     * Style spans covering exactly {@code length} characters: each run's classes over its span, no classes
     * over gaps between runs, runs beyond the text clipped. Runs must be sorted and must not overlap.
     */
    public static StyleSpans<Collection<String>> toStyleSpans(List<StyledRun> runs, int length) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        // runs share a handful of class sets: one sorted list each (equal styles also let RichTextFX merge)
        Map<Set<String>, List<String>> lists = new HashMap<>();
        int pos = 0;
        for (StyledRun run : runs) {
            int start = Math.min(run.span().start(), length);
            int end = Math.min(run.span().end(), length);
            if (start < pos) {
                throw new IllegalArgumentException("runs overlap or are unsorted at offset " + start);
            }
            if (start > pos) {
                b.add(Collections.emptyList(), start - pos);
            }
            if (end > start) {
                b.add(lists.computeIfAbsent(run.classes(), c -> List.copyOf(new TreeSet<>(c))), end - start);
            }
            pos = Math.max(pos, end);
        }
        if (pos < length || pos == 0) {
            b.add(Collections.emptyList(), length - pos);
        }
        return b.create();
    }

    /** Plain style spans (no classes) over {@code length} characters: what a pane shows without a comparison. */
    public static StyleSpans<Collection<String>> plain(int length) {
        return StyleSpans.singleton(Collections.emptyList(), length);
    }
}
