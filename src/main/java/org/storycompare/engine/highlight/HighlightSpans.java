package org.storycompare.engine.highlight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
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
 *   <li>{@code exact}, {@code edited}, {@code paraphrase}, {@code meaning}, {@code summary}: inside a shared passage
 *   of that kind (meaning and summary passages are whole sentences and may hold word-level ones);</li>
 *   <li>{@code moved}: inside a passage that stands in another order in the other text;</li>
 *   <li>{@code changed}: words replaced, inserted or deleted inside an edited passage;</li>
 *   <li>{@code swapped}: a word of a paraphrase that stands as another word in the other text;</li>
 *   <li>{@code divergent}: text the other side does not have;</li>
 *   <li>{@code boilerplate}: page furniture, laid over the others by {@link BoilerplateOverlay}.</li>
 * </ul>
 * The tooltip comes from the most specific range: swap, then change, then passage, then divergent.
 */
public final class HighlightSpans {

    public static final String EXACT = "exact";
    public static final String EDITED = "edited";
    public static final String PARAPHRASE = "paraphrase";
    public static final String MEANING = "meaning";
    public static final String SUMMARY = "summary";
    public static final String MOVED = "moved";
    public static final String CHANGED = "changed";
    public static final String SWAPPED = "swapped";
    public static final String DIVERGENT = "divergent";
    public static final String BOILERPLATE = "boilerplate";

    /** Every class a run may carry. */
    public static final Set<String> CLASSES = Set.of(EXACT, EDITED, PARAPHRASE, MEANING, SUMMARY, MOVED, CHANGED,
            SWAPPED, DIVERGENT, BOILERPLATE);

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

    /** One styled range; {@code order} is its place in the order the ranges were added (ties in tooltips). */
    private record Layer(int start, int end, String cls, int priority, String tooltip, int order) {
    }

    private static List<StyledRun> build(PairAlignment pair, boolean sideA, int len, String otherText) {
        if (len < 0) {
            throw new IllegalArgumentException("negative text length " + len);
        }
        List<Layer> layers = new ArrayList<>();
        // passages share a few tooltips and kind ids: format each once (String.format is slow when cold)
        Map<String, String> tips = new HashMap<>();
        Map<PassageKind, String> kindIds = new EnumMap<>(PassageKind.class);
        for (Passage p : pair.passages()) {
            Span own = sideA ? p.a() : p.b();
            String tip = tips.computeIfAbsent(p.kind().name() + ' ' + p.moved() + ' ' + p.score(), k -> passageTip(p));
            add(layers, own, kindIds.computeIfAbsent(p.kind(), PassageKind::id), 1, tip, len);
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
        return new Sweep(layers, len).run();
    }

    private static void add(List<Layer> layers, Span s, String cls, int priority, String tip, int len) {
        int start = Math.min(s.start(), len);
        int end = Math.min(s.end(), len);
        if (end > start) {
            layers.add(new Layer(start, end, cls, priority, tip, layers.size()));
        }
    }

    /**
     * A sweep over the range boundaries in O(n log n): ranges sorted by start and by end are opened and closed
     * at each boundary; the open ranges are kept as counts per class and, for tooltips, as one ordered set per
     * priority, so each run costs O(log n) plus its tooltip. Between two boundaries the run carries the classes
     * of every open range and the tooltips (distinct, in the order the ranges start) of the open ranges with
     * the highest priority that have one; neighbouring runs that look the same are merged.
     */
    private static final class Sweep {
        private static final Comparator<Layer> BY_START = Comparator.comparingInt(Layer::start)
                .thenComparingInt(Layer::order);

        private final List<Layer> layers;
        private final int len;
        private final List<String> classNames;
        private final Map<String, Integer> classIndex = new HashMap<>();
        private final int[] counts;
        private final Map<Long, Set<String>> classSets = new HashMap<>();
        private final List<TreeSet<Layer>> tipped = new ArrayList<>();
        private final List<StyledRun> runs = new ArrayList<>();
        private long mask;
        private String tip;
        private boolean tipDirty;
        private int runStart;
        private long runMask;
        private String runTip;

        Sweep(List<Layer> layers, int len) {
            this.layers = layers;
            this.len = len;
            TreeSet<String> names = new TreeSet<>();
            int maxPriority = 0;
            for (Layer l : layers) {
                names.add(l.cls());
                maxPriority = Math.max(maxPriority, l.priority());
            }
            if (names.size() > Long.SIZE) {
                throw new IllegalStateException("too many style classes: " + names.size());
            }
            classNames = List.copyOf(names);
            for (int i = 0; i < classNames.size(); i++) {
                classIndex.put(classNames.get(i), i);
            }
            counts = new int[classNames.size()];
            for (int p = 0; p <= maxPriority; p++) {
                tipped.add(new TreeSet<>(BY_START));
            }
        }

        List<StyledRun> run() {
            if (len == 0) {
                return runs;
            }
            int n = layers.size();
            Layer[] byStart = layers.toArray(new Layer[0]);
            Arrays.sort(byStart, BY_START);
            Layer[] byEnd = layers.toArray(new Layer[0]);
            Arrays.sort(byEnd, Comparator.comparingInt(Layer::end));
            int nextStart = 0;
            int nextEnd = 0;
            int from = 0;
            runStart = -1;
            while (true) {
                // the next boundary: the smallest start or end still to come, or the end of the text
                int at = len;
                if (nextStart < n) {
                    at = Math.min(at, byStart[nextStart].start());
                }
                if (nextEnd < n) {
                    at = Math.min(at, byEnd[nextEnd].end());
                }
                if (at > from) {
                    emit(from, at);
                    from = at;
                }
                if (at >= len) {
                    break;
                }
                while (nextEnd < n && byEnd[nextEnd].end() == at) {
                    close(byEnd[nextEnd++]);
                }
                while (nextStart < n && byStart[nextStart].start() == at) {
                    open(byStart[nextStart++]);
                }
            }
            flush(len);
            return runs;
        }

        private void open(Layer l) {
            int c = classIndex.get(l.cls());
            if (counts[c]++ == 0) {
                mask |= 1L << c;
            }
            if (l.tooltip() != null) {
                tipped.get(l.priority()).add(l);
                tipDirty = true;
            }
        }

        private void close(Layer l) {
            int c = classIndex.get(l.cls());
            if (--counts[c] == 0) {
                mask &= ~(1L << c);
            }
            if (l.tooltip() != null) {
                tipped.get(l.priority()).remove(l);
                tipDirty = true;
            }
        }

        private String tip() {
            if (tipDirty) {
                tipDirty = false;
                tip = null;
                for (int p = tipped.size() - 1; p >= 0; p--) {
                    TreeSet<Layer> open = tipped.get(p);
                    if (open.isEmpty()) {
                        continue;
                    }
                    if (open.size() == 1) {
                        tip = open.first().tooltip();
                    } else {
                        Set<String> tips = new LinkedHashSet<>();
                        open.forEach(l -> tips.add(l.tooltip()));
                        tip = String.join("; ", tips);
                    }
                    break;
                }
            }
            return tip;
        }

        /** Adds [start, end) with the open ranges' style, extending the previous run when it looks the same. */
        private void emit(int start, int end) {
            String t = tip();
            if (runStart >= 0 && runMask == mask && Objects.equals(runTip, t)) {
                return;
            }
            flush(start);
            runStart = start;
            runMask = mask;
            runTip = t;
        }

        private void flush(int end) {
            if (runStart >= 0 && end > runStart) {
                runs.add(new StyledRun(new Span(runStart, end), classSet(runMask), runTip));
            }
        }

        private Set<String> classSet(long m) {
            return classSets.computeIfAbsent(m, k -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < classNames.size(); i++) {
                    if ((k & (1L << i)) != 0) {
                        out.add(classNames.get(i));
                    }
                }
                return Set.copyOf(out);
            });
        }
    }

    /** The tooltip of a passage (package-visible: the equivalence test's reference model shows the same). */
    static String passageTip(Passage p) {
        String base = switch (p.kind()) {
            case EXACT -> "Exact copy";
            case EDITED -> "Edited copy, " + percent(p.score()) + " alike";
            case PARAPHRASE -> "Paraphrase, " + percent(p.score()) + " alike";
            case MEANING -> String.format(java.util.Locale.ROOT, "Same meaning, score %.2f", p.score());
            case SUMMARY -> String.format(java.util.Locale.ROOT, "Summary: condenses several sentences, score %.2f",
                    p.score());
        };
        return p.moved() ? base + "; moved: stands elsewhere in the other text" : base;
    }

    static String changeTip(Span theirs, String otherText) {
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
