package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Cancellation;

/** The app's one background runner: lanes, latest wins, queues, progress, failures, delivery on the UI. */
class RunnerTest {

    private final Queue<Runnable> jobs = new ArrayDeque<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private Runner queued() {
        return new Runner(lane -> jobs::add, Runnable::run, (what, t) -> failures.add(what + ": " + t.getMessage()));
    }

    private void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }

    @Test
    void aNewJobInALaneCancelsTheOldOneAndOnlyTheNewestIsDelivered() throws Exception {
        Runner runner = new Runner(lane -> threads, Runnable::run, (w, t) -> failures.add(w));
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Cancellation> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.setProgressSink((f, m) -> events.add("progress " + m));
        runner.run("analysis", "first", null, true, (p, c) -> {
            seen.add(c);
            firstStarted.countDown();
            while (!c.isCancelled()) {
                Thread.onSpinWait();
            }
            return "first"; // ignores its cancellation on purpose: the result must still be dropped
        }, r -> events.add("done " + r), null, null);
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        runner.run("analysis", "second", null, true, (p, c) -> {
            seen.add(c);
            p.progress(1, 2, "half way");
            return "second";
        }, r -> {
            events.add("done " + r);
            done.countDown();
        }, null, null);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        threads.shutdown();
        assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get(0).isCancelled()).isTrue();
        assertThat(seen.get(1).isCancelled()).isFalse();
        assertThat(events).containsExactly("progress half way", "done second");
        assertThat(failures).isEmpty();
    }

    @Test
    void lanesDoNotReplaceEachOther() {
        Runner runner = queued();
        runner.run("pair", "pair", (p, c) -> "p", r -> events.add("pair " + r));
        runner.run("analysis", "analysis", (p, c) -> "a", r -> events.add("analysis " + r));
        runAll();
        assertThat(events).containsExactly("pair p", "analysis a");
    }

    @Test
    void aFailureGoesToTheHandlerNotSwallowedAndErrorsToo() {
        Runner runner = queued();
        runner.run("analysis", "Could not compare", (p, c) -> {
            throw new UnsupportedOperationException("a failing engine (test)");
        }, r -> events.add("done"));
        runner.run("load", "Could not open", (p, c) -> {
            throw new OutOfMemoryError("too big (test)");
        }, r -> events.add("done"));
        List<Throwable> own = new ArrayList<>();
        runner.run("export", "Export", null, false, (p, c) -> {
            throw new IllegalStateException("disk full (test)");
        }, r -> events.add("done"), own::add, () -> events.add("after"));
        runAll();
        assertThat(events).containsExactly("after");
        assertThat(failures).containsExactly("Could not compare: a failing engine (test)",
                "Could not open: too big (test)");
        assertThat(own).extracting(Throwable::getMessage).containsExactly("disk full (test)");
    }

    @Test
    void aCancelledJobReportsNothingButItsAfterActionRuns() {
        Runner runner = queued();
        runner.run("analysis", "x", null, false, (p, c) -> {
            c.throwIfCancelled();
            return "x";
        }, r -> events.add("done"), null, () -> events.add("after"));
        assertThat(runner.busy("analysis")).isTrue();
        runner.cancel("analysis");
        runAll();
        assertThat(events).containsExactly("after");
        assertThat(failures).isEmpty();
        assertThat(runner.busy("analysis")).isFalse();
    }

    @Test
    void theSameKeyAskedAgainJoinsTheRunningJob() {
        Runner runner = queued();
        List<String> calls = new ArrayList<>();
        runner.run("pair", "align", "wire|post", false, (p, c) -> {
            calls.add("wire|post");
            return "aligned";
        }, r -> events.add("first " + r), null, () -> events.add("a"));
        runner.run("pair", "align", "wire|post", false, (p, c) -> {
            calls.add("again");
            return "aligned";
        }, r -> events.add("again " + r), null, () -> events.add("b"));
        assertThat(jobs).hasSize(1);
        runAll();
        assertThat(calls).containsExactly("wire|post");
        assertThat(events).containsExactly("first aligned", "a", "b");
        // another key replaces it
        runner.run("pair", "align", "wire|post", false, (p, c) -> "1", r -> events.add("old " + r), null, null);
        runner.run("pair", "align", "wire|digest", false, (p, c) -> "2", r -> events.add("new " + r), null, null);
        runAll();
        assertThat(events).endsWith("new 2").doesNotContain("old 1");
    }

    @Test
    void queuedJobsAllRunAndAreDeliveredInOrderUnlessTheLaneIsCancelled() {
        Runner runner = queued();
        runner.queue("load", "load a", false, (p, c) -> "a", r -> events.add(r));
        runner.queue("load", "load b", false, (p, c) -> "b", r -> events.add(r));
        runAll();
        assertThat(events).containsExactly("a", "b");
        runner.queue("load", "load c", false, (p, c) -> "c", r -> events.add(r));
        runner.cancel("load");
        runAll();
        assertThat(events).containsExactly("a", "b");
    }

    @Test
    void resultsAndProgressAreDeliveredThroughTheUiExecutor() {
        List<Runnable> ui = new ArrayList<>();
        Runner runner = new Runner(lane -> Runnable::run, ui::add, (w, t) -> failures.add(w));
        runner.setProgressSink((f, m) -> events.add(f + " " + m));
        runner.run("analysis", "x", null, true, (p, c) -> {
            p.progress(1, 4, "a quarter");
            p.progress(2, 4, "half"); // coalesced with the pending update
            return "r";
        }, r -> events.add("done " + r), null, null);
        assertThat(events).isEmpty();
        ui.forEach(Runnable::run);
        assertThat(events).containsExactly("0.5 half", "done r");
    }
}
