package org.storycompare.app.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.ProgressListener;

/**
 * The app's one background runner. Work runs in named lanes ("analysis", "pair", "load", "export", ...); in each
 * lane the latest job wins: starting a job cancels the lane's running one, whose result, failure and progress
 * are then dropped. Jobs of one lane run one after another on the lane's own executor, so a cancelled job ends
 * its current step before the next starts; lanes run beside each other. Results, failures and progress reach
 * the caller on the UI executor only. A failure is never swallowed: it goes to the job's own handler or, by
 * default, to the runner's failure handler (the window's error banner). Jobs started with {@link #queue} do not
 * replace each other (each file load is wanted): they wait their turn in their lane. Thread-safe; results are
 * always delivered on the UI executor.
 */
public final class Runner {

    /** One piece of background work. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    /** Receives the progress of the jobs that asked to show it, on the UI executor. */
    @FunctionalInterface
    public interface ProgressSink {
        /** @param fraction 0..1, or -1 while the amount of work is unknown */
        void progress(double fraction, String message);
    }

    /** The handle of a started job: it can be cancelled, and tells whether it has ended. */
    public static final class Ticket {
        private final String lane;
        private final Cancellation cancel = new Cancellation();
        private final List<Runnable> after = new ArrayList<>();
        private final Object key;
        private final boolean queued;
        private volatile boolean ended;

        private Ticket(String lane, Object key, boolean queued) {
            this.lane = lane;
            this.key = key;
            this.queued = queued;
        }

        public String lane() {
            return lane;
        }

        /** True once the job has ended, whatever the outcome (read on the UI thread). */
        public boolean ended() {
            return ended;
        }

        public boolean cancelled() {
            return cancel.isCancelled();
        }
    }

    private final Function<String, Executor> lanes;
    private final Executor ui;
    private final BiConsumer<String, Throwable> onFailure;
    private final Map<String, Ticket> current = new HashMap<>();
    private final Map<String, List<Ticket>> queued = new HashMap<>();
    private ProgressSink progressSink = (f, m) -> { };

    /**
     * @param lanes     the executor of each lane (tests give one direct executor for all)
     * @param ui        where results, failures and progress are delivered
     * @param onFailure the default failure handler: what failed ("Could not compare the articles") and why
     */
    public Runner(Function<String, Executor> lanes, Executor ui, BiConsumer<String, Throwable> onFailure) {
        this.lanes = Objects.requireNonNull(lanes);
        this.ui = Objects.requireNonNull(ui);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** A runner whose every lane is its own daemon thread, made when the lane is first used. */
    public static Runner threads(Executor ui, BiConsumer<String, Throwable> onFailure) {
        Map<String, ExecutorService> pools = new java.util.concurrent.ConcurrentHashMap<>();
        return new Runner(lane -> pools.computeIfAbsent(lane, Runner::daemonThread), ui, onFailure);
    }

    private static ExecutorService daemonThread(String lane) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storycompare-" + lane + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Where jobs that show progress report it (the status bar). */
    public void setProgressSink(ProgressSink sink) {
        this.progressSink = Objects.requireNonNull(sink);
    }

    /** Starts a job, replacing the lane's running one; a failure goes to the runner's failure handler. */
    public <T> Ticket run(String lane, String what, Job<T> job, Consumer<T> done) {
        return run(lane, what, null, false, job, done, null, null);
    }

    /**
     * Queues a job in {@code lane} without replacing anything: it runs after the lane's earlier jobs, shows its
     * progress when asked, and its result goes to {@code done} unless the lane is {@link #cancel cancelled}.
     */
    public <T> Ticket queue(String lane, String what, boolean showProgress, Job<T> job, Consumer<T> done) {
        return queue(lane, what, showProgress, job, done, null);
    }

    /** As above; a failure goes to {@code failed} (on the UI executor) instead of the failure handler. */
    public synchronized <T> Ticket queue(String lane, String what, boolean showProgress, Job<T> job,
                                         Consumer<T> done, Consumer<Throwable> failed) {
        Ticket ticket = new Ticket(lane, null, true);
        queued.computeIfAbsent(lane, l -> new ArrayList<>()).add(ticket);
        start(ticket, what, showProgress, job, done, failed);
        return ticket;
    }

    /**
     * Starts {@code job} in {@code lane}, cancelling the lane's running job.
     *
     * @param what         what the job does, for failure messages ("Could not compare the articles")
     * @param key          when not null and the lane's running job has an equal key, that job is kept and
     *                     {@code after} joins it instead of starting again (e.g. aligning the same pair)
     * @param showProgress whether the job's progress goes to the {@link #setProgressSink progress sink}
     * @param done         the result, on the UI executor, unless the job was cancelled or replaced
     * @param failed       the failure, on the UI executor (null: the runner's failure handler)
     * @param after        runs on the UI executor once the job has ended, whatever the outcome (may be null)
     */
    public synchronized <T> Ticket run(String lane, String what, Object key, boolean showProgress, Job<T> job,
                                       Consumer<T> done, Consumer<Throwable> failed, Runnable after) {
        Ticket running = current.get(lane);
        if (key != null && running != null && !running.ended && !running.cancelled() && key.equals(running.key)) {
            if (after != null) {
                running.after.add(after);
            }
            return running;
        }
        Ticket ticket = new Ticket(lane, key, false);
        if (after != null) {
            ticket.after.add(after);
        }
        current.put(lane, ticket);
        if (running != null) {
            running.cancel.cancel();
        }
        start(ticket, what, showProgress, job, done, failed);
        return ticket;
    }

    private <T> void start(Ticket ticket, String what, boolean showProgress, Job<T> job, Consumer<T> done,
                           Consumer<Throwable> failed) {
        ProgressListener progress = showProgress ? new Coalescing(ticket) : ProgressListener.NONE;
        lanes.apply(ticket.lane).execute(() -> {
            Runnable outcome = null;
            try {
                if (!ticket.cancelled()) {
                    T result = job.run(progress, ticket.cancel);
                    outcome = () -> done.accept(result);
                }
            } catch (CancelledException e) {
                // replaced by a newer job or cancelled: nothing to report
            } catch (Throwable t) { // every failure reaches the user, errors included
                outcome = failed != null ? () -> failed.accept(t) : () -> onFailure.accept(what, t);
            }
            Runnable deliver = outcome;
            ui.execute(() -> {
                ticket.ended = true;
                List<Runnable> after;
                boolean wanted;
                synchronized (this) {
                    wanted = isCurrent(ticket);
                    after = List.copyOf(ticket.after);
                    if (ticket.queued) {
                        queued.getOrDefault(ticket.lane, new ArrayList<>()).remove(ticket);
                    }
                }
                try {
                    if (deliver != null && wanted) {
                        deliver.run();
                    }
                } finally {
                    after.forEach(Runnable::run);
                }
            });
        });
    }

    /**
     * Cancels the lane's running job and its queued ones, if any: their results are dropped (their {@code after}
     * actions still run).
     */
    public synchronized void cancel(String lane) {
        Ticket t = current.remove(lane);
        if (t != null) {
            t.cancel.cancel();
        }
        for (Ticket q : queued.getOrDefault(lane, List.of())) {
            q.cancel.cancel();
        }
    }

    /** Cancels every job. */
    public synchronized void cancelAll() {
        java.util.Set<String> lanes = new java.util.HashSet<>(current.keySet());
        lanes.addAll(queued.keySet());
        lanes.forEach(this::cancel);
    }

    /** True while the lane has a job that has not ended. */
    public synchronized boolean busy(String lane) {
        Ticket t = current.get(lane);
        boolean running = t != null && !t.ended && !t.cancelled();
        return running || queued.getOrDefault(lane, List.of()).stream().anyMatch(q -> !q.ended && !q.cancelled());
    }

    private synchronized boolean isCurrent(Ticket t) {
        return !t.cancelled() && (t.queued || current.get(t.lane) == t);
    }

    /** Coalesces progress so the UI executor gets at most one pending update at a time. */
    private final class Coalescing implements ProgressListener {
        private final Ticket ticket;
        private final AtomicReference<Object[]> pending = new AtomicReference<>();

        Coalescing(Ticket ticket) {
            this.ticket = ticket;
        }

        @Override
        public void progress(long done, long total, String message) {
            double fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1.0;
            if (pending.getAndSet(new Object[] {fraction, message == null ? "" : message}) == null) {
                ui.execute(() -> {
                    Object[] u = pending.getAndSet(null);
                    if (u != null && isCurrent(ticket)) {
                        progressSink.progress((Double) u[0], (String) u[1]);
                    }
                });
            }
        }
    }
}
