package org.storycompare.app.vm;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;

/**
 * The pair on screen aligned on its own (before the full comparison covers it): the latest such alignment,
 * oriented as it was asked for, with the options it was made with, and the runner that makes it.
 */
final class QuickPair {

    private final PairRunner runner;
    private PairAlignment alignment;
    private CompareOptions options;

    /** @param runner null when there is no pair engine: nothing is ever aligned on its own */
    QuickPair(PairRunner runner) {
        this.runner = runner;
    }

    boolean enabled() {
        return runner != null;
    }

    /** The alignment of a (as A) and b made with {@code current} options, mirrored if need be; else null. */
    PairAlignment get(String a, String b, CompareOptions current) {
        if (alignment == null || !current.equals(options)) {
            return null;
        }
        if (alignment.aId().equals(a) && alignment.bId().equals(b)) {
            return alignment;
        }
        return alignment.aId().equals(b) && alignment.bId().equals(a) ? alignment.mirrored() : null;
    }

    void clear() {
        alignment = null;
        options = null;
    }

    void cancel() {
        if (runner != null) {
            runner.cancel();
        }
    }

    /**
     * Aligns a with b in the background (latest wins); keeps the result and hands it to {@code done}, or
     * the failure to {@code failed}; {@code after} (may be null) runs once the run has ended, whatever the outcome.
     */
    void align(Article a, Article b, CompareOptions with, Consumer<PairAlignment> done,
               BiConsumer<String, Throwable> failed, Runnable after) {
        runner.run(a, b, with, new PairRunner.Callback() {
            @Override
            public void done(PairAlignment p) {
                alignment = p;
                options = with;
                done.accept(p);
            }

            @Override
            public void failed(Throwable t) {
                failed.accept("Could not align " + a.label() + " with " + b.label(), t);
            }
        }, after);
    }
}
