package org.storycompare.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.model.Article;

/** One invented text per speaker rule: the speaker of the text's last quote. */
class SpeakersRulesTest {

    static Stream<Arguments> rules() {
        return Stream.of(
            // a description before the name after the verb: the name
            Arguments.of("\"The crossing is safe again,\" said the ferry company's Ivo Brandt.", "Ivo Brandt"),
            Arguments.of("\"The crossing is safe again,\" said former harbour board adviser Ivo Brandt.",
                    "Ivo Brandt"),
            // a description without a name: kept as written, up to a relative clause
            Arguments.of("\"The crossing is safe again,\" said a harbour official who asked not to be named.",
                    "a harbour official"),
            // the name ends at a preposition, a bracket or a day
            Arguments.of("\"Who decided to close the pier?\" asked Ines Parlow of the ferry union.", "Ines Parlow"),
            Arguments.of("\"The crossing is safe again,\" Sen. Ada Quellin (D-Harbour) said Tuesday.", "Ada Quellin"),
            Arguments.of("\"The crossing is safe again,\" said Ada Quellin on Tuesday.", "Ada Quellin"),
            // "X told Y": X speaks, Y listens, also for a later pronoun
            Arguments.of("\"The crossing is safe again,\" Quellin told Harbour Radio. \"We checked it twice.\"\n\n"
                    + "The council did not reply.\n\n\"Nobody listens to the pilots,\" she continued.", "Quellin"),
            // a pronoun stands for the last name that acts, not for one it acts on
            Arguments.of("Ada Quellin met Ivo Brandt at the pier on Monday.\n\n"
                    + "\"We will not reopen the crossing this year,\" she said.", "Ada Quellin"),
            Arguments.of("Ada Quellin spoke first. The ferry was moored beside the Harbour Belle.\n\n"
                    + "\"We will not reopen the crossing this year,\" she said.", "Ada Quellin"),
            // a descriptive subject before a colon
            Arguments.of("The harbour master said: \"The crossing is safe again after the repairs.\"",
                    "The harbour master"),
            // a clause after a quote is not a speaker
            Arguments.of("\"The crossing is safe again after the repairs.\" Nothing else was announced.", null));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void speakerOfTheLastQuote(String text, String speaker) {
        List<Quote> found = new QuoteExtractor().extract(new Article("t", text, null));
        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo(speaker);
    }
}
