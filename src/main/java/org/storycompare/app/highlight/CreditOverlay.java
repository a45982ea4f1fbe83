package org.storycompare.app.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storycompare.engine.credits.Attribution;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Span;

/**
 * Lays an article's credits ("according to the Fenmoor News Agency", an agency dateline {@code (NPA) —}, a
 * copyright line) over its styled runs: from the start of the cue to the end of the credited name, each run keeps
 * its own classes and gains {@value #CREDIT}; the tooltip names the credited source first and keeps the run's own
 * tooltip below. The result still partitions the text. Pure and thread-safe.
 */
public final class CreditOverlay {

    /** The style class of a credit. */
    public static final String CREDIT = "credit";

    private CreditOverlay() {
    }

    /** The range a credit covers: its cue and its name, whichever comes first, and what lies between. */
    public static Span range(Attribution a) {
        return new Span(Math.min(a.range().start(), a.cueRange().start()), Math.max(a.range().end(), a.cueRange().end()));
    }

    /** The hover text of a credit: what is credited, to whom, and by which cue. */
    public static String tooltip(Attribution a) {
        String what = a.wholeStory() ? "the story" : "this part of the story";
        String cue = "dateline".equals(a.cue()) ? "an agency dateline"
                : "copyright".equals(a.cue()) ? "a copyright line" : "\u201C" + a.cue() + "\u201D";
        return "Credit: " + what + " is credited to " + a.name() + " (" + a.kind().id() + "), by " + cue + ".";
    }

    /** The credits over plain text, as runs that partition it; empty when there are none to show. */
    public static List<StyledRun> alone(List<Attribution> credits, int length) {
        if (credits.isEmpty() || length == 0) {
            return List.of();
        }
        List<StyledRun> plain = List.of(new StyledRun(new Span(0, length), Set.of(), null));
        List<StyledRun> out = apply(plain, credits, length);
        return out == plain ? List.of() : out;
    }

    /**
     * @param runs    runs that partition a text of {@code length} characters (as the highlighter and
     *                {@link org.storycompare.engine.highlight.BoilerplateOverlay} make them)
     * @param credits the article's credits; ranges reaching past the text are clipped, empty ones left out
     * @param length  the text's length
     */
    public static List<StyledRun> apply(List<StyledRun> runs, List<Attribution> credits, int length) {
        List<Attribution> marks = new ArrayList<>();
        for (Attribution a : credits) {
            Span r = range(a);
            if (r.start() < length && r.end() > r.start()) {
                marks.add(a);
            }
        }
        if (marks.isEmpty()) {
            return runs;
        }
        marks.sort(Comparator.comparing(CreditOverlay::range));
        List<StyledRun> out = new ArrayList<>(runs.size() + 2 * marks.size());
        for (StyledRun run : runs) {
            int pos = run.span().start();
            int end = run.span().end();
            for (Attribution a : marks) {
                Span r = range(a);
                int s = Math.max(pos, r.start());
                int e = Math.min(end, Math.min(length, r.end()));
                if (e <= s) {
                    continue;
                }
                if (s > pos) {
                    out.add(new StyledRun(new Span(pos, s), run.classes(), run.tooltip()));
                }
                Set<String> classes = new HashSet<>(run.classes());
                classes.add(CREDIT);
                String tip = run.tooltip() == null || run.tooltip().isBlank() ? tooltip(a)
                        : tooltip(a) + "\n" + run.tooltip();
                out.add(new StyledRun(new Span(s, e), classes, tip));
                pos = e;
            }
            if (pos < end) {
                out.add(pos == run.span().start() ? run : new StyledRun(new Span(pos, end), run.classes(), run.tooltip()));
            }
        }
        return out;
    }
}
