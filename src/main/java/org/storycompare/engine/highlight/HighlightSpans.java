package org.storycompare.engine.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * Turns an alignment into highlight runs for one side: pure data, shared by the window and the reports.
 *
 * <p>Classes: {@code exact}, {@code edited}, {@code paraphrase} on passages; {@code moved} on moved
 * passages; {@code changed} on the words an edit replaced or inserted; {@code swapped} on a paraphrase's
 * substituted words; {@code divergent} on text unique to this side. The runs cover the whole text in
 * order and never overlap.
 */
public final class HighlightSpans {

    public static final String EXACT = "exact";
    public static final String EDITED = "edited";
    public static final String PARAPHRASE = "paraphrase";
    public static final String MOVED = "moved";
    public static final String CHANGED = "changed";
    public static final String SWAPPED = "swapped";
    public static final String DIVERGENT = "divergent";

    private HighlightSpans() {
    }

    /** A span to paint with classes; later layers' tooltips win where layers overlap. */
    private record Layer(Span span, Set<String> classes, String tooltip, int order) {
    }

    /**
     * Runs for side A ({@code sideA}) or side B of the alignment, over a text of {@code textLength} chars.
     * Ranges beyond the text are clipped.
     */
    public static List<StyledRun> forSide(PairAlignment pair, boolean sideA, int textLength) {
        List<Layer> layers = new ArrayList<>();
        int order = 0;
        for (Span d : sideA ? pair.divergentA() : pair.divergentB()) {
            layers.add(new Layer(d, Set.of(DIVERGENT), "Only in this source", order++));
        }
        for (Passage p : pair.passages()) {
            Span own = sideA ? p.a() : p.b();
            Set<String> cls = p.moved() ? Set.of(p.kind().id(), MOVED) : Set.of(p.kind().id());
            layers.add(new Layer(own, cls, passageTooltip(p, sideA), order++));
            for (WordChange c : p.changes()) {
                Span s = sideA ? c.a() : c.b();
                if (!s.isEmpty()) {
                    Span other = sideA ? c.b() : c.a();
                    String tip = other.isEmpty() ? "Not in the other source" : "Changed in the other source";
                    layers.add(new Layer(s, Set.of(CHANGED), tip, order++));
                }
            }
            for (WordSwap w : p.swaps()) {
                Span s = sideA ? w.a() : w.b();
                String tip = sideA ? w.from() + " → " + w.to() : w.to() + " → " + w.from();
                layers.add(new Layer(s, Set.of(SWAPPED), tip + " (" + w.reason() + ")", order++));
            }
        }
        return paint(layers, textLength);
    }

    static String passageTooltip(Passage p, boolean sideA) {
        String kind = switch (p.kind()) {
            case EXACT -> "Shared word for word";
            case EDITED -> "Shared with small edits";
            case PARAPHRASE -> "Paraphrased";
        };
        StringBuilder sb = new StringBuilder(kind);
        if (p.kind() != org.storycompare.engine.model.PassageKind.EXACT) {
            sb.append(String.format(Locale.ROOT, " (similarity %.0f%%)", p.score() * 100));
        }
        if (p.moved()) {
            sb.append("; stands elsewhere in the other source");
        }
        if (!p.swaps().isEmpty()) {
            sb.append(": ").append(p.swaps().stream()
                    .map(w -> sideA ? w.from() + " → " + w.to() : w.to() + " → " + w.from())
                    .collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    /** Sweeps the layer boundaries and merges equal neighbours into runs covering [0, length). */
    static List<StyledRun> paint(List<Layer> layers, int length) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        List<Layer> clipped = new ArrayList<>();
        for (Layer l : layers) {
            int s = Math.min(l.span().start(), length);
            int e = Math.min(l.span().end(), length);
            if (e > s) {
                clipped.add(new Layer(new Span(s, e), l.classes(), l.tooltip(), l.order()));
                cuts.add(s);
                cuts.add(e);
            }
        }
        clipped.sort(Comparator.comparingInt((Layer l) -> l.span().start()).thenComparingInt(Layer::order));
        List<StyledRun> runs = new ArrayList<>();
        List<Layer> active = new ArrayList<>();
        int next = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int from = prev;
                active.removeIf(l -> l.span().end() <= from);
                while (next < clipped.size() && clipped.get(next).span().start() <= from) {
                    Layer l = clipped.get(next++);
                    if (l.span().end() > from) {
                        active.add(l);
                    }
                }
                addRun(runs, new Span(from, cut), active);
            }
            prev = cut;
        }
        return runs;
    }

    private static void addRun(List<StyledRun> runs, Span span, List<Layer> active) {
        Set<String> classes = new TreeSet<>();
        String tooltip = null;
        int best = -1;
        for (Layer l : active) {
            classes.addAll(l.classes());
            if (l.tooltip() != null && l.order() > best) {
                best = l.order();
                tooltip = l.tooltip();
            }
        }
        if (!runs.isEmpty()) {
            StyledRun last = runs.get(runs.size() - 1);
            if (last.classes().equals(classes) && Objects.equals(last.tooltip(), tooltip)
                    && last.span().end() == span.start()) {
                runs.set(runs.size() - 1, new StyledRun(new Span(last.span().start(), span.end()), classes, tooltip));
                return;
            }
        }
        runs.add(new StyledRun(span, classes, tooltip));
    }
}
