package org.storycompare.app.vm;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;

/**
 * Runs comparisons in the background, latest wins: starting a run cancels the previous run's
 * {@link Cancellation}, and only the newest run's result, failure or progress reaches the callback,
 * always through the UI executor. A failure is handed over, never swallowed.
 */
public final class ComparisonRunner {

    /** The engine call; the default is {@code new StoryEngine(options).compare(...)}. */
    @FunctionalInterface
    public interface Engine {
        Comparison compare(List<Article> articles, CompareOptions options, ProgressListener progress,
                           Cancellation cancel);
    }

    /** Receives the newest run's events on the UI executor. */
    public interface Callback {
        void progress(double fraction, String message);

        void done(Comparison comparison);

        void failed(Throwable error);
    }

    /** The real engine. */
    public static final Engine STORY_ENGINE = (articles, options, progress, cancel) ->
            new StoryEngine(options).compare(articles, progress, cancel);

    private final Engine engine;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Cancellation> current = new AtomicReference<>();

    public ComparisonRunner(Engine engine, Executor background, Executor ui) {
        this.engine = Objects.requireNonNull(engine);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Starts a run, cancelling any earlier one. Returns the run's generation number. */
    public long run(List<Article> articles, CompareOptions options, Callback callback) {
        long gen = generation.incrementAndGet();
        Cancellation cancel = new Cancellation();
        Cancellation previous = current.getAndSet(cancel);
        if (previous != null) {
            previous.cancel();
        }
        List<Article> input = List.copyOf(articles);
        ProgressForwarder progress = new ProgressForwarder(gen, callback);
        background.execute(() -> {
            if (cancel.isCancelled()) {
                return;
            }
            try {
                Comparison result = engine.compare(input, options, progress, cancel);
                if (result == null) {
                    throw new IllegalStateException("the engine returned no comparison");
                }
                deliver(gen, cancel, () -> callback.done(result));
            } catch (CancelledException e) {
                // a newer run replaced this one; nothing to report
            } catch (Throwable t) { // the UI must see every failure, including errors
                deliver(gen, cancel, () -> callback.failed(t));
            }
        });
        return gen;
    }

    /** Cancels the running comparison, if any; its result will not be delivered. */
    public void cancel() {
        generation.incrementAndGet();
        Cancellation c = current.getAndSet(null);
        if (c != null) {
            c.cancel();
        }
    }

    /** True while {@code gen} is the newest run. */
    public boolean isCurrent(long gen) {
        return generation.get() == gen;
    }

    private void deliver(long gen, Cancellation cancel, Runnable r) {
        if (cancel.isCancelled() || !isCurrent(gen)) {
            return;
        }
        ui.execute(() -> {
            if (isCurrent(gen)) {
                r.run();
            }
        });
    }

    /** Coalesces engine progress so the UI executor gets at most one pending update at a time. */
    private final class ProgressForwarder implements ProgressListener {
        private final long gen;
        private final Callback callback;
        private final AtomicReference<Object[]> pending = new AtomicReference<>();

        ProgressForwarder(long gen, Callback callback) {
            this.gen = gen;
            this.callback = callback;
        }

        @Override
        public void progress(long done, long total, String message) {
            double fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1.0;
            Object[] update = {fraction, message == null ? "" : message};
            if (pending.getAndSet(update) == null) {
                ui.execute(() -> {
                    Object[] u = pending.getAndSet(null);
                    if (u != null && isCurrent(gen)) {
                        callback.progress((Double) u[0], (String) u[1]);
                    }
                });
            }
        }
    }
}
