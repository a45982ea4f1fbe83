package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;

/** Latest wins, a repeated request joins the running one, and the after actions always run. */
class PairRunnerTest {

    private final Queue<Runnable> jobs = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final PairRunner.Engine engine = (a, b, options, cancel) -> {
        calls.add(a.id() + "|" + b.id());
        return Fixtures.wirePost();
    };

    private PairRunner.Callback callback(String name) {
        return new PairRunner.Callback() {
            @Override
            public void done(PairAlignment alignment) {
                events.add(name + " done");
            }

            @Override
            public void failed(Throwable error) {
                events.add(name + " failed: " + error.getMessage());
            }
        };
    }

    private void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }

    @Test
    void aNewerPairReplacesTheOlderButItsAfterActionStillRuns() {
        PairRunner runner = new PairRunner(engine, jobs::add, Runnable::run);
        runner.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, callback("first"), () -> events.add("first after"));
        runner.run(Fixtures.WIRE, Fixtures.DIGEST, CompareOptions.DEFAULTS, callback("second"), null);
        runAll();
        assertThat(calls).containsExactly("wire|digest");
        assertThat(events).containsExactly("first after", "second done");
    }

    @Test
    void theSamePairAskedAgainJoinsTheRunningAlignment() {
        PairRunner runner = new PairRunner(engine, jobs::add, Runnable::run);
        runner.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, callback("first"), () -> events.add("a"));
        runner.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, callback("again"), () -> events.add("b"));
        assertThat(jobs).hasSize(1);
        runAll();
        assertThat(calls).containsExactly("wire|post");
        assertThat(events).containsExactly("first done", "a", "b");
    }

    @Test
    void aFailureReachesTheCallbackAndARememberedPairIsHandedOverAtOnce() {
        PairRunner failing = new PairRunner((a, b, o, c) -> {
            throw new IllegalStateException("no WordNet");
        }, jobs::add, Runnable::run);
        failing.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, callback("x"), null);
        runAll();
        assertThat(events).containsExactly("x failed: no WordNet");

        events.clear();
        PairRunner.Engine remembering = PairRunner.remembering(engine);
        remembering.align(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, null);
        PairRunner runner = new PairRunner(remembering, jobs::add, Runnable::run);
        runner.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.DEFAULTS, callback("ready"), () -> events.add("after"));
        assertThat(jobs).isEmpty();
        assertThat(events).containsExactly("ready done", "after");
        // other options are a different request
        runner.run(Fixtures.WIRE, Fixtures.POST, CompareOptions.builder().paraphrase(false).build(), callback("other"), null);
        assertThat(jobs).hasSize(1);
        runAll();
        assertThat(calls).containsExactly("wire|post", "wire|post");
    }
}
