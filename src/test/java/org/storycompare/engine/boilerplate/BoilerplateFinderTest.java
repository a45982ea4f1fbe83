package org.storycompare.engine.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.highlight.BoilerplateOverlay;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Span;

/** Page furniture on invented texts; story lines stay untouched. */
class BoilerplateFinderTest {

    static List<String> found(String text) {
        return new BoilerplateFinder().find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void findsTeasersMarkersPromptsAndRights() {
        String text = String.join("\n\n",
                "News > Region > Coast",
                "The lighthouse at Kettle Point will reopen to visitors in May after a two-year restoration.",
                "ADVERTISEMENT",
                "Read more: Ten coastal walks for the spring",
                "Watch: the lamp is lit for the first time 0:58",
                "The restoration cost was shared by the parish and a heritage fund, the trust said.",
                "Sign up to our weekend newsletter",
                "Share this article",
                "(c) 2026 Kettle Coast Courier. All rights reserved.");
        assertThat(found(text)).containsExactly("News > Region > Coast", "ADVERTISEMENT",
                "Read more: Ten coastal walks for the spring", "Watch: the lamp is lit for the first time 0:58",
                "Sign up to our weekend newsletter", "Share this article",
                "(c) 2026 Kettle Coast Courier. All rights reserved.");
    }

    @Test
    void aCommentSectionEndsWithTheComments() {
        String text = String.join("\n\n",
                "The harbour wall will be repaired before the summer, the council confirmed on Monday.",
                "3 Comments",
                "gullwatcher says: About time too.",
                "I walked past it yesterday and half the railings are gone.",
                "seaview_anna replied: The railings were taken down for safety.");
        assertThat(found(text)).containsExactly("3 Comments", "gullwatcher says: About time too.",
                "I walked past it yesterday and half the railings are gone.",
                "seaview_anna replied: The railings were taken down for safety.");
    }

    @Test
    void storyLinesWithCueWordsInsideAreKept() {
        String text = String.join("\n",
                "Harbourmaster Ines Colby said: \"We will read more of the survey before we decide.\"",
                "The band's lawyer said the copyright dispute over the anthem had been settled out of court last week,"
                        + " ending a quarrel that had run for three years and cost both sides far more than the song earned,"
                        + " according to papers filed with the county court in Eastmere.",
                "Video evidence was shown to the jury on the second day of the trial.",
                "Subscribers to the ferry pass will get a refund.");
        assertThat(found(text)).isEmpty();
    }

    @Test
    void offsetsAreTrimmedLinesIntoTheText() {
        String text = "Story line one stays.\n   Advertisement  \nStory line two stays.";
        List<Span> spans = new BoilerplateFinder().find(text);
        assertThat(spans).containsExactly(new Span(25, 38));
        assertThat(spans.get(0).of(text)).isEqualTo("Advertisement");
    }

    @Test
    void overlayGreysFurnitureOverOtherStylesAndKeepsAPartition() {
        List<StyledRun> runs = List.of(new StyledRun(new Span(0, 10), Set.of(HighlightSpans.EXACT), "x"),
                new StyledRun(new Span(10, 20), Set.of(), null),
                new StyledRun(new Span(20, 30), Set.of(HighlightSpans.DIVERGENT), null));
        List<StyledRun> out = BoilerplateOverlay.apply(runs, List.of(new Span(5, 12), new Span(25, 30)));
        assertThat(out).extracting(StyledRun::span).containsExactly(new Span(0, 5), new Span(5, 12),
                new Span(12, 20), new Span(20, 25), new Span(25, 30));
        assertThat(out.get(1).classes()).containsExactly(HighlightSpans.BOILERPLATE);
        assertThat(out.get(1).tooltip()).isEqualTo(BoilerplateOverlay.TOOLTIP);
        assertThat(out.get(0).classes()).containsExactly(HighlightSpans.EXACT);
        assertThat(out.get(2).classes()).isEmpty();
        assertThat(out.get(4).classes()).containsExactly(HighlightSpans.BOILERPLATE);
        assertThat(BoilerplateOverlay.apply(runs, List.of())).isEqualTo(runs);
    }
}
