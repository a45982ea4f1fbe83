package org.storycompare.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;

/** Matching quotes across articles and classifying each version, on small invented texts. */
class QuoteAnalyzerTest {

    static final String MAYOR = "\"We asked the rail company for a new bridge in every single budget round,\" "
            + "Ada Quellin said.";

    static QuoteAnalysis analyse(String... texts) {
        List<Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            arts.add(new Article("a" + (i + 1), texts[i], null));
        }
        return new QuoteAnalyzer().analyse(arts, Cancellation.NEVER);
    }

    /** reference quote, other version, expected status of the other, expected changes. */
    static Stream<Arguments> versions() {
        String ref = "We asked the rail company for a new bridge in every single budget round";
        return Stream.of(
            Arguments.of(ref, ref, "verbatim", List.of()),
            Arguments.of(ref, "we ASKED the rail-company for a new bridge, in every single budget round",
                    "altered", List.of("rail company->rail-company")),
            Arguments.of(ref, "We begged the rail company for a new bridge in every single budget round",
                    "altered", List.of("asked->begged")),
            Arguments.of(ref, "We asked the rail company for a new bridge in every budget round",
                    "altered", List.of("-single")),
            Arguments.of(ref, "We asked the rail company for a new bridge in every single annual budget round",
                    "altered", List.of("+annual")),
            Arguments.of(ref, "We asked the company for a bridge in every single budget round",
                    "altered", List.of("-rail", "-new")),
            Arguments.of(ref, "We asked the rail firm for a new crossing in every single budget round",
                    "altered", List.of("company->firm", "bridge->crossing")));
    }

    @ParameterizedTest
    @MethodSource({"versions", "variants"})
    void classifiesAgainstTheMajority(String ref, String other, String status, List<String> changes) {
        // the reference wording is in two articles, so it is the majority
        String a = "\"" + ref + ",\" Ada Quellin said.";
        String c = "Ada Quellin said: \u201C" + other + ".\u201D";
        QuoteAnalysis qa = analyse(a, a, c);
        assertThat(qa.groups()).hasSize(1);
        QuoteGroup g = qa.groups().get(0);
        assertThat(g.wording()).isEqualTo(ref + ","); // the comma stands inside the marks
        assertThat(g.missing()).isEmpty();
        QuoteVersion v = g.versionIn("a3");
        assertThat(v.status().id()).isEqualTo(status);
        assertThat(v.changes()).extracting(QuoteChange::describe).containsExactlyElementsOf(changes);
        assertThat(g.hasAlterations()).isEqualTo(status.equals("altered"));
        for (QuoteChange ch : v.changes()) {
            if (!ch.isDeletion()) {
                assertThat(ch.at().of(c)).isEqualTo(ch.to());
            } else {
                assertThat(ch.at().isEmpty()).isTrue();
            }
        }
    }

    @Test
    void majorityWinsWhateverTheOrder() {
        String altered = "\"We begged the rail company for a new bridge in every single budget round,\" Ada Quellin said.";
        QuoteGroup g = analyse(altered, MAYOR, MAYOR).groups().get(0);
        assertThat(g.versionIn("a1").status()).isEqualTo(QuoteStatus.ALTERED);
        assertThat(g.versionIn("a1").changes()).extracting(QuoteChange::describe).containsExactly("asked->begged");
        assertThat(g.versionIn("a2").status()).isEqualTo(QuoteStatus.VERBATIM);
        assertThat(g.speaker()).isEqualTo("Ada Quellin");
    }

    @Test
    void articlesWithoutTheQuoteAreMissing() {
        QuoteAnalysis qa = analyse(MAYOR, "Ada Quellin said the rail company had been asked for a bridge.", MAYOR);
        assertThat(qa.groups()).hasSize(1);
        assertThat(qa.groups().get(0).missing()).containsExactly("a2");
        assertThat(qa.shared()).hasSize(1);
    }

    @Test
    void differentQuotesStayApart() {
        String other = "\"The station car park will be closed for the whole of the summer,\" Bram Tolliver said.";
        QuoteAnalysis qa = analyse(MAYOR + "\n\n" + other, MAYOR);
        assertThat(qa.groups()).hasSize(2);
        assertThat(qa.groups()).extracting(QuoteGroup::speaker).containsExactly("Ada Quellin", "Bram Tolliver");
        assertThat(qa.groups().get(1).missing()).containsExactly("a2");
        assertThat(qa.shared()).hasSize(1);
    }

    @Test
    void trimmedQuoteJoinsByContainment() {
        String trimmed = "\"We asked the rail company for a new bridge,\" Quellin said.";
        QuoteGroup g = analyse(MAYOR, MAYOR, trimmed).groups().get(0);
        assertThat(g.versions()).hasSize(3);
        assertThat(g.versionIn("a3").changes()).extracting(QuoteChange::describe)
                .containsExactly("-in every single budget round");
    }

    @Test
    void sameWordsFromAnotherSpeakerNeedACloserMatch() {
        String close = "\"We asked the rail company for a new bridge in each budget round,\" Bram Tolliver said.";
        QuoteAnalysis qa = analyse(MAYOR, close);
        // Dice 0.87: close enough to be the same quote, though the speakers differ
        assertThat(qa.groups()).hasSize(1);
        String loose = "\"We asked the bus operator for a new shelter in every budget round,\" Bram Tolliver said.";
        assertThat(analyse(MAYOR, loose).groups()).hasSize(2);
    }

    @Test
    void resultIsTheSameOnEveryRun() {
        String[] texts = {MAYOR, "\"We asked the rail company for a bridge in every budget round,\" she said.", MAYOR};
        assertThat(analyse(texts)).isEqualTo(analyse(texts));
    }

    @Test
    void cancellationStopsTheWork() {
        Cancellation c = new Cancellation();
        c.cancel();
        assertThatThrownBy(() -> new QuoteAnalyzer().analyse(List.of(new Article("x", MAYOR, null)), c))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void noArticlesNoQuotes() {
        assertThat(analyse().groups()).isEmpty();
        assertThat(analyse("No quotes in this text at all.").groups()).isEmpty();
    }

    /** reference quote, other version, expected status of the other, expected changes - wording variants. */
    static Stream<Arguments> variants() {
        String ref = "We will organise the neighbourhood centre and we don't care about the colour of the walls";
        return Stream.of(
            Arguments.of(ref, "We will organize the neighborhood center and we don\u2019t care about the color of "
                    + "the walls", "verbatim", List.of()),
            Arguments.of(ref, "WE WILL ORGANISE the neighbourhood centre and we don't care about the colour of "
                    + "the walls", "verbatim", List.of()),
            Arguments.of(ref, "the neighbourhood centre and we don't care about the colour of the walls",
                    "trimmed", List.of("-We will organise")),
            Arguments.of(ref, "We will organise the neighbourhood centre \u2026 the colour of the walls",
                    "trimmed", List.of("-and we don't care about")),
            Arguments.of(ref, "We will organise the neighbourhood centre . . . the colour of the walls",
                    "trimmed", List.of("-and we don't care about")),
            Arguments.of(ref, "We will organise the neighbourhood centre and we care about the colour of the walls",
                    "altered", List.of("-don't")),
            Arguments.of(ref, "We will organise the neighbourhood centre and we don't care about the paint of the "
                    + "walls", "altered", List.of("colour->paint")));
    }

    @Test
    void aFullerVersionOfACutMajorityIsVerbatim() {
        String cut = "\"the ferry will sail again once the storm has passed,\" Ada Quellin said.";
        String full = "\"We think the ferry will sail again once the storm has passed,\" Ada Quellin said.";
        QuoteVersion v = analyse(cut, cut, full).groups().get(0).versionIn("a3");
        assertThat(v.status()).isEqualTo(QuoteStatus.VERBATIM);
        assertThat(v.changes()).isEmpty();
    }

    @Test
    void everyQuoteOfEverySourceIsListedWithRangeAndSpeaker() {
        String a = "\"The ferry will sail again on Monday morning,\" Ada Quellin said.";
        String b = "Bram Tolliver was not so sure. \"Nobody has checked the hull since the storm,\" he said.";
        QuoteAnalysis qa = analyse(a, b);
        assertThat(qa.shared()).isEmpty();
        assertThat(qa.groups()).hasSize(2);
        List<QuoteVersion> inB = qa.inSource("a2");
        assertThat(inB).hasSize(1);
        QuoteVersion v = inB.get(0);
        assertThat(v.range().of(b)).isEqualTo("Nobody has checked the hull since the storm,");
        assertThat(v.speaker()).isEqualTo("Bram Tolliver");
        assertThat(v.speakerRange().of(b)).isEqualTo("Bram Tolliver");
        assertThat(qa.groups().get(1).missing()).containsExactly("a1");
        assertThat(qa.inSource("a3")).isEmpty();
    }
}
