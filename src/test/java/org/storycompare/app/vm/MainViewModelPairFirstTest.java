package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.LoadResult;

/**
 * The pair on screen is aligned on its own and shown before the full comparison, which starts once that
 * alignment has ended. Background work waits in queues the test runs by hand; the UI executor is direct.
 */
class MainViewModelPairFirstTest {

    private final Queue<Runnable> pairJobs = new ArrayDeque<>();
    private final Queue<Runnable> compareJobs = new ArrayDeque<>();
    private final List<String> aligned = new ArrayList<>();
    private final List<List<String>> compared = new ArrayList<>();
    private RuntimeException pairFailure;

    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        compared.add(articles.stream().map(Article::id).toList());
        return Fixtures.comparison(articles, options);
    }), (a, b, options, cancel) -> {
        aligned.add(a.id() + "|" + b.id());
        if (pairFailure != null) {
            throw pairFailure;
        }
        if (a.id().equals("wire") && b.id().equals("post")) {
            return Fixtures.wirePost();
        }
        if (a.id().equals("post") && b.id().equals("wire")) {
            return Fixtures.wirePost().mirrored();
        }
        return new PairAlignment(a.id(), b.id(), 0.1, 0.1, 0.1, List.of(), List.of(new Span(0, 1)), List.of());
    }, compareJobs::add, pairJobs::add, Runnable::run);

    private void load() {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST, Fixtures.DIGEST), List.of(), List.of()));
    }

    private SourceRow row(String id) {
        return model.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static void runAll(Queue<Runnable> jobs) {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }

    @Test
    void theShownPairIsAlignedAndShownBeforeTheComparisonStarts() {
        load();
        assertThat(pairJobs).hasSize(1);
        assertThat(compareJobs).as("the comparison waits for the pair on screen").isEmpty();
        assertThat(model.pair().alignment()).isNull();
        assertThat(model.statusModel().runningProperty().get()).isTrue();

        runAll(pairJobs);
        assertThat(aligned).containsExactly("wire|post");
        assertThat(model.comparison()).isNull();
        PairAlignment shown = model.pair().alignment();
        assertThat(shown.aId()).isEqualTo("wire");
        assertThat(model.pair().rows()).hasSize(3);
        assertThat(row("post").similarity()).isEqualTo(0.82);
        assertThat(row("digest").similarity()).isNaN();
        assertThat(compareJobs).as("the comparison starts once the pair is aligned").hasSize(1);

        model.pair().select(1);
        runAll(compareJobs);
        assertThat(compared).containsExactly(List.of("wire", "post", "digest"));
        assertThat(model.comparison()).isNotNull();
        assertThat(model.statusModel().runningProperty().get()).isFalse();
        // the comparison's alignment of the pair is the same: nothing is painted again, F8 stays where it was
        assertThat(model.pair().alignment()).isSameAs(shown);
        assertThat(model.pair().current()).isEqualTo(1);
    }

    @Test
    void theLatestPairWinsAndTheComparisonStillRuns() {
        load();
        model.showRight(row("digest"));
        assertThat(pairJobs).hasSize(2);
        runAll(pairJobs);
        assertThat(aligned).as("the replaced run never reached the engine").containsExactly("wire|digest");
        assertThat(model.pair().alignment().bId()).isEqualTo("digest");
        assertThat(model.pair().alignment().passages()).isEmpty();
        assertThat(row("digest").similarity()).isEqualTo(0.1);
        assertThat(compareJobs).hasSize(1);
        runAll(compareJobs);
        assertThat(compared).hasSize(1);
        // digest shares nothing in the comparison, which now covers the pair and is what is shown
        assertThat(model.pair().alignment()).isNull();
        assertThat(row("digest").similarity()).isNaN();
    }

    @Test
    void swappingBeforeTheComparisonMirrorsTheAlignedPairWithoutAligningAgain() {
        load();
        runAll(pairJobs);
        model.swap();
        assertThat(pairJobs).isEmpty();
        assertThat(model.pair().alignment().aId()).isEqualTo("post");
        assertThat(model.pair().rows().get(0).leftSnippet()).isEqualTo("Residents were told to stay calm.");
        assertThat(aligned).containsExactly("wire|post");
    }

    @Test
    void aFailedPairAlignmentIsShownAndTheComparisonStillRuns() {
        pairFailure = new IllegalStateException("the pair engine broke");
        load();
        runAll(pairJobs);
        assertThat(model.statusModel().errorProperty().get())
                .isEqualTo("Could not align Lakeside Wire with Orrin Evening Post — the pair engine broke");
        assertThat(model.pair().alignment()).isNull();
        assertThat(compareJobs).hasSize(1);
        runAll(compareJobs);
        assertThat(model.pair().alignment().aId()).isEqualTo("wire");
        assertThat(model.pair().rows()).hasSize(3);
    }

    @Test
    void onceTheComparisonCoversThePairNoPairIsAlignedOnItsOwnButANewArticleIs() {
        load();
        runAll(pairJobs);
        runAll(compareJobs);
        aligned.clear();
        model.showRight(row("digest"));
        model.swap();
        model.settings().minMatchWordsProperty().set(8);
        assertThat(pairJobs).isEmpty();
        assertThat(compareJobs).hasSize(1);
        runAll(compareJobs);

        Article extra = Fixtures.article("extra", "Harbour Herald", "Dam", "A new text about the dam.", 6);
        model.addLoaded(new LoadResult(List.of(extra), List.of(), List.of()));
        assertThat(pairJobs).as("the shown pair is covered by the comparison").isEmpty();
        model.showRight(row("extra"));
        assertThat(pairJobs).hasSize(1);
        runAll(pairJobs);
        assertThat(aligned).containsExactly("digest|extra");
        assertThat(model.pair().alignment().bId()).isEqualTo("extra");
    }

    @Test
    void aPairTheEngineAlreadyHasIsShownAtOnceAndStays() {
        PairEngine remembering = PairEngine.remembering((a, b, options, cancel) -> {
            aligned.add(a.id() + "|" + b.id());
            return Fixtures.wirePost();
        });
        MainViewModel m = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> Fixtures.comparison(articles, options)),
                remembering, compareJobs::add, pairJobs::add, Runnable::run);
        // what the app does while the window is built: align the first two articles early
        remembering.align(Fixtures.WIRE, Fixtures.POST, m.settings().options(), null);
        List<PairAlignment> shown = new ArrayList<>();
        m.pair().alignmentProperty().addListener((o, a, b) -> shown.add(b));
        m.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST), List.of(), List.of()));
        assertThat(pairJobs).isEmpty();
        assertThat(m.pair().alignment().aId()).isEqualTo("wire");
        assertThat(compareJobs).hasSize(1);
        runAll(compareJobs);
        assertThat(shown).as("shown once, never cleared in between").hasSize(1);
        assertThat(aligned).containsExactly("wire|post");
    }

    @Test
    void anExcludedArticleIsNotAlignedOnItsOwn() {
        load();
        row("post").includedProperty().set(false);
        runAll(pairJobs);
        assertThat(aligned).isEmpty();
        runAll(compareJobs);
        assertThat(compared).containsExactly(List.of("wire", "digest"));
        assertThat(model.pair().alignment()).isNull();
    }
}
