package io.diameterharness.peer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one source of time for a peer: every timer (CEA timeout, watchdog, delayed answers) is
 * scheduled here and every journal timestamp read here. {@link #system()} is the real clock;
 * {@link ManualScheduler} lets a test advance time itself, so a 30 s watchdog fires at once when the
 * test says {@code advance(Duration.ofSeconds(30))}.
 */
public interface Scheduler {
    /** A scheduled task that can be cancelled. */
    interface Timer {
        /** Cancels the task if it has not run; returns whether it was cancelled. */
        boolean cancel();
    }

    /** Monotonic time in nanoseconds (only differences mean something). */
    long nanoTime();

    /** Wall-clock time. */
    Instant now();

    /**
     * Runs {@code task} on {@code executor} (a channel's event loop) after {@code delay}.
     *
     * @param executor where the task runs
     * @param delay    how long from now; zero or negative runs it as soon as possible
     * @param task     what to run
     * @return a handle to cancel it
     */
    Timer schedule(ScheduledExecutorService executor, Duration delay, Runnable task);

    /** The real clock: {@link System#nanoTime()}, {@link Instant#now()} and the event loop's own timers. */
    static Scheduler system() {
        return SystemScheduler.INSTANCE;
    }

    /** The real clock. */
    final class SystemScheduler implements Scheduler {
        static final SystemScheduler INSTANCE = new SystemScheduler();

        private SystemScheduler() {
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public Timer schedule(ScheduledExecutorService executor, Duration delay, Runnable task) {
            ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        }

        @Override
        public String toString() {
            return "Scheduler[system clock]";
        }
    }
}
