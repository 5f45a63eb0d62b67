package io.diameterharness.peer;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.journal.ConnectionEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The RFC 3539 section 3.4 watchdog of one connection. Runs on the connection's event loop only
 * (except the state and transitions, which tests read). Jitter: Tw varies uniformly by up to
 * ±2 s as the RFC says, and by at most ±10% of Tw when Tw is below 20 s, so that millisecond test
 * intervals stay meaningful.
 */
final class Watchdog {
    private static final long MAX_JITTER_NANOS = Duration.ofSeconds(2).toNanos();

    private final Connection connection;
    private final Scheduler scheduler;
    private final long twNanos;
    private final boolean jitter;
    private final int maxUnanswered;
    private final boolean enabled;
    private final List<WatchdogTransition> transitions = new CopyOnWriteArrayList<>();
    private volatile WatchdogState state = WatchdogState.OKAY;
    private boolean running;
    private boolean pending;
    private int unanswered;
    private int reopenAnswers;
    private long lastReceived;
    private long period;
    private long armedAt;
    private Scheduler.Timer timer;

    Watchdog(Connection connection, PeerConfig config, Scheduler scheduler) {
        this.connection = connection;
        this.scheduler = scheduler;
        this.twNanos = config.watchdogInterval().toNanos();
        this.jitter = config.watchdogJitter();
        this.maxUnanswered = config.unansweredWatchdogsBeforeDown();
        this.enabled = config.watchdogEnabled();
    }

    WatchdogState state() {
        return state;
    }

    List<WatchdogTransition> transitions() {
        return List.copyOf(transitions);
    }

    /** Starts watching (the connection is OPEN), in REOPEN for a reopened connection. */
    void start(boolean reopen) {
        long now = scheduler.nanoTime();
        lastReceived = now;
        WatchdogState initial = reopen ? WatchdogState.REOPEN : WatchdogState.OKAY;
        state = initial;
        transitions.add(new WatchdogTransition(initial, initial, now, scheduler.now(),
                reopen ? "connection reopened: three DWAs needed" : "connection open"));
        if (!enabled) {
            return;
        }
        running = true;
        if (reopen) {
            sendWatchdog();
        }
        arm();
    }

    void stop() {
        running = false;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Any message received on the connection. */
    void onReceive(DiameterMessage m, long receivedNanos) {
        if (!running) {
            return;
        }
        lastReceived = receivedNanos;
        boolean dwa = m.isAnswer() && m.commandCode() == BaseProtocol.DEVICE_WATCHDOG;
        if (dwa) {
            pending = false;
            unanswered = 0;
        }
        if (state == WatchdogState.SUSPECT) {
            transition(WatchdogState.OKAY, dwa ? "DWA received" : "traffic received");
        } else if (state == WatchdogState.REOPEN && dwa && ++reopenAnswers >= 3) {
            transition(WatchdogState.OKAY, "third DWA received after reopening");
        }
    }

    private void arm() {
        period = twNanos;
        if (jitter) {
            long span = Math.min(MAX_JITTER_NANOS, twNanos / 10);
            if (span > 0) {
                period += ThreadLocalRandom.current().nextLong(-span, span + 1);
            }
        }
        armedAt = scheduler.nanoTime();
        armFor(period);
    }

    private void armFor(long nanos) {
        timer = scheduler.schedule(connection.eventLoop(), Duration.ofNanos(nanos), this::onTimer);
    }

    private void onTimer() {
        if (!running) {
            return;
        }
        timer = null;
        long now = scheduler.nanoTime();
        switch (state) {
            case OKAY:
                if (!pending) {
                    long idle = now - lastReceived;
                    if (idle < period) {
                        armFor(period - idle); // traffic arrived: a DWR only after Tw of silence
                        return;
                    }
                    sendWatchdog();
                } else {
                    transition(WatchdogState.SUSPECT, "no DWA within Tw of DWR " + unanswered);
                    if (unanswered < maxUnanswered) {
                        sendWatchdog();
                    }
                }
                arm();
                break;
            case SUSPECT:
                if (unanswered < maxUnanswered) {
                    sendWatchdog();
                    arm();
                } else {
                    transition(WatchdogState.DOWN, unanswered + (unanswered == 1 ? " DWR" : " DWRs")
                            + " unanswered");
                    running = false;
                    connection.closeWithReason("watchdog DOWN: " + unanswered
                            + (unanswered == 1 ? " DWR" : " DWRs") + " unanswered (Tw " + Duration.ofNanos(twNanos)
                            + ")");
                }
                break;
            case REOPEN:
                if (pending) {
                    transition(WatchdogState.DOWN, "DWR unanswered while REOPEN");
                    running = false;
                    connection.closeWithReason("watchdog DOWN: DWR unanswered while REOPEN");
                } else {
                    sendWatchdog();
                    arm();
                }
                break;
            default:
                break;
        }
    }

    private void sendWatchdog() {
        pending = true;
        unanswered++;
        connection.sendInternal(connection.core().deviceWatchdogRequest(connection));
    }

    private void transition(WatchdogState to, String reason) {
        WatchdogState from = state;
        if (from == to) {
            return;
        }
        state = to;
        WatchdogTransition t = new WatchdogTransition(from, to, scheduler.nanoTime(), scheduler.now(), reason);
        transitions.add(t);
        connection.event(ConnectionEvent.Kind.WATCHDOG_STATE, from + " -> " + to + ": " + reason);
    }

    /** Marks the connection DOWN when it closes for another reason while watched. */
    void onClosed() {
        boolean wasRunning = running || !transitions.isEmpty();
        stop();
        if (wasRunning && state != WatchdogState.DOWN) {
            WatchdogState from = state;
            state = WatchdogState.DOWN;
            transitions.add(new WatchdogTransition(from, WatchdogState.DOWN, scheduler.nanoTime(), scheduler.now(),
                    "connection closed"));
        }
    }

    long armedAt() {
        return armedAt;
    }
}
