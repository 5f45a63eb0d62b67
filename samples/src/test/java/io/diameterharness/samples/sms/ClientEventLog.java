package io.diameterharness.samples.sms;

import io.diameterharness.samples.sms.diameter.ClientEvent;
import io.diameterharness.samples.sms.diameter.DiameterClientListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Records what the application's Diameter client reports (peer state changes, requests sent, late
 * answers discarded), each with the time it happened, so that a test can wait for an event instead
 * of sleeping.
 */
final class ClientEventLog implements DiameterClientListener {

    /**
     * One event and when it was reported.
     *
     * @param event the event
     * @param nanoTime {@link System#nanoTime()} when the client reported it
     */
    record Timed<T extends ClientEvent>(T event, long nanoTime) {
    }

    private final List<Timed<ClientEvent>> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(ClientEvent event) {
        events.add(new Timed<>(event, System.nanoTime()));
        notifyAll();
    }

    /** Every event of this type so far, oldest first. */
    synchronized <T extends ClientEvent> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Timed<ClientEvent> t : events) {
            if (type.isInstance(t.event())) {
                out.add(type.cast(t.event()));
            }
        }
        return out;
    }

    /**
     * Waits for the first event of this type that matches (one reported before the call counts).
     *
     * @throws AssertionError when none comes in time, listing the events there were
     */
    synchronized <T extends ClientEvent> Timed<T> await(Class<T> type, Predicate<? super T> condition,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Timed<ClientEvent> t : events) {
                if (type.isInstance(t.event()) && condition.test(type.cast(t.event()))) {
                    return new Timed<>(type.cast(t.event()), t.nanoTime());
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within " + timeout.toMillis()
                        + " ms; the client reported:\n  " + String.join("\n  ", describe()));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Timed<ClientEvent> t : events) {
            out.add(t.event().toString());
        }
        return out;
    }
}
