package org.storycompare.app.vm;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Span;

/**
 * The pair on screen aligned on its own (before the analysis covers it), in the runner's "pair" lane: the latest
 * such alignment, oriented as it was asked for, with the options it was made with and the page furniture of both
 * articles.
 */
final class QuickPair {

    /** An alignment of the pair on screen and the furniture of its two articles (article id to ranges). */
    record Result(PairAlignment alignment, Map<String, List<Span>> furnitureById) {
        List<Span> furniture(String id) {
            return furnitureById.getOrDefault(id, List.of());
        }

        Result mirrored() {
            return new Result(alignment.mirrored(), furnitureById);
        }
    }

    private final PairEngine engine;
    private final Runner runner;
    private Result result;
    private CompareOptions options;

    /** @param engine null when there is no pair engine: nothing is ever aligned on its own */
    QuickPair(PairEngine engine, Runner runner) {
        this.engine = engine;
        this.runner = runner;
    }

    boolean enabled() {
        return engine != null;
    }

    /** The alignment of a (as A) and b made with {@code current} options, mirrored if need be; else null. */
    Result get(String a, String b, CompareOptions current) {
        if (result == null || !current.equals(options)) {
            return null;
        }
        PairAlignment p = result.alignment();
        if (p.aId().equals(a) && p.bId().equals(b)) {
            return result;
        }
        return p.aId().equals(b) && p.bId().equals(a) ? result.mirrored() : null;
    }

    void clear() {
        result = null;
        options = null;
    }

    void cancel() {
        runner.cancel(MainViewModel.PAIR);
    }

    /**
     * Aligns a with b in the background (latest wins); keeps the result and hands it to {@code done}, or the
     * failure to {@code failed}; {@code after} (may be null) runs once the run has ended, whatever the outcome.
     * When the engine already has the alignment it is handed over at once, then {@code after} runs, on this thread.
     */
    void align(Article a, Article b, CompareOptions with, Consumer<PairAlignment> done,
               BiConsumer<String, Throwable> failed, Runnable after) {
        PairAlignment ready = engine.ready(a, b, with);
        if (ready != null) {
            cancel();
            try {
                keep(new Result(ready, Map.of(a.id(), engine.furniture(a), b.id(), engine.furniture(b))), with, done);
            } finally {
                if (after != null) {
                    after.run();
                }
            }
            return;
        }
        String what = "Could not align " + a.label() + " with " + b.label();
        runner.run(MainViewModel.PAIR, what, a.id() + '\u0000' + b.id() + '\u0000' + with, false,
                (progress, cancel) -> {
                    PairAlignment p = engine.align(a, b, with, cancel);
                    if (p == null) {
                        throw new IllegalStateException("the engine returned no alignment");
                    }
                    return new Result(p, Map.of(a.id(), engine.furniture(a), b.id(), engine.furniture(b)));
                },
                r -> keep(r, with, done), t -> failed.accept(what, t), after);
    }

    private void keep(Result r, CompareOptions with, Consumer<PairAlignment> done) {
        result = r;
        options = with;
        done.accept(r.alignment());
    }
}
