package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordSwap;

class ParaphraseMatcherTest {

    private static final ParaphraseMatcher M = new ParaphraseMatcher();
    private static final CompareOptions OPTS = CompareOptions.DEFAULTS;

    private static List<Passage> matchWhole(String a, String b) {
        return M.match(a, List.of(new Span(0, a.length())), b, List.of(new Span(0, b.length())), OPTS,
                Cancellation.NEVER);
    }

    private static String swapText(WordSwap s) {
        return s.from() + "->" + s.to() + ":" + s.reason();
    }

    @Test
    void synonymSwapsArePairedAndListed() {
        String a = "The mayor said residents were appalled by the damage to the old bridge.";
        String b = "The mayor stated inhabitants were horrified by the damage to the old bridge.";
        List<Passage> ps = matchWhole(a, b);
        assertThat(ps).hasSize(1);
        Passage p = ps.get(0);
        assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
        assertThat(p.moved()).isFalse();
        assertThat(p.a().of(a)).isEqualTo("The mayor said residents were appalled by the damage to the old bridge");
        assertThat(p.b().of(b)).startsWith("The mayor stated").endsWith("old bridge");
        assertThat(p.swaps()).extracting(ParaphraseMatcherTest::swapText).containsExactly(
                "said->stated:synonym", "residents->inhabitants:synonym", "appalled->horrified:synonym");
        assertThat(p.score()).isGreaterThanOrEqualTo(OPTS.paraphraseThreshold()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void garbledWordsArePaired() {
        String a = "The city council ordered the evacuation of the riverside district on Monday night.";
        String b = "The city councl ordered the evacuaton of the riverside district on Monday night.";
        List<Passage> ps = matchWhole(a, b);
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).swaps()).extracting(ParaphraseMatcherTest::swapText)
                .containsExactly("council->councl:garbled", "evacuation->evacuaton:garbled");
    }

    @Test
    void reorderedClausesStillMatch() {
        String a = "After the storm passed, volunteers from Harwick cleared fallen trees from the main road.";
        String b = "Volunteers from Harwick cleared fallen trees from the main road after the storm passed.";
        assertThat(matchWhole(a, b)).hasSize(1);
    }

    @Test
    void sameTopicDifferentClaimsAreNotMatched() {
        String a = "Fire crews battled the blaze at the Dunmore warehouse for six hours on Tuesday. "
                + "Nobody was hurt, according to the fire service.";
        String b = "The owner of the Dunmore warehouse said the fire would cost his firm its biggest contract. "
                + "Insurance assessors are expected at the site next week.";
        assertThat(matchWhole(a, b)).isEmpty();
        assertThat(M.similarity("Fire crews battled the blaze at the Dunmore warehouse for six hours on Tuesday.",
                "The owner of the Dunmore warehouse said the fire would cost his firm its biggest contract."))
                .isLessThan(OPTS.paraphraseThreshold());
    }

    @Test
    void differingNumbersLowerTheScore() {
        String a = "The council approved 12 new homes on Elm Road in March.";
        double same = M.similarity(a, "The council approved 12 new homes on Elm Road in March.");
        double other = M.similarity(a, "The council approved 40 new homes on Elm Road in March.");
        assertThat(other).isLessThan(same);
    }

    @Test
    void similarityIsHighForParaphraseAndLowForUnrelated() {
        String a = "Police arrested two men after a break-in at the Corran pharmacy late on Friday.";
        double para = M.similarity(a, "Two men were arrested by police following a burglary at the Corran pharmacy late on Friday.");
        double unrelated = M.similarity(a, "The school choir will perform its spring concert in the town hall.");
        assertThat(para).isGreaterThan(0.5);
        assertThat(unrelated).isLessThan(0.1);
        assertThat(para).isBetween(0.0, 1.0);
    }

    @Test
    void spansAreExactInBoundsAndSwapsLieInsideTheirPassage() {
        String a = "Intro line that is only in A.\n\nThe mayor said residents were appalled by the damage to the old bridge. "
                + "The city council ordered the evacuation of the riverside district on Monday night.";
        String b = "Something else entirely here about a garden show.\n"
                + "The city councl ordered the evacuaton of the riverside district on Monday night. "
                + "The mayor stated inhabitants were horrified by the damage to the old bridge.";
        List<Passage> ps = matchWhole(a, b);
        assertThat(ps).hasSize(2);
        for (Passage p : ps) {
            assertThat(p.a().end()).isLessThanOrEqualTo(a.length());
            assertThat(p.b().end()).isLessThanOrEqualTo(b.length());
            assertThat(Character.isLetterOrDigit(a.charAt(p.a().start()))).isTrue();
            assertThat(Character.isLetterOrDigit(a.charAt(p.a().end() - 1))).isTrue();
            assertThat(Character.isLetterOrDigit(b.charAt(p.b().start()))).isTrue();
            assertThat(Character.isLetterOrDigit(b.charAt(p.b().end() - 1))).isTrue();
            for (WordSwap s : p.swaps()) {
                assertThat(s.a().of(a)).isEqualTo(s.from());
                assertThat(s.b().of(b)).isEqualTo(s.to());
                assertThat(p.a().start() <= s.a().start() && s.a().end() <= p.a().end()).isTrue();
                assertThat(p.b().start() <= s.b().start() && s.b().end() <= p.b().end()).isTrue();
            }
        }
        // Sorted by position in A, even though B has them in the other order.
        assertThat(ps.get(0).a().start()).isLessThan(ps.get(1).a().start());
        assertThat(ps.get(0).b().start()).isGreaterThan(ps.get(1).b().start());
    }

    @Test
    void onlyTheGivenRegionsAreSearched() {
        String a = "The mayor said residents were appalled by the damage to the old bridge. Then nothing more.";
        String b = "The mayor stated inhabitants were horrified by the damage to the old bridge.";
        int cut = a.indexOf("Then");
        List<Passage> outside = M.match(a, List.of(new Span(cut, a.length())), b, List.of(new Span(0, b.length())),
                OPTS, Cancellation.NEVER);
        assertThat(outside).isEmpty();
        List<Passage> inside = M.match(a, List.of(new Span(0, cut)), b, List.of(new Span(0, b.length())),
                OPTS, Cancellation.NEVER);
        assertThat(inside).hasSize(1);
        assertThat(M.match(a, List.of(), b, List.of(new Span(0, b.length())), OPTS, Cancellation.NEVER)).isEmpty();
    }

    @Test
    void aSentenceSplitInTwoMatchesBothHalves() {
        String a = "The harbour master said the ferry to Kelby would resume on Thursday, "
                + "once engineers had repaired the damaged loading ramp.";
        String b = "The harbour master stated the ferry to Kelby would restart on Thursday. "
                + "Engineers must first repair the damaged loading ramp.";
        List<Passage> ps = matchWhole(a, b);
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).b().of(b)).startsWith("The harbour").endsWith("loading ramp");
    }

    @Test
    void higherThresholdFindsFewerPairs() {
        String a = "Police arrested two men after a break-in at the Corran pharmacy late on Friday.";
        String b = "Two men were arrested by police following a burglary at the Corran pharmacy late on Friday.";
        double sim = M.similarity(a, b);
        CompareOptions strict = OPTS.toBuilder().paraphraseThreshold(Math.min(1.0, sim + 0.01)).build();
        CompareOptions loose = OPTS.toBuilder().paraphraseThreshold(Math.max(0.0, sim - 0.01)).build();
        List<Span> ra = List.of(new Span(0, a.length()));
        List<Span> rb = List.of(new Span(0, b.length()));
        assertThat(M.match(a, ra, b, rb, strict, Cancellation.NEVER)).isEmpty();
        assertThat(M.match(a, ra, b, rb, loose, Cancellation.NEVER)).hasSize(1);
    }

    @Test
    void paraphraseSwitchedOffFindsNothing() {
        String a = "The mayor said residents were appalled by the damage to the old bridge.";
        String b = "The mayor stated inhabitants were horrified by the damage to the old bridge.";
        CompareOptions off = OPTS.toBuilder().paraphrase(false).build();
        assertThat(M.match(a, List.of(new Span(0, a.length())), b, List.of(new Span(0, b.length())), off,
                Cancellation.NEVER)).isEmpty();
    }

    @Test
    void resultsAreDeterministic() {
        String a = ArticleGen.article(7, 40, false);
        String b = ArticleGen.article(7, 40, true);
        List<Passage> first = matchWhole(a, b);
        List<Passage> again = new ParaphraseMatcher().match(a, List.of(new Span(0, a.length())), b,
                List.of(new Span(0, b.length())), OPTS, Cancellation.NEVER);
        assertThat(first).isNotEmpty().isEqualTo(again);
    }

    @Test
    void cancellationStopsTheWork() {
        String a = ArticleGen.article(3, 30, false);
        String b = ArticleGen.article(3, 30, true);
        Cancellation c = new Cancellation();
        c.cancel();
        assertThatThrownBy(() -> M.match(a, List.of(new Span(0, a.length())), b, List.of(new Span(0, b.length())),
                OPTS, c)).isInstanceOf(CancelledException.class);
    }
}
