package org.storycompare.app.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.credits.Attribution;
import org.storycompare.engine.credits.CreditKind;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Span;

/** Credits laid over highlight runs: pure, no window. */
class CreditOverlayTest {

    static final String TEXT = "HALDEN (Tarn News Agency) \u2014 The weir failed, according to the Moorside Gazette. "
            + "\u00A9 2031 Halden Echo";

    static Span span(String part) {
        int i = TEXT.indexOf(part);
        return new Span(i, i + part.length());
    }

    static final Attribution DATELINE = new Attribution("a", "Tarn News Agency", CreditKind.AGENCY, "dateline",
            span("Tarn News Agency"), span("(Tarn News Agency) \u2014"));
    static final Attribution ACCORDING = new Attribution("a", "Moorside Gazette", CreditKind.OUTLET, "according to",
            span("Moorside Gazette"), span("according to"));

    static StyledRun at(List<StyledRun> runs, int offset) {
        return runs.stream().filter(r -> r.span().start() <= offset && offset < r.span().end()).findFirst().orElseThrow();
    }

    @Test
    void creditsAreAddedOverTheRunsWhichStillPartitionTheText() {
        int len = TEXT.length();
        int shared = TEXT.indexOf("The weir");
        List<StyledRun> runs = List.of(new StyledRun(new Span(0, shared), Set.of(), null),
                new StyledRun(new Span(shared, len), Set.of(HighlightSpans.EXACT), "Shared word for word"));
        List<StyledRun> out = CreditOverlay.apply(runs, List.of(ACCORDING, DATELINE), len);

        int pos = 0;
        for (StyledRun r : out) {
            assertThat(r.span().start()).isEqualTo(pos);
            pos = r.span().end();
        }
        assertThat(pos).isEqualTo(len);
        // the dateline: cue and name boxed, the city before it not
        assertThat(at(out, TEXT.indexOf("(Tarn")).classes()).containsExactly(CreditOverlay.CREDIT);
        assertThat(at(out, TEXT.indexOf("HALDEN")).classes()).isEmpty();
        assertThat(at(out, TEXT.indexOf("(Tarn")).tooltip()).contains("Tarn News Agency", "agency", "dateline");
        // inside a shared passage the credit keeps the passage's class and its tooltip below its own
        StyledRun acc = at(out, TEXT.indexOf("the Moorside"));
        assertThat(acc.classes()).containsExactlyInAnyOrder(HighlightSpans.EXACT, CreditOverlay.CREDIT);
        assertThat(acc.tooltip()).startsWith("Credit: this part of the story is credited to Moorside Gazette (outlet)")
                .contains("\u201Caccording to\u201D").endsWith("\nShared word for word");
        assertThat(acc.span()).isEqualTo(new Span(TEXT.indexOf("according"), TEXT.indexOf("Gazette") + 7));
        assertThat(at(out, TEXT.indexOf("weir")).classes()).containsExactly(HighlightSpans.EXACT);
    }

    @Test
    void noCreditsLeaveTheRunsAsTheyAreAndRangesPastTheTextAreClipped() {
        List<StyledRun> runs = List.of(new StyledRun(new Span(0, 10), Set.of(), null));
        assertThat(CreditOverlay.apply(runs, List.of(), 10)).isSameAs(runs);
        List<StyledRun> out = CreditOverlay.apply(runs, List.of(DATELINE), 10);
        assertThat(out).extracting(StyledRun::span).containsExactly(new Span(0, 7), new Span(7, 10));
        assertThat(out.get(1).classes()).containsExactly(CreditOverlay.CREDIT);
        // without a pair: plain text around the credits, nothing at all without credits
        assertThat(CreditOverlay.alone(List.of(), 10)).isEmpty();
        assertThat(CreditOverlay.alone(List.of(DATELINE), 10)).isEqualTo(out);
        assertThat(CreditOverlay.alone(List.of(DATELINE), 5)).isEmpty();
    }
}
