package io.diameterharness.peer;

import java.time.Instant;

/**
 * One change of watchdog state, with when and why.
 *
 * @param from           the state before (equal to {@code to} for the initial state)
 * @param to             the state after
 * @param monotonicNanos the scheduler's monotonic time
 * @param at             the scheduler's wall time
 * @param reason         why, in words
 */
public record WatchdogTransition(WatchdogState from, WatchdogState to, long monotonicNanos, Instant at,
                                 String reason) {
    @Override
    public String toString() {
        return from + " -> " + to + " at " + at + ": " + reason;
    }
}
