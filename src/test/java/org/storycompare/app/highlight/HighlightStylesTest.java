package org.storycompare.app.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Span;

/** StyleSpans built from StyledRuns: pure, no window. */
class HighlightStylesTest {

    private static List<String> classesAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (offset < pos + s.getLength()) {
                return new ArrayList<>(s.getStyle());
            }
            pos += s.getLength();
        }
        throw new IllegalArgumentException("offset beyond spans: " + offset);
    }

    @Test
    void gapsBecomePlainSpansAndTheTotalLengthIsTheTextLength() {
        List<StyledRun> runs = List.of(new StyledRun(new Span(2, 5), Set.of("exact"), "t"),
                new StyledRun(new Span(8, 10), Set.of("edited", "changed"), null));
        StyleSpans<Collection<String>> spans = HighlightStyles.toStyleSpans(runs, 12);
        assertThat(spans.length()).isEqualTo(12);
        assertThat(classesAt(spans, 0)).isEmpty();
        assertThat(classesAt(spans, 2)).containsExactly("exact");
        assertThat(classesAt(spans, 4)).containsExactly("exact");
        assertThat(classesAt(spans, 5)).isEmpty();
        assertThat(classesAt(spans, 9)).containsExactly("changed", "edited");
        assertThat(classesAt(spans, 11)).isEmpty();
    }

    @Test
    void runsBeyondTheTextAreClipped() {
        StyleSpans<Collection<String>> spans = HighlightStyles.toStyleSpans(
                List.of(new StyledRun(new Span(3, 50), Set.of("divergent"), null)), 6);
        assertThat(spans.length()).isEqualTo(6);
        assertThat(classesAt(spans, 5)).containsExactly("divergent");
    }

    @Test
    void emptyTextAndNoRunsGiveOneEmptySpan() {
        assertThat(HighlightStyles.toStyleSpans(List.of(), 0).length()).isZero();
        StyleSpans<Collection<String>> plain = HighlightStyles.toStyleSpans(List.of(), 7);
        assertThat(plain.getSpanCount()).isEqualTo(1);
        assertThat(classesAt(plain, 6)).isEmpty();
    }

    @Test
    void overlappingRunsAreRefused() {
        List<StyledRun> runs = List.of(new StyledRun(new Span(0, 5), Set.of("exact"), null),
                new StyledRun(new Span(3, 6), Set.of("edited"), null));
        assertThatThrownBy(() -> HighlightStyles.toStyleSpans(runs, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 3");
    }

    @Test
    void theHandMadeAlignmentStylesBothSides() {
        var pair = Fixtures.wirePost();
        StyleSpans<Collection<String>> a = HighlightStyles.toStyleSpans(
                HighlightSpans.forSide(pair, true, Fixtures.WIRE_TEXT.length()), Fixtures.WIRE_TEXT.length());
        StyleSpans<Collection<String>> b = HighlightStyles.toStyleSpans(
                HighlightSpans.forSide(pair, false, Fixtures.POST_TEXT.length()), Fixtures.POST_TEXT.length());
        assertThat(classesAt(a, Fixtures.WIRE_TEXT.indexOf("inspected"))).containsExactly("changed", "edited");
        assertThat(classesAt(a, Fixtures.WIRE_TEXT.indexOf("Orrin"))).containsExactly("edited");
        assertThat(classesAt(a, Fixtures.WIRE_TEXT.indexOf("Residents"))).containsExactly("exact", "moved");
        assertThat(classesAt(a, Fixtures.WIRE_TEXT.indexOf("appalling"))).containsExactly("paraphrase", "swapped");
        assertThat(classesAt(b, Fixtures.POST_TEXT.indexOf("hotline"))).containsExactly("divergent");
        assertThat(classesAt(b, Fixtures.POST_TEXT.indexOf("checked"))).containsExactly("changed", "edited");
    }

    @Test
    void fiveThousandRunsOverALongTextStayInOrderAndCoverIt() {
        List<StyledRun> runs = new ArrayList<>();
        String[] kinds = {"exact", "edited", "paraphrase", "divergent"};
        for (int i = 0; i < 5000; i++) {
            runs.add(new StyledRun(new Span(i * 60, i * 60 + 40), Set.of(kinds[i % 4]), null));
        }
        StyleSpans<Collection<String>> spans = HighlightStyles.toStyleSpans(runs, 300_000);
        assertThat(spans.length()).isEqualTo(300_000);
        assertThat(spans.getSpanCount()).isEqualTo(10_000);
        assertThat(classesAt(spans, 4999 * 60 + 10)).containsExactly("divergent");
        assertThat(classesAt(spans, 4999 * 60 + 45)).isEmpty();
    }

    @Test
    void lookupFindsTheRunAndItsTooltip() {
        var runs = HighlightSpans.forSide(Fixtures.wirePost(), true, Fixtures.WIRE_TEXT.length());
        RunLookup lookup = new RunLookup(runs);
        assertThat(lookup.tooltipAt(Fixtures.WIRE_TEXT.indexOf("appalling"))).contains("\"appalling\" is \"horrifying\" in the other text (synonym)");
        assertThat(lookup.at(Fixtures.WIRE_TEXT.indexOf("Residents")).orElseThrow().classes())
                .containsExactlyInAnyOrder("exact", "moved");
        assertThat(lookup.at(10_000)).isEmpty();
        assertThat(RunLookup.empty().tooltipAt(0)).isEmpty();
    }
}
