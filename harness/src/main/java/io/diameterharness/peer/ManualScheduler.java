package io.diameterharness.peer;

import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A clock that only moves when the test says so. Give it to a peer with
 * {@link PeerConfig.Builder#scheduler(Scheduler)}, then {@link #advance(Duration)}: every task due by
 * then runs, in time order, each on its own event loop, and {@code advance} returns when they have
 * all run. A task scheduled by a running task runs in the same {@code advance} if it falls due in the
 * advanced interval. Thread-safe.
 */
public final class ManualScheduler implements Scheduler {
    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(10);

    private final Instant wallStart;
    private long nanos;
    private long order;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();

    /** A manual clock starting at the current wall time. */
    public ManualScheduler() {
        this(Instant.now());
    }

    /** A manual clock starting at {@code start}. */
    public ManualScheduler(Instant start) {
        this.wallStart = start;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return wallStart.plusNanos(nanos);
    }

    @Override
    public synchronized Timer schedule(ScheduledExecutorService executor, Duration delay, Runnable task) {
        Task t = new Task(nanos + Math.max(0, delay.toNanos()), order++, executor, task);
        tasks.add(t);
        return () -> {
            synchronized (ManualScheduler.this) {
                return !t.ran && tasks.remove(t);
            }
        };
    }

    /** How many tasks wait to fall due. */
    public synchronized int pendingTasks() {
        return tasks.size();
    }

    /** The time until the next task falls due, if any. */
    public synchronized java.util.Optional<Duration> nextDue() {
        Task t = tasks.peek();
        return t == null ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofNanos(t.due - nanos));
    }

    /**
     * Moves the clock forward and runs every task that falls due, in order; returns when they have
     * run. Must not be called from an event loop thread that a due task runs on, except by that task.
     *
     * @param by how far to move (not negative)
     */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("advance needs a duration that is not negative: " + by);
        }
        long target;
        synchronized (this) {
            target = nanos + by.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due > target) {
                    nanos = target;
                    return;
                }
                tasks.poll();
                next.ran = true;
                nanos = Math.max(nanos, next.due);
            }
            run(next);
        }
    }

    private static void run(Task t) {
        if (t.executor instanceof EventExecutor && ((EventExecutor) t.executor).inEventLoop()) {
            t.task.run();
            return;
        }
        Future<?> f;
        try {
            f = t.executor.submit(t.task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return; // the loop is gone: nothing left to time
        }
        try {
            f.get(TASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a scheduled task ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a scheduled task failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a scheduled task did not finish within " + TASK_TIMEOUT.toSeconds()
                    + " s (is the event loop blocked?)", e);
        }
    }

    /** Drops every pending task without running it. */
    public synchronized void clear() {
        List<Task> all = new ArrayList<>(tasks);
        tasks.clear();
        all.forEach(t -> t.ran = true);
    }

    @Override
    public synchronized String toString() {
        return "ManualScheduler[at +" + Duration.ofNanos(nanos) + ", " + tasks.size() + " pending]";
    }

    private static final class Task implements Comparable<Task> {
        final long due;
        final long seq;
        final ScheduledExecutorService executor;
        final Runnable task;
        boolean ran;

        Task(long due, long seq, ScheduledExecutorService executor, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.executor = executor;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }
    }
}
