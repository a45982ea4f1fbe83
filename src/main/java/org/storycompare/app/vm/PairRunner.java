package org.storycompare.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;

/**
 * Aligns the one pair on screen in the background, latest wins: starting a run cancels the previous one,
 * and only the newest run's result or failure reaches its callback, on the UI executor. Each run's
 * {@code after} action runs on the UI executor once the run has ended, whatever the outcome (done, failed,
 * cancelled or replaced): the main view model starts the full comparison from there, so the pair on
 * screen is aligned first. {@link #run} and {@link #cancel} are called on the UI thread.
 */
public final class PairRunner {

    /** The engine call; the default is {@code new StoryEngine(options).align(a, b, cancel)}. */
    @FunctionalInterface
    public interface Engine {
        PairAlignment align(Article a, Article b, CompareOptions options, Cancellation cancel);

        /** An alignment this engine already has for these articles and options (answered at once), or null. */
        default PairAlignment ready(Article a, Article b, CompareOptions options) {
            return null;
        }
    }

    /** Receives the newest run's outcome on the UI executor. */
    public interface Callback {
        void done(PairAlignment alignment);

        void failed(Throwable error);
    }

    /** The real engine (WordNet paraphrase matcher when the options ask for paraphrases). */
    public static final Engine STORY_ENGINE = (a, b, options, cancel) -> new StoryEngine(options).align(a, b, cancel);

    /**
     * An engine that remembers its last alignment: asked again for the same two articles (same ids and
     * texts) with the same options, it answers at once. The app aligns the first pair while the window is
     * still being built, and the window's own request then finds it done. Thread-safe.
     */
    public static Engine remembering(Engine engine) {
        Objects.requireNonNull(engine);
        return new Engine() {
            private Object[] last; // {a, b, options, alignment}

            @Override
            public synchronized PairAlignment ready(Article a, Article b, CompareOptions options) {
                return last != null && same((Article) last[0], a) && same((Article) last[1], b)
                        && last[2].equals(options) ? (PairAlignment) last[3] : null;
            }

            @Override
            public PairAlignment align(Article a, Article b, CompareOptions options, Cancellation cancel) {
                PairAlignment known = ready(a, b, options);
                if (known != null) {
                    return known;
                }
                PairAlignment p = engine.align(a, b, options, cancel);
                synchronized (this) {
                    last = new Object[] {a, b, options, p};
                }
                return p;
            }

            private static boolean same(Article x, Article y) {
                return x.id().equals(y.id()) && x.text().equals(y.text());
            }
        };
    }

    private final Engine engine;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private Job current;

    /** One run; its fields are touched on the UI thread only. */
    private static final class Job {
        final String key;
        final Cancellation cancel = new Cancellation();
        final List<Runnable> after = new ArrayList<>();
        boolean ended;

        Job(String key) {
            this.key = key;
        }
    }

    public PairRunner(Engine engine, Executor background, Executor ui) {
        this.engine = Objects.requireNonNull(engine);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Starts aligning a (left, A side) with b (right), cancelling any earlier run; call on the UI thread.
     * When the newest run is still aligning the same two articles with the same options, it is kept and
     * {@code after} (may be null) joins it instead of starting again. When the engine already has the
     * alignment ({@link Engine#ready}), it is handed over at once, and then {@code after} runs, on this thread.
     */
    public void run(Article a, Article b, CompareOptions options, Callback callback, Runnable after) {
        String key = a.id() + '\u0000' + b.id() + '\u0000' + options;
        Job running = current;
        PairAlignment ready = engine.ready(a, b, options);
        if (ready != null) {
            cancel();
            try {
                callback.done(ready);
            } finally {
                if (after != null) {
                    after.run();
                }
            }
            return;
        }
        if (running != null && !running.ended && !running.cancel.isCancelled() && running.key.equals(key)) {
            if (after != null) {
                running.after.add(after);
            }
            return;
        }
        long gen = generation.incrementAndGet();
        Job job = new Job(key);
        if (after != null) {
            job.after.add(after);
        }
        current = job;
        if (running != null) {
            running.cancel.cancel();
        }
        background.execute(() -> {
            Runnable outcome = null;
            try {
                if (!job.cancel.isCancelled()) {
                    PairAlignment p = engine.align(a, b, options, job.cancel);
                    if (p == null) {
                        throw new IllegalStateException("the engine returned no alignment");
                    }
                    outcome = () -> callback.done(p);
                }
            } catch (CancelledException e) {
                // a newer run replaced this one; nothing to report
            } catch (Throwable t) { // the UI must see every failure, including errors
                outcome = () -> callback.failed(t);
            }
            Runnable deliver = outcome;
            ui.execute(() -> {
                job.ended = true;
                try {
                    if (deliver != null && !job.cancel.isCancelled() && isCurrent(gen)) {
                        deliver.run();
                    }
                } finally {
                    job.after.forEach(Runnable::run);
                }
            });
        });
    }

    /** Cancels the running alignment, if any; its result will not be delivered (its after action still runs). */
    public void cancel() {
        generation.incrementAndGet();
        if (current != null) {
            current.cancel.cancel();
        }
    }

    /** True while {@code gen} is the newest run. */
    public boolean isCurrent(long gen) {
        return generation.get() == gen;
    }
}
