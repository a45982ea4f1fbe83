package org.storycompare.engine.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * Turns a pair alignment into styled runs of one side's text, for the window and the reports alike.
 *
 * <p>The runs partition the whole text: they are sorted, do not overlap, leave no gap and cover
 * [0, textLength); unstyled text comes as runs with no classes. Neighbouring runs with the same classes and
 * tooltip are merged. Ranges reaching past the text are clipped; empty ranges (an insertion point) are
 * dropped. Classes:
 * <ul>
 *   <li>{@code exact}, {@code edited}, {@code paraphrase}: inside a shared passage of that kind;</li>
 *   <li>{@code moved}: inside a passage that stands in another order in the other text;</li>
 *   <li>{@code changed}: words replaced, inserted or deleted inside an edited passage;</li>
 *   <li>{@code swapped}: a word of a paraphrase that stands as another word in the other text;</li>
 *   <li>{@code divergent}: text the other side does not have.</li>
 * </ul>
 * The tooltip comes from the most specific range: swap, then change, then passage, then divergent.
 */
public final class HighlightSpans {

    public static final String EXACT = "exact";
    public static final String EDITED = "edited";
    public static final String PARAPHRASE = "paraphrase";
    public static final String MOVED = "moved";
    public static final String CHANGED = "changed";
    public static final String SWAPPED = "swapped";
    public static final String DIVERGENT = "divergent";

    /** Every class a run may carry. */
    public static final Set<String> CLASSES = Set.of(EXACT, EDITED, PARAPHRASE, MOVED, CHANGED, SWAPPED, DIVERGENT);

    private static final int SNIPPET = 80;

    private HighlightSpans() {
    }

    /** Runs of one side, without quoting the other text in tooltips. */
    public static List<StyledRun> forSide(PairAlignment pair, boolean sideA, int textLength) {
        return build(pair, sideA, textLength, null);
    }

    /**
     * Runs of one side; tooltips of changed words quote what the other text has instead.
     *
     * @param text      this side's article text
     * @param otherText the other side's article text, or null
     */
    public static List<StyledRun> forSide(PairAlignment pair, boolean sideA, String text, String otherText) {
        return build(pair, sideA, text.length(), otherText);
    }

    private record Layer(int start, int end, String cls, int priority, String tooltip) {
    }

    private static List<StyledRun> build(PairAlignment pair, boolean sideA, int len, String otherText) {
        if (len < 0) {
            throw new IllegalArgumentException("negative text length " + len);
        }
        List<Layer> layers = new ArrayList<>();
        for (Passage p : pair.passages()) {
            Span own = sideA ? p.a() : p.b();
            add(layers, own, p.kind().id(), 1, passageTip(p), len);
            if (p.moved()) {
                add(layers, own, MOVED, 1, null, len);
            }
            for (WordChange c : p.changes()) {
                Span mine = sideA ? c.a() : c.b();
                Span theirs = sideA ? c.b() : c.a();
                add(layers, mine, CHANGED, 2, changeTip(theirs, otherText), len);
            }
            for (WordSwap s : p.swaps()) {
                Span mine = sideA ? s.a() : s.b();
                String from = sideA ? s.from() : s.to();
                String to = sideA ? s.to() : s.from();
                add(layers, mine, SWAPPED, 3, "\"" + from + "\" is \"" + to + "\" in the other text ("
                        + (s.reason() == null ? "other" : s.reason()) + ")", len);
            }
        }
        for (Span d : sideA ? pair.divergentA() : pair.divergentB()) {
            add(layers, d, DIVERGENT, 0, "Not in the other text", len);
        }
        return sweep(layers, len);
    }

    private static void add(List<Layer> layers, Span s, String cls, int priority, String tip, int len) {
        int start = Math.min(s.start(), len);
        int end = Math.min(s.end(), len);
        if (end > start) {
            layers.add(new Layer(start, end, cls, priority, tip));
        }
    }

    private static List<StyledRun> sweep(List<Layer> layers, int len) {
        List<StyledRun> runs = new ArrayList<>();
        if (len == 0) {
            return runs;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(len);
        for (Layer l : layers) {
            cuts.add(l.start());
            cuts.add(l.end());
        }
        layers.sort(Comparator.comparingInt(Layer::start));
        List<Layer> active = new ArrayList<>();
        int next = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                emit(runs, from, cut, active);
            }
            final int at = cut;
            active.removeIf(l -> l.end() <= at);
            while (next < layers.size() && layers.get(next).start() == at) {
                active.add(layers.get(next++));
            }
            from = cut;
        }
        return runs;
    }

    private static void emit(List<StyledRun> runs, int start, int end, List<Layer> active) {
        Set<String> classes = new TreeSet<>();
        int best = -1;
        Set<String> tips = new LinkedHashSet<>();
        for (Layer l : active) {
            classes.add(l.cls());
            if (l.tooltip() == null) {
                continue;
            }
            if (l.priority() > best) {
                best = l.priority();
                tips.clear();
            }
            if (l.priority() == best) {
                tips.add(l.tooltip());
            }
        }
        String tip = tips.isEmpty() ? null : String.join("; ", tips);
        if (!runs.isEmpty()) {
            StyledRun last = runs.get(runs.size() - 1);
            if (last.classes().equals(classes) && java.util.Objects.equals(last.tooltip(), tip)) {
                runs.set(runs.size() - 1, new StyledRun(new Span(last.span().start(), end), classes, tip));
                return;
            }
        }
        runs.add(new StyledRun(new Span(start, end), classes, tip));
    }

    private static String passageTip(Passage p) {
        String base = switch (p.kind()) {
            case EXACT -> "Exact copy";
            case EDITED -> "Edited copy, " + percent(p.score()) + " alike";
            case PARAPHRASE -> "Paraphrase, " + percent(p.score()) + " alike";
        };
        return p.moved() ? base + "; moved: stands elsewhere in the other text" : base;
    }

    private static String changeTip(Span theirs, String otherText) {
        if (theirs.isEmpty()) {
            return "Not in the other text";
        }
        if (otherText == null || theirs.end() > otherText.length()) {
            return "Changed words";
        }
        String s = theirs.of(otherText).replaceAll("\\s+", " ").strip();
        if (s.length() > SNIPPET) {
            s = s.substring(0, SNIPPET) + "…";
        }
        return "Other text: \"" + s + "\"";
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
