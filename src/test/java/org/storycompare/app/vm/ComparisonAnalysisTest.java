package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.Provenance;

/** Latest-wins background analysis and failure reporting, with hand-run executors (no window). */
class ComparisonAnalysisTest {

    static Comparison comparison(String id) {
        return new Comparison(List.of(new Article(id, "text of " + id, ArticleMeta.EMPTY)), List.of(), Map.of(),
                CompareOptions.DEFAULTS);
    }

    static Provenance provenanceFor(Comparison c) {
        return new Provenance(Map.of(c.articles().get(0).id(), Provenance.Role.INDEPENDENT), List.of(), List.of());
    }

    @Test
    void aLateResultOfAnOlderComparisonIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        SimpleObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
        List<String> failures = new ArrayList<>();
        ComparisonAnalysis<Provenance> vm = new ComparisonAnalysis<>("Working out who copied whom", comparison,
                ComparisonAnalysisTest::provenanceFor,
                queued::add, Runnable::run, (what, e) -> failures.add(what));
        assertThat(vm.resultProperty().get()).isNull();
        Comparison first = comparison("first");
        Comparison second = comparison("second");
        comparison.set(first);
        comparison.set(second);
        assertThat(queued).hasSize(2);
        queued.get(1).run(); // the newer run finishes first
        assertThat(vm.resultProperty().get().roles()).containsOnlyKeys("second");
        assertThat(vm.analysedProperty().get()).isSameAs(second);
        queued.get(0).run(); // the older one arrives late: ignored
        assertThat(vm.resultProperty().get().roles()).containsOnlyKeys("second");
        comparison.set(null);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailureIsReportedNotSwallowed() {
        SimpleObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
        List<String> failures = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        ComparisonAnalysis<Provenance> vm = new ComparisonAnalysis<>("Working out who copied whom", comparison, c -> {
            throw new IllegalStateException("broken analysis");
        }, Runnable::run, Runnable::run, (what, e) -> {
            failures.add(what);
            errors.add(e);
        });
        comparison.set(comparison("x"));
        assertThat(failures).containsExactly("Working out who copied whom failed");
        assertThat(errors.get(0)).hasMessage("broken analysis");
        assertThat(vm.resultProperty().get()).isNull();
    }
}
