package org.storycompare.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;

/** Quote extraction and speaker attribution on small invented texts. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    static List<Quote> quotes(String text) {
        return new QuoteExtractor().extract(new Article("t", text, null));
    }

    /** text, expected quote text (null: no quote), expected speaker (null: unknown). */
    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("\"The ferry will sail again on Monday,\" Ada Quellin said.",
                    "The ferry will sail again on Monday,", "Ada Quellin"),
            Arguments.of("\u201CThe ferry will sail again on Monday,\u201D said Councillor Ada Quellin.",
                    "The ferry will sail again on Monday,", "Ada Quellin"),
            Arguments.of("Ada Quellin said: \"The ferry will sail again on Monday.\"",
                    "The ferry will sail again on Monday.", "Ada Quellin"),
            Arguments.of("Mayor Bram Tolliver was furious. \"Nobody told the council about the leak,\" he said.",
                    "Nobody told the council about the leak,", "Bram Tolliver"),
            Arguments.of("Dr Ines Parlow runs the clinic. \"We saw twelve patients before lunch,\" she said.",
                    "We saw twelve patients before lunch,", "Ines Parlow"),
            Arguments.of("\"The pier is closed until further notice,\" according to Inspector Loma Finch.",
                    "The pier is closed until further notice,", "Loma Finch"),
            Arguments.of("According to Loma Finch, \"the pier is closed until further notice.\"",
                    "the pier is closed until further notice.", "Loma Finch"),
            Arguments.of("\"The pier is closed until further notice,\" Finch told reporters.",
                    "The pier is closed until further notice,", "Finch"),
            Arguments.of("\"The pier is closed until further notice.\" Nothing else was announced.",
                    "The pier is closed until further notice.", null),
            Arguments.of("Locals call the pier \"the old lady\" with some affection.", null, null),
            Arguments.of("A \"temporary\" fix lasted \"three whole years\" in the end.", null, null),
            Arguments.of("The sign read \"Closed for the winter season\" and nothing more.",
                    "Closed for the winter season", null),
            Arguments.of("He left. \"We were never told why the ferry stopped,\" he said.",
                    "We were never told why the ferry stopped,", null));
    }

    @ParameterizedTest
    @MethodSource({"cases", "speakerCues"})
    void findsQuoteAndSpeaker(String text, String quote, String speaker) {
        List<Quote> found = quotes(text);
        if (quote == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasSize(1);
        Quote q = found.get(0);
        assertThat(q.text()).isEqualTo(quote);
        assertThat(q.span().of(text)).isEqualTo(quote);
        assertThat(q.speaker()).isEqualTo(speaker);
        if (speaker != null) {
            assertThat(q.speakerSpan().of(text)).isEqualTo(speaker);
        }
    }

    @Test
    void quoteReopenedInTheNextParagraphIsOneQuote() {
        String text = "Tilda Gorse spoke first. \"We dug for three hours without a break.\n\n"
                + "\"Then the rain came and we had to start all over again,\" she said.";
        List<Quote> found = quotes(text);
        assertThat(found).hasSize(1);
        Quote q = found.get(0);
        assertThat(q.parts()).hasSize(2);
        assertThat(q.parts().get(0).of(text)).isEqualTo("We dug for three hours without a break.");
        assertThat(q.parts().get(1).of(text)).isEqualTo("Then the rain came and we had to start all over again,");
        assertThat(q.text()).isEqualTo("We dug for three hours without a break. "
                + "Then the rain came and we had to start all over again,");
        assertThat(q.speaker()).isEqualTo("Tilda Gorse");
    }

    @Test
    void unclosedQuoteNotReopenedIsDropped() {
        String text = "He shouted \"run for the hills before it is too late\n\nThe crowd did not move at all.";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void severalQuotesInOneParagraphKeepTheirOwnSpeakers() {
        String text = "Ada Quellin said: \"The ferry runs at noon on weekdays.\" Bram Tolliver disagreed. "
                + "\"It has not run at noon since the spring,\" he said.";
        List<Quote> found = quotes(text);
        assertThat(found).extracting(Quote::speaker).containsExactly("Ada Quellin", "Bram Tolliver");
        assertThat(found).extracting(q -> q.span().of(text))
                .containsExactly("The ferry runs at noon on weekdays.", "It has not run at noon since the spring,");
    }

    @Test
    void pronounSkipsNamesInsideEarlierQuotes() {
        String text = "Ines Parlow spoke. \"Ask Hollis Brandt about the budget for the roof.\" "
                + "\"The money went on the car park instead,\" she said.";
        List<Quote> found = quotes(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Ines Parlow");
    }

    @Test
    void paragraphsAreSplitAtBlankLines() {
        String text = "  First one.\n\n \nSecond\nstill second.\n\nThird.  ";
        assertThat(QuoteExtractor.paragraphs(text)).extracting(s -> s.of(text))
                .containsExactly("First one.", "Second\nstill second.", "Third.");
    }

    @Test
    void offsetsOfWordsPointIntoTheText() {
        String text = "Ada said: \u201CThe ferry\u2014at last\u2014sails, they say.\u201D";
        Quote q = extractor.extract(new Article("t", text, null)).get(0);
        assertThat(QuoteExtractor.words(text, q)).allSatisfy(t ->
                assertThat(new Span(t.start(), t.end()).of(text)).isEqualTo(t.original()));
    }

    /** text, the quote, expected speaker: cues in either order and carried speakers. */
    static Stream<Arguments> speakerCues() {
        return Stream.of(
            Arguments.of("\"The ferry will sail again on Monday,\" Ada Quellin told the Harbour Gazette.",
                    "The ferry will sail again on Monday,", "Ada Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" Quellin added.",
                    "The ferry will sail again on Monday,", "Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" Quellin wrote on her blog.",
                    "The ferry will sail again on Monday,", "Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" Quellin tweeted.",
                    "The ferry will sail again on Monday,", "Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" Ada Quellin, the harbour master, said.",
                    "The ferry will sail again on Monday,", "Ada Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" said harbour master Ada Quellin.",
                    "The ferry will sail again on Monday,", "Ada Quellin"),
            Arguments.of("\"The ferry will sail again on Monday,\" a harbour spokesman said.",
                    "The ferry will sail again on Monday,", "a harbour spokesman"),
            Arguments.of("Ada Quellin said in a statement: \"The ferry will sail again on Monday.\"",
                    "The ferry will sail again on Monday.", "Ada Quellin"),
            Arguments.of("Ada Quellin said the ferry \"will sail again on Monday morning.\"",
                    "will sail again on Monday morning.", "Ada Quellin"),
            Arguments.of("Ada Quellin left the meeting early, saying \"the ferry will sail on Monday.\"",
                    "the ferry will sail on Monday.", "Ada Quellin"),
            Arguments.of("\"The ferry will sail again on Monday.\" Ada Quellin said the tide tables were wrong.",
                    "The ferry will sail again on Monday.", null));
    }

    @Test
    void aQuoteWithoutCueContinuesTheSpeakerOfThePreviousQuote() {
        String text = "\"The hull is sound,\" Bram Tolliver said. \"We checked every plate twice over.\"\n\n"
                + "\"Nobody should worry about the crossing this winter.\"\n\n"
                + "The council meets on Friday. \"Nothing has been decided about the fares,\" he said.";
        List<Quote> found = quotes(text);
        assertThat(found).extracting(Quote::speaker).containsExactly("Bram Tolliver", "Bram Tolliver",
                "Bram Tolliver", "Bram Tolliver");
        assertThat(found.get(0).text()).isEqualTo("The hull is sound,");
    }

    @Test
    void aPronounReachesBackToTheLastNamedSpeaker() {
        String text = "Ines Parlow runs the clinic on the quay.\n\nThe clinic opened in May.\n\n"
                + "\"We saw twelve patients before lunch,\" she said.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Ines Parlow");
    }

    @Test
    void aParagraphOpeningQuoteContinuesTheSpeakerOfIndirectSpeech() {
        String text = "Ines Parlow said the clinic would stay open through the winter.\n\n"
                + "\"We have the staff and we have the money for it.\"";
        List<Quote> found = quotes(text);
        assertThat(found).extracting(Quote::speaker).containsExactly("Ines Parlow");
        assertThat(found.get(0).speakerSpan().of(text)).isEqualTo("Ines Parlow");
    }
}
