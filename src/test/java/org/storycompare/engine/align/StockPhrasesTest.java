package org.storycompare.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StockPhrasesTest {

    private final StockPhrases list = new StockPhrases(Set.of("said in a statement on", "in a statement on monday",
            "according to a report by"));

    @Test
    void aRunCoveredByListedPhrasesIsStock() {
        assertThat(list.isStock("said in a statement on")).isTrue();
        assertThat(list.isStock("Said in a Statement on Monday")).isTrue();
        assertThat(list.isStock("in a statement")).isTrue(); // shorter than a phrase: every word is listed
    }

    @Test
    void aRunWithOtherWordsIsNot() {
        assertThat(list.isStock("the mayor said in a statement on")).isFalse();
        assertThat(list.isStock("said in a statement on Tuesday")).isFalse();
        assertThat(list.isStock("harbour statement")).isFalse();
        assertThat(list.isStock("")).isFalse();
    }

    @Test
    void longRunsAreNeverStock() {
        StockPhrases loop = new StockPhrases(Set.of("a b a b a", "b a b a b"));
        assertThat(loop.isStock("a b a b a b a b a b")).isTrue();
        assertThat(loop.isStock("a b a b a b a b a b a")).isFalse();
    }

    @Test
    void theShippedListHoldsPhrasesOfCommonWordsOnly() {
        StockPhrases shipped = StockPhrases.shipped();
        assertThat(shipped.size()).isGreaterThan(10);
        assertThat(shipped.isStock("said in an interview with")).isTrue();
        assertThat(shipped.isStock("the harbour board of Wrenmouth")).isFalse();
    }

    @Test
    void vocabularyCosineWeighsRareWordsAboveCommonOnes() {
        Vocabulary v = new Vocabulary(Map.of("council", 50, "meeting", 40), 100);
        assertThat(v.weight("the")).isZero();
        assertThat(v.weight("council")).isLessThan(v.weight("wrenmouth"));
        Vocabulary.Vector a = v.vector("The council of Wrenmouth met.");
        assertThat(Vocabulary.cosine(a, a)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Vocabulary.cosine(a, v.vector("A council meeting in Dunmore."))).isBetween(0.01, 0.5);
        assertThat(Vocabulary.cosine(a, v.vector("Storms and gales."))).isZero();
        assertThat(Vocabulary.cosine(a, v.vector(""))).isZero();
    }
}
