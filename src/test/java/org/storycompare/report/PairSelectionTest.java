package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.testutil.ComparisonFixture;

class PairSelectionTest {

    static Comparison threePairs() {
        return new ComparisonFixture()
                .article("a", "Alpha", "one two three")
                .article("b", "Beta", "one two four")
                .article("c", "Gamma", "five six seven")
                .pair("a", "b", 0.9).done()
                .pair("a", "c", 0.2).done()
                .pair("b", "c", 0.5).done()
                .build();
    }

    @Test
    void topNTakesTheMostSimilarPairs() {
        List<PairAlignment> top = PairSelection.parse("top:2").choose(threePairs());
        assertThat(top).extracting(p -> p.aId() + p.bId()).containsExactly("ab", "bc");
        assertThat(PairSelection.ALL.choose(threePairs())).hasSize(3);
    }

    @Test
    void thePairOnScreenLeadsOrientedAsOnScreenAndCountsTowardsTheLimit() {
        List<PairAlignment> chosen = PairSelection.parse("top:2").startingWith("c", "a").choose(threePairs());
        assertThat(chosen).extracting(p -> p.aId() + p.bId()).containsExactly("ca", "ab");
        List<PairAlignment> only = new PairSelection(0).startingWith("c", "a").choose(threePairs());
        assertThat(only).extracting(p -> p.aId() + p.bId()).containsExactly("ca");
    }

    @Test
    void anUnknownFirstPairIsIgnoredAndHalfAPairIsRefused() {
        assertThat(PairSelection.ALL.startingWith("x", "y").choose(threePairs())).hasSize(3);
        assertThatThrownBy(() -> new PairSelection(3, "a", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeastSimilarityLeavesOutLessSimilarPairsButNotThePairOnScreen() {
        PairSelection half = PairSelection.ALL.withMinSimilarity(0.5);
        assertThat(half.choose(threePairs())).extracting(p -> p.aId() + p.bId()).containsExactly("ab", "bc");
        assertThat(half.startingWith("c", "a").choose(threePairs())).extracting(p -> p.aId() + p.bId())
                .containsExactly("ca", "ab", "bc");
        assertThat(half.toString()).contains("0.5");
        assertThatThrownBy(() -> PairSelection.ALL.withMinSimilarity(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairSelection.ALL.withMinSimilarity(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
