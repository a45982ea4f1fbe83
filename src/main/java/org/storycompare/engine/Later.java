package org.storycompare.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.storycompare.engine.corpus.Await;
import org.storycompare.engine.model.CancelledException;

/**
 * A stage's result worked out beside the calling thread on {@code side} (in the order stages are handed to it),
 * or, without a side thread, on the calling thread when it is first asked for. Either way {@link #get} gives the
 * same result, worked out once, or throws what the work threw (a {@link CancelledException} when it saw its
 * cancellation). Without a side thread it is for one thread only.
 */
final class Later<T> {

    private final Supplier<T> work;
    private final Future<T> future;
    /** Without a side thread: the result once worked out (asked for again, it is not worked out twice). */
    private T done;

    private Later(Supplier<T> work, Future<T> future) {
        this.work = work;
        this.future = future;
    }

    /** Starts {@code work} on {@code side} now, or keeps it for {@link #get} when {@code side} is null. */
    static <T> Later<T> on(ExecutorService side, Supplier<T> work) {
        return new Later<>(work, side == null ? null : side.submit(work::get));
    }

    T get() {
        if (future == null) {
            if (done == null) {
                done = work.get();
            }
            return done;
        }
        return Await.result(future);
    }
}
