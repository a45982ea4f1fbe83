package org.storycompare.app.vm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's background threads (daemons, so they never keep the JVM alive). */
public final class Background {

    /** One thread for comparisons: a cancelled run finishes its current step before the next starts. */
    public static final ExecutorService COMPARE = Executors.newSingleThreadExecutor(factory("compare"));
    /** One thread for aligning the pair on screen before (or while) the full comparison runs. */
    public static final ExecutorService PAIR = Executors.newSingleThreadExecutor(factory("pair"));
    /** Two threads for loading files and computing highlight styles. */
    public static final ExecutorService WORK = Executors.newFixedThreadPool(2, factory("work"));

    private Background() {
    }

    private static java.util.concurrent.ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "storycompare-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
