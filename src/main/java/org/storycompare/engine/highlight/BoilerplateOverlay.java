package org.storycompare.engine.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storycompare.engine.model.Span;

/**
 * Lays page furniture over a side's styled runs: inside a furniture range every other style gives way to
 * {@code boilerplate} (drawn greyed), so an advertisement marker or a copyright line never looks like part of
 * the story, even when two outlets share it. The result still partitions the text.
 */
public final class BoilerplateOverlay {

    /** The tooltip of furniture runs. */
    public static final String TOOLTIP = "Page furniture (advertisement, teaser, sign-up, comments, copyright…):"
            + " not part of the story";

    private BoilerplateOverlay() {
    }

    /**
     * @param runs      runs that partition the text (as {@link HighlightSpans} makes them)
     * @param furniture sorted, disjoint ranges of furniture
     */
    public static List<StyledRun> apply(List<StyledRun> runs, List<Span> furniture) {
        if (furniture.isEmpty()) {
            return runs;
        }
        List<StyledRun> out = new ArrayList<>(runs.size() + 2 * furniture.size());
        int f = 0;
        for (StyledRun r : runs) {
            int pos = r.span().start();
            int end = r.span().end();
            while (pos < end) {
                while (f < furniture.size() && furniture.get(f).end() <= pos) {
                    f++;
                }
                Span fs = f < furniture.size() ? furniture.get(f) : null;
                if (fs == null || fs.start() >= end) {
                    out.add(pos == r.span().start() ? r : new StyledRun(new Span(pos, end), r.classes(), r.tooltip()));
                    pos = end;
                } else if (fs.start() > pos) {
                    out.add(new StyledRun(new Span(pos, fs.start()), r.classes(), r.tooltip()));
                    pos = fs.start();
                } else {
                    int stop = Math.min(end, fs.end());
                    addFurniture(out, pos, stop);
                    pos = stop;
                }
            }
        }
        return out;
    }

    private static void addFurniture(List<StyledRun> out, int start, int end) {
        StyledRun last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.span().end() == start && last.classes().contains(HighlightSpans.BOILERPLATE)) {
            out.set(out.size() - 1, new StyledRun(new Span(last.span().start(), end), last.classes(), last.tooltip()));
        } else {
            out.add(new StyledRun(new Span(start, end), Set.of(HighlightSpans.BOILERPLATE), TOOLTIP));
        }
    }
}
