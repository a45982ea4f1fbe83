package org.storycompare.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/** Groups of versions: chained containment joins, low containment does not, figures between groups. */
class VersionClustersTest {

    private static PairAlignment pair(String a, String b, double sim, double aInB, double bInA) {
        return new PairAlignment(a, b, sim, aInB, bInA, List.of(), List.of(), List.of());
    }

    private static Comparison comparison(List<PairAlignment> pairs, String... ids) {
        List<Article> arts = new ArrayList<>();
        for (String id : ids) {
            arts.add(new Article(id, "Invented text of " + id + ".", null));
        }
        return new Comparison(arts, pairs, Map.of(), CompareOptions.DEFAULTS);
    }

    @Test
    void versionsChainIntoOneGroupAndLooseCoverageStaysApart() {
        Comparison c = comparison(List.of(
                pair("e", "a", 0.7, 0.9, 0.6),   // a and e: one contains most of the other
                pair("a", "c", 0.5, 0.3, 0.55),  // c: more than half of c is in a
                pair("b", "d", 0.2, 0.2, 0.3),   // b and d share a little: apart
                pair("c", "b", 0.1, 0.1, 0.1)), "a", "b", "c", "d", "e");
        VersionClusters vc = VersionClusters.of(c, 10);
        assertThat(vc.clusters()).extracting(VersionClusters.Cluster::ids)
                .containsExactly(List.of("a", "c", "e"), List.of("b"), List.of("d"));
        assertThat(vc.shown()).isEqualTo(3);
        // within {a, c, e}: pairs a-e 0.7, a-c 0.5, c-e not aligned (0): mean over three pairs
        assertThat(vc.mean(0, 0)).isCloseTo(1.2 / 3, offset(1e-9));
        assertThat(vc.closest(0, 0).similarity()).isEqualTo(0.7);
        // group {a, c, e} vs {b}: only c-b aligned, 0.1 over three pairs; oriented from the row's group
        assertThat(vc.mean(0, 1)).isCloseTo(0.1 / 3, offset(1e-9));
        assertThat(vc.mean(1, 0)).isCloseTo(0.1 / 3, offset(1e-9));
        assertThat(vc.closest(0, 1).aId()).isEqualTo("c");
        assertThat(vc.closest(1, 0).aId()).isEqualTo("b");
        assertThat(vc.closest(1, 1)).isNull();
        assertThat(vc.closest(1, 2).aId()).isEqualTo("b");
    }

    @Test
    void figuresOnlyForTheFirstGroups() {
        Comparison c = comparison(List.of(pair("a", "b", 0.9, 0.9, 0.9), pair("c", "d", 0.4, 0.4, 0.4)),
                "a", "b", "c", "d");
        VersionClusters vc = VersionClusters.of(c, 2);
        assertThat(vc.clusters()).hasSize(3);
        assertThat(vc.shown()).isEqualTo(2);
        assertThat(vc.mean(0, 1)).isZero();
        assertThat(vc.closest(0, 1)).isNull();
    }
}
