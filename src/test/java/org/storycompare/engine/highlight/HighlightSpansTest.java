package org.storycompare.engine.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

class HighlightSpansTest {

    //                     0         1         2         3         4
    //                     0123456789012345678901234567890123456789012345
    static final String A = "The mayor said residents were appalled. Extra.";
    static final String B = "The mayor stated residents were horrified.";

    @Test
    void runsCoverTheTextInOrderWithoutOverlap() {
        PairAlignment p = sample();
        List<StyledRun> runs = HighlightSpans.forSide(p, true, A.length());
        assertThat(runs.get(0).span().start()).isZero();
        assertThat(runs.get(runs.size() - 1).span().end()).isEqualTo(A.length());
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).span().start()).isEqualTo(runs.get(i - 1).span().end());
        }
    }

    @Test
    void paraphraseSwapsAndDivergentTextGetTheirClasses() {
        List<StyledRun> runs = HighlightSpans.forSide(sample(), true, A.length());
        assertThat(runAt(runs, 0).classes()).containsExactlyInAnyOrder("paraphrase");
        StyledRun said = runAt(runs, 10);
        assertThat(said.classes()).containsExactlyInAnyOrder("paraphrase", "swapped");
        assertThat(said.span()).isEqualTo(new Span(10, 14));
        assertThat(said.tooltip()).isEqualTo("said → stated (synonym)");
        assertThat(runAt(runs, 41).classes()).containsExactly("divergent");
        assertThat(runAt(runs, 39).classes()).isEmpty();
    }

    @Test
    void sideBSeesTheSwapTheOtherWayRound() {
        List<StyledRun> runs = HighlightSpans.forSide(sample(), false, B.length());
        StyledRun stated = runAt(runs, 11);
        assertThat(stated.span()).isEqualTo(new Span(10, 16));
        assertThat(stated.tooltip()).startsWith("stated → said");
        assertThat(runAt(runs, 0).tooltip()).contains("Paraphrased").contains("stated → said");
    }

    @Test
    void editedPassagesMarkChangedWordsAndMovedPassages() {
        Passage edited = new Passage(PassageKind.EDITED, new Span(0, 38), new Span(0, 41), 0.8, true,
                List.of(new WordChange(new Span(10, 14), new Span(10, 16)),
                        new WordChange(new Span(20, 20), new Span(22, 25))), List.of());
        PairAlignment p = new PairAlignment("a", "b", 0.5, 0.5, 0.5, List.of(edited), List.of(), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(p, true, A.length());
        assertThat(runAt(runs, 12).classes()).containsExactlyInAnyOrder("edited", "moved", "changed");
        assertThat(runAt(runs, 5).classes()).containsExactlyInAnyOrder("edited", "moved");
        // the insertion is empty on side A, so nothing is marked changed there
        assertThat(runAt(runs, 20).classes()).doesNotContain("changed");
        List<StyledRun> bRuns = HighlightSpans.forSide(p, false, B.length());
        assertThat(runAt(bRuns, 23).classes()).contains("changed");
        assertThat(runAt(bRuns, 23).tooltip()).isEqualTo("Not in the other source");
    }

    @Test
    void exactPassagesAreOneRunAndSpansBeyondTheTextAreClipped() {
        PairAlignment p = new PairAlignment("a", "b", 1, 1, 1,
                List.of(Passage.exact(new Span(4, 200), new Span(4, 200))), List.of(), List.of());
        List<StyledRun> runs = HighlightSpans.forSide(p, true, A.length());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).isEqualTo(new StyledRun(new Span(4, A.length()), java.util.Set.of("exact"),
                "Shared word for word"));
    }

    @Test
    void randomLayersAlwaysGiveATiling() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            int len = 1 + rnd.nextInt(300);
            List<Passage> passages = new java.util.ArrayList<>();
            for (int i = 0; i < rnd.nextInt(6); i++) {
                int s = rnd.nextInt(len);
                int e = s + rnd.nextInt(len - s + 1);
                passages.add(new Passage(PassageKind.values()[rnd.nextInt(3)], new Span(s, e), new Span(s, e),
                        0.7, rnd.nextBoolean(), List.of(new WordChange(new Span(s, (s + e) / 2), new Span(s, s))),
                        List.of(new WordSwap(new Span(s, e), new Span(s, e), "x", "y", "other"))));
            }
            PairAlignment p = new PairAlignment("a", "b", 0, 0, 0, passages, List.of(), List.of());
            List<StyledRun> runs = HighlightSpans.forSide(p, true, len);
            int at = 0;
            for (StyledRun r : runs) {
                assertThat(r.span().start()).isEqualTo(at);
                assertThat(r.span().length()).isPositive();
                at = r.span().end();
            }
            assertThat(at).isEqualTo(len);
            for (Passage ps : passages) {
                for (int i = ps.a().start(); i < ps.a().end(); i++) {
                    assertThat(runAt(runs, i).classes()).contains(ps.kind().id());
                }
            }
        }
    }

    private static StyledRun runAt(List<StyledRun> runs, int offset) {
        return runs.stream().filter(r -> r.span().contains(offset)).findFirst().orElseThrow();
    }

    private static PairAlignment sample() {
        Passage para = new Passage(PassageKind.PARAPHRASE, new Span(0, 39), new Span(0, 42), 0.8, false, List.of(),
                List.of(new WordSwap(new Span(10, 14), new Span(10, 16), "said", "stated", "synonym"),
                        new WordSwap(new Span(30, 38), new Span(32, 41), "appalled", "horrified", "synonym")));
        return new PairAlignment("a", "b", 0.8, 0.8, 0.9, List.of(para), List.of(new Span(40, 46)), List.of());
    }
}
