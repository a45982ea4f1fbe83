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
            // a no-break space between the closing mark and the cue
            Arguments.of("\u201CThe crossing is safe again,\u201D\u00A0Quellin said.", "Quellin"),
            // a name before a colon, as in a transcript; a statement announced at the end of the paragraph before
            Arguments.of("Ada Quellin (Harbour Board): \"The crossing is safe again after the repairs.\"",
                    "Ada Quellin"),
            Arguments.of("When the ferry sank in 1998, Mayor Ivo Brandt released the following statement:\n\n"
                    + "\"The crossing will be safe again, and we will see to it.\"", "Ivo Brandt"),
            // the cue ends the sentence after more words
            Arguments.of("\"The crossing is the safest in the region\" by far, Ada Quellin said.", "Ada Quellin"),
            Arguments.of("Ferries are \"old but sound\" and \"safe in any weather,\" Ivo Brandt, the harbour "
                    + "master, told the council.", "Ivo Brandt"),
            // a quote alone in its paragraph, signed on the next line
            Arguments.of("\"The crossing is safe again after the repairs.\"\n\n- Ada Quellin, harbour master.",
                    "Ada Quellin"),
            // a quote inside a sentence without a reporting verb: the name that acts in it
            Arguments.of("On Friday Ada Quellin blamed the council's \"slow and careless handling of the repairs.\"",
                    "Ada Quellin"),
            // a clause opening with a name that is no speaker ("When asked") does not hide the real cue
            Arguments.of("When asked about the ferry, Quellin gingerly said that was \"a question for the council "
                    + "alone.\"", "Quellin"),
            // a quote after a short quoted word and its verb-first cue continues that speaker
            Arguments.of("\"Safety,\" said Ivo Brandt, a ferry pilot. \"Safety for everybody on the water.\"",
                    "Ivo Brandt"),
            // the verb first at the end of the quote's sentence; "as X said"
            Arguments.of("\"The pilots have been ignored for years\" by the council, says Ivo Brandt, a ferry pilot.",
                    "Ivo Brandt"),
            Arguments.of("The fact that the pier \"is closed until the end of the year,\" as Quellin said on the "
                    + "radio, worries the traders.", "Quellin"),
            // a description before the subject's name is not the speaker
            Arguments.of("Harbour board candidate Ada Quellin is insisting that the pier \"will reopen before the "
                    + "summer season.\"", "Ada Quellin"),
            // more reporting verbs after a quote
            Arguments.of("\"The pilots were never asked about the timetable,\" Brandt shot back.", "Brandt"),
            // abbreviation dots do not end the cue's sentence; an auxiliary before the verb
            Arguments.of("Sen. Ada Quellin (D-Harb.) refused to comment, responding that she is \"not going to talk "
                    + "about the ferry today.\"", "Ada Quellin"),
            Arguments.of("Sen. Ivo Brandt has said the U.S. coast guard \"will inspect every ferry on the coast.\"",
                    "Ivo Brandt"),
            // a quote after "he asked." continues that pronoun's person
            Arguments.of("Ivo Brandt toured the harbour on Monday. \"Anyone been there?\" he asked. \"The pier is "
                    + "closed for the winter.\"", "Ivo Brandt"),
            // a capitalised name that is also a clause word ("Will") is a name
            Arguments.of("\"The presidency is not an entry-level job,\" Will urged the voters.", "Will"),
            // a quote alone in its paragraph after a paragraph whose last sentence has an acting name
            Arguments.of("Ivo Brandt set out his plan in a letter to the council.\n\n"
                    + "\"We will rebuild the pier before the summer season.\"", "Ivo Brandt"),
            // an indefinite description stays whole even when it ends in capitals
            Arguments.of("\"The crossing is safe again,\" added another Harbour Board Member.",
                    "another Harbour Board Member"),
            // a clause after a quote is not a speaker
            Arguments.of("\"The crossing is safe again after the repairs.\" Nothing else was announced.", null));
    }

    /** Pads a cue so that the speaker's name straddles the 200th character after the closing mark. */
    private static final String LONG_CUE = " appeals to older voters in the harbour towns who wish for a return to an era"
            + " when a ferry ran every hour and the timetable was printed on the pier wall in red ink by the old clerk";

    /** Shapes news articles write cues in: each case fails without the rule named above it. */
    static Stream<Arguments> newsRules() {
        return Stream.of(
            // "X told Y:" - Y listens; X speaks
            Arguments.of("Ivo Brandt told Harbour Radio: \"The crossing is safe again after the repairs.\"",
                    "Ivo Brandt"),
            // the text searched after a quote never ends inside a name
            Arguments.of("The promise to \"bring the ferries back\"" + LONG_CUE + ", said Alan Abramowitz, a historian.",
                    "Alan Abramowitz"),
            // the name before "of <Organisation>" speaks, not the organisation
            Arguments.of("Ines Parlow of the Lenfold Ferry Union warned that the pier was \"closed for the whole winter "
                    + "season.\"", "Ines Parlow"),
            // a longer apposition with commas inside, opening in lower case or with an age
            Arguments.of("Ada Quellin, 58, a pilot from Lenfold, Harbourshire, says the ferry will \"sail again before "
                    + "the summer.\"", "Ada Quellin"),
            Arguments.of("Ada Quellin, 58, who lives outside Lenfold, says she will vote for the harbour plan.\n\n"
                    + "\"Something has to change on the water,\" she said.", "Ada Quellin"),
            // a name after a preposition ("to the Courier") is not the subject of the verb that follows an apposition
            Arguments.of("In a statement to the Courier, her deputy, Ivo Brandt, said: \"The crossing is safe again "
                    + "after the repairs.\"", "Ivo Brandt"),
            // ... but "as the Courier pointed out" names who says it
            Arguments.of("But as The Courier pointed out, \"the pier has been closed for three winters in a row.\"",
                    "Courier"),
            // an apposition does not run on into the next sentence
            Arguments.of("Ada Quellin thanked the Harbour Board, a body in which her rival Ivo Brandt serves. Brandt, "
                    + "meanwhile, who has no such support, said the vote showed who is \"ready to take on the harbour "
                    + "board.\"", "Brandt"),
            // "said Ivo Brandt" makes Ivo Brandt the one a later pronoun stands for
            Arguments.of("Lenfold Council was one of the ferry's biggest backers.\n\nThe plan appears to be working, "
                    + "said Ivo Brandt, a historian.\n\n\"They have been very clever about the timetable,\" he said.",
                    "Ivo Brandt"),
            // the "S." of "U.S." is no name
            Arguments.of("Pilots who came to the U.S. from Lenfold would be given permits, Ada Quellin said.\n\n"
                    + "\"This is the fair thing to do,\" she said.", "Ada Quellin"),
            // a pronoun stands for the subject of the latest sentence, not for a name inside that sentence's clause
            Arguments.of("Ivo Brandt said there was more room for Ada Quellin to win a second look because she was new "
                    + "to the harbour. But Brandt noted that Ada Quellin has been able to rebound before. \"I don't "
                    + "think there's the same degree of it,\" he said.", "Brandt"),
            // ... and an initial ("George W. Tolliver") ends no sentence
            Arguments.of("Ines Parlow, a pilot for then-Mayor George W. Tolliver, also questioned the plan.\n\n"
                    + "\"There is no question that you have to keep the pier open,\" she said.", "Ines Parlow"),
            // "She added:" - the pronoun's person, not the words before the colon
            Arguments.of("Ada Quellin rejected the offer on Tuesday. \"The council could make both our towns less "
                    + "safe,\" Quellin said in a statement.\n\nShe added: \"This isn't just about me -- it's about "
                    + "the pilots.\"", "Quellin"),
            // before a colon, the speaker closest to it; a name with an apostrophe stays whole
            Arguments.of("Quellin said the repairs were done, to which Brandt interjected: \"It's just not true at "
                    + "all.\"", "Brandt"),
            Arguments.of("Quellin said the repairs were done, to which O'Brandt interjected: \"It's just not true at "
                    + "all.\"", "O'Brandt"),
            // a quote after a sentence whose clause has "she said", or whose subject acts without a reporting verb
            Arguments.of("Ada Quellin spoke after Ivo Brandt on Monday. In reply to his charge, she said the harbour board "
                    + "had made progress. \"We really believe the pier will reopen this year.\"", "Ada Quellin"),
            Arguments.of("Ivo Brandt was taken aback and mentioned that the harbour board had met on Friday. \"Does that "
                    + "not speak to your plan?\"", "Ivo Brandt"),
            // a description that opens with a possessive
            Arguments.of("\"The pier will not reopen before the summer season,\" said Quellin's deputy harbour master, "
                    + "who asked not to be named.", "Quellin's deputy harbour master"),
            // a description before a colon ends at its verb; a clause that opens with a pronoun is no description
            Arguments.of("The harbour board sent a letter to the pilots on Monday.\n\nThe letter continues: \"Every "
                    + "ferry must be inspected twice before the summer.\"", "The letter"),
            Arguments.of("Ada Quellin thanked the pilots for their patience.\n\nShe then addressed the crowd again: "
                    + "\"Here is what I regret about the winter.\"", "Ada Quellin"),
            // a participle clause opening the sentence is not its subject
            Arguments.of("Surveying the empty pier on a cold morning, Quellin concludes: \"Nobody did this to the "
                    + "pilots. The council did.\"", "Quellin"),
            // "According to X," opening the quote's sentence
            Arguments.of("Ada Quellin spoke at the pier. According to Quellin, the ferry is now \"the worst thing that "
                    + "ever happened to the harbour.\"", "Quellin"),
            // a day between a subject and its verb: the subject still acts, and a later pronoun stands for it
            Arguments.of("Ada Quellin spoke first.\n\nIvo Brandt on Monday signed the order to close the pier.\n\n"
                    + "\"We will reopen it in the spring,\" he said.", "Ivo Brandt"),
            // "He added, \"...\"" after a quote that ends its sentence introduces the next quote, not this one
            Arguments.of("\"The pier has been closed for three winters in a row,\" Ada Quellin said.\n\nHowever, as "
                    + "Ivo Brandt told Harbour Radio, \"We have waited for the council long enough.\" He added, \"The "
                    + "pilots will not wait much longer.\"", "Ivo Brandt"),
            // a descriptive subject before an irregular verb ("sought")
            Arguments.of("The Lenfold senator sought to calm the pilots, and took a heckler in stride, saying the pier "
                    + "would \"reopen before the summer season.\"", "The Lenfold senator"),
            // more reporting verbs: "read the statement", the present tense ("declares", "contends")
            Arguments.of("\"The pilots have been asked to wait for the spring inspection,\" read the statement, which "
                    + "was signed by the harbour board.", "the statement"),
            Arguments.of("\"I'm a ferry pilot and I vote,\" declares Ada Quellin, 27, a pilot from Lenfold.",
                    "Ada Quellin"),
            Arguments.of("The lawsuit contends that \"the harbour board ignored every warning from the pilots.\"",
                    "The lawsuit"),
            // "According to X of <Organisation>,"
            Arguments.of("According to Ivo Brandt of Harbour Watch, \"the pier will stay closed for the whole "
                    + "winter.\"", "Ivo Brandt"),
            // a time, place or linking phrase opening the sentence is not its subject, also with a place after a
            // comma inside it ("Lenfold, Harbourshire,") and a second phrase after it
            Arguments.of("In a statement on Monday, the harbour master announced that the pier is \"closed for the "
                    + "whole winter season.\"", "the harbour master"),
            Arguments.of("At a meeting in Lenfold, Harbourshire, on Monday, the harbour master said the pier was "
                    + "\"closed for the whole winter season.\"", "the harbour master"),
            // a description and its verb right before the quote, inside the sentence
            Arguments.of("The council met the pilots on Monday. That, the harbour master said, \"would be helpful in "
                    + "avoiding any more delays.\"", "the harbour master"),
            // a quote opening its paragraph after a sentence with "..., he said, ...": the pronoun's person
            Arguments.of("Ivo Brandt spoke after the vote on Monday. Rather, he said, the council was to blame.\n\n"
                    + "\"Nobody asked the pilots about the timetable.\"", "Ivo Brandt"),
            // a subordinate clause opening the sentence is not its subject
            Arguments.of("Ada Quellin spoke last. And although she thanked the pilots for waiting, she sounded a rare "
                    + "note of doubt, saying, \"I am not sure the pier is ready.\"", "Ada Quellin"),
            // the reporting verb of an opening subordinate clause is not the quote's cue
            Arguments.of("After Ivo Brandt asked the pilot who would win the race, Ada Quellin replied, \"I would bet "
                    + "on the old ferry.\"", "Ada Quellin"),
            // a label after a dash, as in digests: "<topic> - <source>: \"...\""
            Arguments.of("Pilots agree - Ada Quellin: \"The ferry timetable has never been this unreliable.\"",
                    "Ada Quellin"));
    }

    @ParameterizedTest
    @MethodSource({"rules", "newsRules"})
    void speakerOfTheLastQuote(String text, String speaker) {
        List<Quote> found = new QuoteExtractor().extract(new Article("t", text, null));
        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo(speaker);
    }
}
