package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

    private static final ParaphraseMatcher M = new ParaphraseMatcher();
    private static final List<String> NAMES = ParaphraseMatcher.featureNames();

    private static double f(String name, String a, String b) {
        return M.features(a, b)[NAMES.indexOf(name)];
    }

    @Test
    void everyFeatureHasANameAndAWeightAndIsFinite() {
        double[] v = M.features("The Kelby ferry will resume on Monday.", "Ferries to Kelby restart next week.");
        assertThat(v).hasSize(NAMES.size());
        assertThat(SimilarityModel.WEIGHTS).hasSize(NAMES.size());
        for (double x : v) {
            assertThat(Double.isFinite(x)).isTrue();
        }
    }

    @Test
    void idfTableIsShippedAndFrequentStemsWeighLess() {
        IdfTable t = IdfTable.shared();
        assertThat(t.docs()).isGreaterThan(1000);
        assertThat(t.idf(Lexicon.stem("said"))).isLessThan(t.idf(Lexicon.stem("harbourmaster")));
        assertThat(t.idf(Lexicon.stem("company"))).isLessThan(t.idf(Lexicon.stem("pharmacy")));
    }

    @Test
    void identicalSentencesHaveFullOverlapAndOrder() {
        String s = "Fire crews battled the blaze at the Dunmore warehouse for six hours on Tuesday.";
        assertThat(f("bleuMin", s, s)).isCloseTo(1.0, within(1e-9));
        assertThat(f("idfAlignMin", s, s)).isCloseTo(1.0, within(1e-9));
        assertThat(f("kendallTau", s, s)).isCloseTo(1.0, within(1e-9));
        assertThat(f("longestUnalignedRun", s, s)).isZero();
    }

    @Test
    void anAddedClauseShowsAsALongUnalignedRun() {
        String a = "The council approved the new homes on Elm Road.";
        String b = "The council approved the new homes on Elm Road and warned voters to expect higher taxes.";
        assertThat(f("longestUnalignedRun", a, b)).isEqualTo(Math.log1p(5));
        assertThat(f("bleuMin", a, b)).isLessThan(f("bleuMax", a, b));
    }

    @Test
    void reorderedClausesLowerKendallTau() {
        String a = "After the storm the harbour master closed the old quay.";
        String b = "The old quay was closed by the harbour master after the storm.";
        assertThat(f("kendallTau", a, b)).isLessThan(0.0);
    }

    @Test
    void attributionAndWeekdaysAreNotSubstantive() {
        String a = "The bridge will stay closed for repairs, the mayor said on Tuesday.";
        String b = "The bridge will stay closed for repairs, the mayor said.";
        assertThat(f("unalignedLog", a, b)).isGreaterThan(0);
        assertThat(f("substantiveUnalignedLog", a, b)).isZero();
    }
}
