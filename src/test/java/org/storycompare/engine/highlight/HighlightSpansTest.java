package org.storycompare.engine.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;
import org.storycompare.testutil.ComparisonFixture;

class HighlightSpansTest {

    private final ComparisonFixture fixture = ComparisonFixture.sample();
    private final Comparison comparison = fixture.build();
    private final PairAlignment ab = comparison.pair("a", "b").orElseThrow();

    private static String textOf(List<StyledRun> runs, String text, String cls) {
        StringBuilder sb = new StringBuilder();
        for (StyledRun r : runs) {
            if (r.has(cls)) {
                sb.append(r.span().of(text)).append('|');
            }
        }
        return sb.toString();
    }

    @Test
    void runsPartitionTheWholeText() {
        String text = fixture.get("a").text();
        List<StyledRun> runs = HighlightSpans.forSide(ab, true, text.length());
        assertPartition(runs, text.length());
    }

    @Test
    void passageKindsAndDivergentTextAreMarkedOnSideA() {
        String text = fixture.get("a").text();
        List<StyledRun> runs = HighlightSpans.forSide(ab, true, text, fixture.get("b").text());
        assertThat(textOf(runs, text, "edited"))
                .isEqualTo("The council of Brindlewick voted on Tuesday to close the old bridge for repairs.|");
        assertThat(textOf(runs, text, "swapped")).isEqualTo("appalled|");
        assertThat(textOf(runs, text, "paraphrase"))
                .isEqualTo("Mayor Ada Quellin said she was |appalled| by the state of the beams.|");
        assertThat(textOf(runs, text, "divergent")).isEqualTo("Work will start in May and cost 2 million crowns.|");
        StyledRun swap = runs.stream().filter(r -> r.has("swapped")).findFirst().orElseThrow();
        assertThat(swap.classes()).containsExactlyInAnyOrder("paraphrase", "swapped");
        assertThat(swap.tooltip()).isEqualTo("\"appalled\" is \"horrified\" in the other text (synonym)");
        // the insertion point on side A is empty, so nothing on A is "changed"
        assertThat(textOf(runs, text, "changed")).isEmpty();
    }

    @Test
    void sideBSeesTheChangedWordsAndTheMirroredSwap() {
        String text = fixture.get("b").text();
        List<StyledRun> runs = HighlightSpans.forSide(ab, false, text, fixture.get("a").text());
        assertThat(textOf(runs, text, "changed")).isEqualTo("urgent |");
        StyledRun changed = runs.stream().filter(r -> r.has("changed")).findFirst().orElseThrow();
        assertThat(changed.classes()).containsExactlyInAnyOrder("edited", "changed");
        assertThat(changed.tooltip()).isEqualTo("Not in the other text");
        StyledRun swap = runs.stream().filter(r -> r.has("swapped")).findFirst().orElseThrow();
        assertThat(swap.span().of(text)).isEqualTo("horrified");
        assertThat(swap.tooltip()).isEqualTo("\"horrified\" is \"appalled\" in the other text (synonym)");
        assertThat(textOf(runs, text, "divergent")).isEqualTo("Traffic will be diverted through Millgate.|");
    }

    @Test
    void replacedWordsQuoteTheOtherText() {
        String a = "the ferry left at noon";
        String b = "the ferry departed at noon";
        Passage p = new Passage(PassageKind.EDITED, new Span(0, a.length()), new Span(0, b.length()), 0.8, false,
                List.of(new WordChange(new Span(10, 14), new Span(10, 18))), List.of());
        PairAlignment pair = new PairAlignment("x", "y", 0.8, 0.8, 0.8, List.of(p), List.of(), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(pair, true, a, b);
        StyledRun changed = runs.stream().filter(r -> r.has("changed")).findFirst().orElseThrow();
        assertThat(changed.span().of(a)).isEqualTo("left");
        assertThat(changed.tooltip()).isEqualTo("Other text: \"departed\"");
        assertThat(HighlightSpans.forSide(pair, true, a.length()).stream()
                .filter(r -> r.has("changed")).findFirst().orElseThrow().tooltip()).isEqualTo("Changed words");
    }

    @Test
    void movedPassagesCarryTheMovedClassAndSay() {
        PairAlignment ac = comparison.pair("a", "c").orElseThrow();
        String text = fixture.get("a").text();
        List<StyledRun> runs = HighlightSpans.forSide(ac, true, text.length());
        StyledRun moved = runs.stream().filter(r -> r.has("moved")).findFirst().orElseThrow();
        assertThat(moved.span().of(text)).isEqualTo("Brindlewick");
        assertThat(moved.classes()).containsExactlyInAnyOrder("exact", "moved");
        assertThat(moved.tooltip()).startsWith("Exact copy; moved");
    }

    @Test
    void unstyledTextIsPlainAndNeighboursWithTheSameStyleMerge() {
        PairAlignment pair = new PairAlignment("x", "y", 0.5, 0.5, 0.5,
                List.of(Passage.exact(new Span(2, 4), new Span(0, 2)), Passage.exact(new Span(4, 6), new Span(2, 4))),
                List.of(), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(pair, true, 10);
        assertThat(runs).extracting(StyledRun::span)
                .containsExactly(new Span(0, 2), new Span(2, 6), new Span(6, 10));
        assertThat(runs.get(0).isPlain()).isTrue();
        assertThat(runs.get(1).classes()).containsExactly("exact");
        assertThat(runs.get(2).isPlain()).isTrue();
    }

    @Test
    void rangesPastTheEndAreClippedAndEmptyTextGivesNoRuns() {
        PairAlignment pair = new PairAlignment("x", "y", 0.5, 0.5, 0.5,
                List.of(Passage.exact(new Span(5, 50), new Span(0, 45))), List.of(new Span(0, 5)), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(pair, true, 8);
        assertThat(runs).extracting(StyledRun::span).containsExactly(new Span(0, 5), new Span(5, 8));
        assertThat(runs.get(0).classes()).containsExactly("divergent");
        assertThat(HighlightSpans.forSide(pair, true, 0)).isEmpty();
        assertThatThrownBy(() -> HighlightSpans.forSide(pair, true, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSwapOutranksItsPassageForTheTooltip() {
        Passage p = new Passage(PassageKind.PARAPHRASE, new Span(0, 10), new Span(0, 10), 0.6, true, List.of(),
                List.of(new WordSwap(new Span(3, 6), new Span(3, 6), "big", "huge", null)));
        PairAlignment pair = new PairAlignment("x", "y", 0.6, 0.6, 0.6, List.of(p), List.of(), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(pair, true, 10);
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).tooltip()).isEqualTo("Paraphrase, 60% alike; moved: stands elsewhere in the other text");
        assertThat(runs.get(1).classes()).containsExactlyInAnyOrder("paraphrase", "moved", "swapped");
        assertThat(runs.get(1).tooltip()).isEqualTo("\"big\" is \"huge\" in the other text (other)");
    }

    /** Whatever ranges come in, the runs partition the text and carry only known classes. */
    @Property(tries = 200)
    void anyAlignmentGivesAPartition(@ForAll @Size(max = 8) List<@IntRange(max = 60) Integer> cuts,
                                     @ForAll @IntRange(max = 50) int len, @ForAll boolean sideA) {
        java.util.ArrayList<Passage> passages = new java.util.ArrayList<>();
        java.util.ArrayList<Span> div = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            Span s = new Span(Math.min(cuts.get(i), cuts.get(i + 1)), Math.max(cuts.get(i), cuts.get(i + 1)));
            if (i % 4 == 0) {
                passages.add(new Passage(PassageKind.EDITED, s, s, 0.5, i % 3 == 0,
                        List.of(new WordChange(new Span(s.start(), s.start() + s.length() / 2), s)), List.of()));
            } else {
                div.add(s);
            }
        }
        PairAlignment pair = new PairAlignment("x", "y", 0.5, 0.5, 0.5, passages, div, div);
        List<StyledRun> runs = HighlightSpans.forSide(pair, sideA, len);
        assertPartition(runs, len);
        for (StyledRun r : runs) {
            assertThat(HighlightSpans.CLASSES).containsAll(r.classes());
        }
        for (Passage p : passages) {
            Span own = sideA ? p.a() : p.b();
            for (int k = own.start(); k < Math.min(own.end(), len); k++) {
                final int at = k;
                assertThat(runs.stream().filter(r -> r.span().contains(at)).findFirst().orElseThrow().classes())
                        .contains("edited");
            }
        }
    }

    private static void assertPartition(List<StyledRun> runs, int len) {
        int at = 0;
        StyledRun prev = null;
        for (StyledRun r : runs) {
            assertThat(r.span().start()).isEqualTo(at);
            assertThat(r.span().isEmpty()).isFalse();
            if (prev != null) {
                boolean sameStyle = prev.classes().equals(r.classes())
                        && java.util.Objects.equals(prev.tooltip(), r.tooltip());
                assertThat(sameStyle).as("neighbours with one style are merged").isFalse();
            }
            at = r.span().end();
            prev = r;
        }
        assertThat(at).isEqualTo(len);
    }
}
