package org.storycompare.engine.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * The sweep in {@link HighlightSpans} against a simple reference: for every character, every range is checked
 * for whether it covers it, and neighbouring characters that look the same are merged into one run. Random alignments with
 * overlapping and nested passages, ranges past the end, empty ranges and repeated tooltips.
 */
class HighlightSpansEquivalenceTest {

    private record Range(int start, int end, String cls, int priority, String tip) {
    }

    /**
     * Character by character: the classes of every range covering it; the tooltips (distinct, in the order
     * the ranges start, ties in the order they were listed) of the covering ranges with the best priority.
     */
    static List<StyledRun> reference(PairAlignment pair, boolean sideA, String text, String other) {
        int len = text.length();
        List<Range> ranges = new ArrayList<>();
        for (Passage p : pair.passages()) {
            Span own = sideA ? p.a() : p.b();
            ranges.add(new Range(own.start(), own.end(), p.kind().id(), 1, HighlightSpans.passageTip(p)));
            if (p.moved()) {
                ranges.add(new Range(own.start(), own.end(), "moved", 1, null));
            }
            for (WordChange c : p.changes()) {
                Span mine = sideA ? c.a() : c.b();
                ranges.add(new Range(mine.start(), mine.end(), "changed", 2, HighlightSpans.changeTip(sideA ? c.b() : c.a(), other)));
            }
            for (WordSwap s : p.swaps()) {
                Span mine = sideA ? s.a() : s.b();
                String from = sideA ? s.from() : s.to();
                String to = sideA ? s.to() : s.from();
                ranges.add(new Range(mine.start(), mine.end(), "swapped", 3, "\"" + from + "\" is \"" + to
                        + "\" in the other text (" + (s.reason() == null ? "other" : s.reason()) + ")"));
            }
        }
        for (Span d : sideA ? pair.divergentA() : pair.divergentB()) {
            ranges.add(new Range(d.start(), d.end(), "divergent", 0, "Not in the other text"));
        }
        List<Range> ordered = new ArrayList<>(ranges);
        ordered.sort((x, y) -> Integer.compare(x.start(), y.start())); // stable: ties keep the listed order
        List<StyledRun> runs = new ArrayList<>();
        for (int i = 0; i < len; i++) {
            Set<String> classes = new TreeSet<>();
            int best = -1;
            Set<String> tips = new LinkedHashSet<>();
            for (Range r : ordered) {
                if (r.start() <= i && i < r.end()) {
                    classes.add(r.cls());
                    if (r.tip() != null && r.priority() >= best) {
                        if (r.priority() > best) {
                            best = r.priority();
                            tips.clear();
                        }
                        tips.add(r.tip());
                    }
                }
            }
            String tip = tips.isEmpty() ? null : String.join("; ", tips);
            StyledRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.classes().equals(classes) && Objects.equals(last.tooltip(), tip)) {
                runs.set(runs.size() - 1, new StyledRun(new Span(last.span().start(), i + 1), classes, tip));
            } else {
                runs.add(new StyledRun(new Span(i, i + 1), classes, tip));
            }
        }
        return runs;
    }

    private static Span span(Random r, int len) {
        int s = r.nextInt(len + 10);
        int e = s + (r.nextInt(6) == 0 ? 0 : r.nextInt(1 + Math.max(1, len / 3)));
        return new Span(s, e);
    }

    static PairAlignment randomPair(Random r, int lenA, int lenB) {
        List<Passage> passages = new ArrayList<>();
        int n = r.nextInt(12);
        String[] words = {"big", "huge", "vast", "calm", "still"};
        for (int i = 0; i < n; i++) {
            Span a = span(r, lenA);
            Span b = span(r, lenB);
            PassageKind kind = PassageKind.values()[r.nextInt(3)];
            List<WordChange> changes = new ArrayList<>();
            List<WordSwap> swaps = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                changes.add(new WordChange(span(r, lenA), span(r, lenB)));
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                swaps.add(new WordSwap(span(r, lenA), span(r, lenB), words[r.nextInt(words.length)],
                        words[r.nextInt(words.length)], r.nextBoolean() ? "synonym" : null));
            }
            passages.add(new Passage(kind, a, b, r.nextInt(5) / 4.0, r.nextInt(3) == 0, changes, swaps));
        }
        List<Span> divA = new ArrayList<>();
        List<Span> divB = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            divA.add(span(r, lenA));
            divB.add(span(r, lenB));
        }
        return new PairAlignment("a", "b", 0.5, 0.5, 0.5, passages, divA, divB);
    }

    private static String text(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(r.nextInt(5) == 0 ? ' ' : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void theSweepGivesTheSameRunsAsTheReferenceOnRandomAlignments() {
        Random r = new Random(20261123L);
        int nonTrivial = 0;
        for (int round = 0; round < 2000; round++) {
            int lenA = r.nextInt(120);
            int lenB = r.nextInt(120);
            PairAlignment pair = randomPair(r, lenA, lenB);
            String a = text(r, lenA);
            String b = text(r, lenB);
            for (boolean sideA : new boolean[] {true, false}) {
                String own = sideA ? a : b;
                String other = r.nextBoolean() ? (sideA ? b : a) : null;
                List<StyledRun> expected = reference(pair, sideA, own, other);
                List<StyledRun> actual = other == null
                        ? HighlightSpans.forSide(pair, sideA, own.length())
                        : HighlightSpans.forSide(pair, sideA, own, other);
                assertThat(actual).as("round %d side %s", round, sideA).isEqualTo(expected);
                if (actual.size() > 4) {
                    nonTrivial++;
                }
            }
        }
        assertThat(nonTrivial).as("alignments with more than four runs").isGreaterThan(1000);
    }
}
