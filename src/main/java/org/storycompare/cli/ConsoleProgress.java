package org.storycompare.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.storycompare.engine.model.ProgressListener;

/**
 * Prints engine progress as lines like {@code comparing: 42% aligning pairs} on stderr, at most one every
 * {@code intervalMillis} (the last step, done == total, always prints).
 */
final class ConsoleProgress implements ProgressListener {

    static final long INTERVAL_MILLIS = 250;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long intervalMillis;
    private long last = Long.MIN_VALUE;
    private int lastPercent = -1;

    ConsoleProgress(PrintWriter err) {
        this(err, System::currentTimeMillis, INTERVAL_MILLIS);
    }

    ConsoleProgress(PrintWriter err, LongSupplier clock, long intervalMillis) {
        this.err = err;
        this.clock = clock;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        boolean finished = total > 0 && done >= total;
        long now = clock.getAsLong();
        int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
        if (finished ? percent == lastPercent : (last != Long.MIN_VALUE && now - last < intervalMillis)) {
            return;
        }
        last = now;
        lastPercent = percent;
        String what = message == null || message.isBlank() ? "" : " " + message;
        err.println(org.storycompare.io.SafeText.escape("comparing:" + (percent >= 0 ? " " + percent + "%" : "") + what));
        err.flush();
    }
}
