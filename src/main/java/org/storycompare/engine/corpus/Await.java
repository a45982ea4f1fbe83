package org.storycompare.engine.corpus;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.storycompare.engine.model.CancelledException;

/** Waiting for engine work handed to another thread. */
public final class Await {

    private Await() {
    }

    /**
     * The future's result; what its work threw is rethrown as it was (a {@link CancelledException} when the work
     * saw its cancellation), and an interrupt of the waiting thread becomes a {@link CancelledException}.
     */
    public static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
