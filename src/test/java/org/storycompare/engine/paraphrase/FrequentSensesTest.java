package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * WordNet synonyms only from a lemma's frequent senses: the rule itself, and the false synonyms it removes
 * while keeping common ones.
 */
class FrequentSensesTest {

    @Test
    void theFirstSenseAlwaysCountsOthersByTheirShareOfTags() {
        assertThat(Lexicon.frequent(0, 0, 100)).isTrue();
        assertThat(Lexicon.frequent(1, 30, 100)).isTrue();
        assertThat(Lexicon.frequent(1, 1, 100)).as("1% of the tags").isFalse();
        assertThat(Lexicon.frequent(4, 0, 100)).as("never tagged, though the lemma is").isFalse();
        // a lemma never tagged: its first senses in WordNet's order
        assertThat(Lexicon.frequent(2, 0, 0)).isTrue();
        assertThat(Lexicon.frequent(3, 0, 0)).isFalse();
    }

    private static boolean synonyms(String a, String b) {
        Lexicon.WordInfo x = Lexicon.shared().info(a, false);
        Lexicon.WordInfo y = Lexicon.shared().info(b, false);
        return Lexicon.intersects(x.synsets(), y.synsets());
    }

    @Test
    void rareSensesNoLongerMakeFalseSynonymsAndCommonSynonymsStay() {
        assertThat(synonyms("calculated", "looks")).as("calculated / looks").isFalse();
        assertThat(synonyms("number", "make")).as("number / make").isFalse();
        assertThat(synonyms("appalled", "horrified")).as("appalled / horrified").isTrue();
        assertThat(synonyms("buy", "purchase")).as("buy / purchase").isTrue();
        assertThat(synonyms("start", "begin")).as("start / begin").isTrue();
    }
}
