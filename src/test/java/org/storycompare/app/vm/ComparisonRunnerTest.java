package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;

/** Latest-wins background comparisons, without a window. */
class ComparisonRunnerTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private ComparisonRunner.Callback recorder(String name, CountDownLatch finished) {
        return new ComparisonRunner.Callback() {
            @Override
            public void progress(double fraction, String message) {
                events.add(name + " progress " + message);
            }

            @Override
            public void done(Comparison c) {
                events.add(name + " done " + c.articles().size());
                finished.countDown();
            }

            @Override
            public void failed(Throwable error) {
                events.add(name + " failed " + error.getMessage());
                finished.countDown();
            }
        };
    }

    @Test
    void aNewRunCancelsTheOldOneAndOnlyTheNewestIsDelivered() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Cancellation> seen = new CopyOnWriteArrayList<>();
        ComparisonRunner runner = new ComparisonRunner((articles, options, progress, cancel) -> {
            seen.add(cancel);
            if (articles.size() == 3) { // the first, slow run: waits until it is cancelled
                firstStarted.countDown();
                while (!cancel.isCancelled()) {
                    Thread.onSpinWait();
                }
                return Fixtures.comparison(articles, options); // ignores the cancellation on purpose
            }
            progress.progress(1, 2, "half way");
            return Fixtures.comparison(articles, options);
        }, background, Runnable::run);
        CountDownLatch done = new CountDownLatch(1);
        runner.run(List.of(Fixtures.WIRE, Fixtures.POST, Fixtures.DIGEST), CompareOptions.DEFAULTS, recorder("first", new CountDownLatch(1)));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        runner.run(List.of(Fixtures.WIRE, Fixtures.POST), CompareOptions.DEFAULTS, recorder("second", done));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get(0).isCancelled()).isTrue();
        assertThat(seen.get(1).isCancelled()).isFalse();
        assertThat(events).containsExactly("second progress half way", "second done 2");
    }

    @Test
    void aFailureIsHandedOverNotSwallowed() throws Exception {
        ComparisonRunner runner = new ComparisonRunner((a, o, p, c) -> {
            throw new UnsupportedOperationException("a failing engine (test)");
        }, background, Runnable::run);
        CountDownLatch done = new CountDownLatch(1);
        runner.run(List.of(Fixtures.WIRE, Fixtures.POST), CompareOptions.DEFAULTS, recorder("run", done));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("run failed a failing engine (test)");
    }

    @Test
    void aRunThatObservesItsCancellationReportsNothing() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        ComparisonRunner runner = new ComparisonRunner((a, o, p, c) -> {
            c.throwIfCancelled();
            return Fixtures.comparison(a, o);
        }, queued::add, Runnable::run);
        List<Article> arts = List.of(Fixtures.WIRE, Fixtures.POST);
        runner.run(arts, CompareOptions.DEFAULTS, recorder("run", new CountDownLatch(1)));
        runner.cancel();
        queued.forEach(Runnable::run);
        assertThat(events).isEmpty();
    }

    @Test
    void resultsAreDeliveredThroughTheUiExecutor() throws Exception {
        List<Runnable> ui = new ArrayList<>();
        ComparisonRunner runner = new ComparisonRunner((a, o, p, c) -> Fixtures.comparison(a, o), Runnable::run, ui::add);
        runner.run(List.of(Fixtures.WIRE, Fixtures.POST), CompareOptions.DEFAULTS, recorder("run", new CountDownLatch(1)));
        assertThat(events).isEmpty();
        assertThat(ui).hasSize(1);
        ui.get(0).run();
        assertThat(events).containsExactly("run done 2");
    }
}
