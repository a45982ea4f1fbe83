package org.storycompare.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;

/** Number mentions, their grouping across articles and publication-date anomalies, on invented texts. */
class FactAnalyzerTest {

    static List<Article> articles(String... texts) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Article("a" + (i + 1), texts[i], null));
        }
        return out;
    }

    static FactAnalysis analyse(String... texts) {
        return new FactAnalyzer().analyse(articles(texts), Cancellation.NEVER);
    }

    /** sentence, expected mention text (null: none), value, approximate. */
    static Stream<Arguments> mentions() {
        return Stream.of(
            Arguments.of("The ferry carried 312 passengers across the bay.", "312 passengers", "312", false),
            Arguments.of("Nearly 1,200 spectators watched the regatta.", "Nearly 1,200 spectators", "1200", true),
            Arguments.of("The new pier is twenty metres longer.", "twenty metres", "20", false),
            Arguments.of("A forty-metre crane was brought in.", "forty-metre", "40", false),
            Arguments.of("The levy rose by 2.50 pounds a month.", "2.50 pounds", "2.5", false),
            Arguments.of("The harbour wall was built in 1887 by convicts.", null, null, false),
            Arguments.of("The storm struck at 4 a.m. on Sunday.", null, null, false),
            Arguments.of("The fair opens on 14 June in the square.", null, null, false),
            Arguments.of("One of the boats sank; the clip ran 1:42 minutes.", null, null, false),
            Arguments.of("The council borrowed 1.2 million pounds for the dam.", "1.2 million pounds", "1200000", false),
            Arguments.of("Some two hundred and fourteen residents left.", "Some two hundred and fourteen residents",
                    "214", true),
            Arguments.of("A twenty-five-metre gap opened.", "twenty-five-metre", "25", false),
            Arguments.of("Three thousand homes lost power.", "Three thousand homes", "3000", false),
            Arguments.of("The repairs will cost $4.5 million, the board said.", "$4.5 million", "4500000", false),
            Arguments.of("The levy raised £2m last year.", "£2m", "2000000", false),
            Arguments.of("The grant was worth €300,000 to the town.", "€300,000", "300000", false),
            Arguments.of("The wall is 5m high.", null, null, false),
            Arguments.of("One resident was hurt.", null, null, false),
            Arguments.of("Between five and ten boats capsized.", "ten boats", "10", false));
    }

    @ParameterizedTest
    @MethodSource("mentions")
    void findsNumbersWithTheirNouns(String sentence, String text, String value, boolean approximate) {
        List<NumberMentions.Mention> found = NumberMentions.find(new Article("x", sentence, null));
        if (text == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasSize(1);
        FactMention m = found.get(0).mention();
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.at().of(sentence)).isEqualTo(text);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.approximate()).isEqualTo(approximate);
    }

    @Test
    void sameFactInOtherWordsConflictsWhenTheNumberDiffers() {
        FactAnalysis fa = analyse(
                "Floods forced the evacuation of 96 villagers from the lower town on Monday.",
                "The lower town saw 96 residents evacuated on Monday as floods rose.",
                "Floods forced the evacuation of 120 people from the lower town on Monday.");
        assertThat(fa.facts()).hasSize(1);
        Fact f = fa.facts().get(0);
        assertThat(f.subject()).isEqualTo("people");
        assertThat(f.mentions()).extracting(FactMention::value).containsExactly("96", "96", "120");
        assertThat(f.outliers()).containsExactly("a3");
        assertThat(f.keywords()).contains("evacuation");
        assertThat(fa.conflicts()).containsExactly(f);
    }

    @Test
    void differentFactsWithTheSameNounStayApart() {
        FactAnalysis fa = analyse(
                "The bridge is 40 metres long. Divers searched 300 metres of the river bed.",
                "Divers searched 300 metres of the river bed. The bridge is 45 metres long.");
        assertThat(fa.facts()).hasSize(2);
        assertThat(fa.conflicts()).hasSize(1);
        Fact bridge = fa.conflicts().get(0);
        assertThat(bridge.mentions()).extracting(FactMention::text).containsExactly("40 metres", "45 metres");
        assertThat(bridge.outliers()).containsExactly("a2");
    }

    @Test
    void sumsOfMoneyMeetWhateverWayTheyAreWritten() {
        FactAnalysis fa = analyse(
                "Repairs to the Orrin dam will cost $4.5 million, the water board said.",
                "The water board put the cost of repairs to the dam at 4,500,000 dollars.",
                "The water board said repairs to the dam would cost $5.2 million.");
        assertThat(fa.facts()).hasSize(1);
        Fact cost = fa.facts().get(0);
        assertThat(cost.subject()).isEqualTo("dollars");
        assertThat(cost.mentions()).extracting(FactMention::value).containsExactly("4500000", "4500000", "5200000");
        assertThat(cost.outliers()).containsExactly("a3");
    }

    @Test
    void numbersInWordsMeetTheSameNumbersInDigits() {
        FactAnalysis fa = analyse(
                "Two hundred and fourteen residents were moved to the leisure centre.",
                "The leisure centre took in 214 residents.");
        assertThat(fa.facts()).hasSize(1);
        assertThat(fa.conflicts()).isEmpty();
    }

    @Test
    void aNumberOnlyOneArticleGivesIsNoFact() {
        assertThat(analyse("The choir has 38 singers.", "The choir sang in the cathedral.").facts()).isEmpty();
    }

    @Test
    void onlyCountOfItsKindMeetsTheOtherArticlesOnlyCount() {
        FactAnalysis fa = analyse("Rescuers led 75 residents to the school hall.",
                "About 60 people spent the night in a gymnasium.");
        assertThat(fa.conflicts()).hasSize(1);
        assertThat(fa.conflicts().get(0).mentions()).extracting(FactMention::text)
                .containsExactly("75 residents", "About 60 people");
    }

    @Test
    void publicationDateFarFromTheOthersIsAnAnomaly() {
        List<Article> arts = new ArrayList<>();
        String[] dates = {"2031-05-02", "2031-05-03", "2030-05-02", "2031-05-02"};
        for (int i = 0; i < dates.length; i++) {
            ArticleMeta meta = new ArticleMeta(null, null, null, LocalDate.parse(dates[i]), null, null, null, null);
            arts.add(new Article("d" + i, "No numbers here.", meta));
        }
        arts.add(new Article("undated", "No date either.", null));
        FactAnalysis fa = new FactAnalyzer().analyse(arts, Cancellation.NEVER);
        assertThat(fa.facts()).hasSize(1);
        Fact f = fa.facts().get(0);
        assertThat(f.kind()).isEqualTo(FactKind.PUBLICATION_DATE);
        assertThat(f.mentions()).hasSize(4);
        assertThat(f.outliers()).containsExactly("d2");
    }

    @Test
    void datesWithinAFewDaysAgree() {
        List<Article> arts = List.of(
                new Article("x", "a", new ArticleMeta(null, null, null, LocalDate.parse("2031-05-02"), null, null, null, null)),
                new Article("y", "b", new ArticleMeta(null, null, null, LocalDate.parse("2031-05-09"), null, null, null, null)));
        FactAnalysis fa = new FactAnalyzer().analyse(arts, Cancellation.NEVER);
        assertThat(fa.facts()).hasSize(1);
        assertThat(fa.conflicts()).isEmpty();
    }

    @Test
    void aDurationAndATimeAgoAreNotOneFact() {
        FactAnalysis f = analyse("It is two years since the flood ruined the bakery on Quay Lane.",
                "The bakery reopened three years ago, its owners told the paper.");
        assertThat(f.facts()).isEmpty();
    }

    @Test
    void durationsMeetOnlyThroughTheirSentences() {
        // each article's only duration, about different things: no fact, no conflict
        assertThat(analyse("The ferry trial lasted 12 days in the spring.",
                "Roadworks on the coast road will take 30 days, the council said.").facts()).isEmpty();
        // the same strike in both: a conflict
        FactAnalysis f = analyse("The harbour strike lasted 12 days before dockers returned.",
                "Dockers ended the harbour strike after 14 days of talks.");
        assertThat(f.conflicts()).singleElement().satisfies(c ->
                assertThat(c.mentions()).extracting(FactMention::value).containsExactly("12", "14"));
    }

    @Test
    void everyMentionCarriesItsSentence() {
        String a = "Storms hit the coast. The ferry carried 312 passengers across the bay. Nobody was hurt.";
        String b = "Crews counted 290 passengers on the ferry across the bay.";
        FactAnalysis f = analyse(a, b);
        Fact fact = f.conflicts().get(0);
        assertThat(fact.mentions().get(0).sentence(a).of(a)).isEqualTo("The ferry carried 312 passengers across the bay.");
        assertThat(fact.mentions().get(1).sentence(b).of(b)).isEqualTo(b);
    }

    @Test
    void mentionsInOneSharedPassageStateOneFact() {
        // the first sentences say the same in other words; each article has two counts of people, so only the
        // alignment of the two versions (here a stub paraphrase finder) ties the rescue figures
        String a = "Fire crews pulled 41 people from the flooded mill. Later 9 people were treated at the clinic.";
        String b = "Some 44 residents were lifted out by boat. In all 12 people went to hospital in Dunmore.";
        List<Article> arts = articles(a, b);
        assertThat(new FactAnalyzer().analyse(arts, Cancellation.NEVER).facts())
                .noneMatch(f -> f.mentions().stream().anyMatch(m -> m.value().equals("41")));
        org.storycompare.engine.align.ParaphraseFinder finder = (ta, ra, tb, rb, o, cc) -> {
            String first = ta.equals(a) ? a : b;
            String second = ta.equals(a) ? b : a;
            return List.of(new org.storycompare.engine.model.Passage(org.storycompare.engine.model.PassageKind.PARAPHRASE,
                    new org.storycompare.engine.model.Span(0, first.indexOf('.')),
                    new org.storycompare.engine.model.Span(0, second.indexOf('.')), 0.7, false, List.of(), List.of()));
        };
        org.storycompare.engine.model.Comparison c = new org.storycompare.engine.StoryEngine(
                org.storycompare.engine.model.CompareOptions.DEFAULTS, finder)
                .compare(arts, org.storycompare.engine.model.ProgressListener.NONE, Cancellation.NEVER);
        FactAnalysis f = new FactAnalyzer().analyse(arts, c, Cancellation.NEVER);
        assertThat(f.conflicts()).anySatisfy(x ->
                assertThat(x.mentions()).extracting(FactMention::value).containsExactly("41", "44"));
    }
}
