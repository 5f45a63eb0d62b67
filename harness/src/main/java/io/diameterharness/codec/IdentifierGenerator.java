package io.diameterharness.codec;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hop-by-Hop and End-to-End identifiers as RFC 6733 section 3 describes. The End-to-End
 * identifier's high 12 bits are the low 12 bits of the current time in seconds and the low 20 bits
 * a sequence starting at a random value; the Hop-by-Hop identifier is a sequence starting at a
 * random value. Thread-safe.
 */
public final class IdentifierGenerator {
    private final Clock clock;
    private final AtomicInteger hopByHop;
    private final AtomicInteger endToEnd;

    /** A generator on the system clock with random starting points. */
    public IdentifierGenerator() {
        this(Clock.systemUTC(), ThreadLocalRandom.current().nextInt(), ThreadLocalRandom.current().nextInt());
    }

    /** A generator with a given clock and starting points (for deterministic tests). */
    public IdentifierGenerator(Clock clock, int hopByHopStart, int endToEndStart) {
        this.clock = clock;
        this.hopByHop = new AtomicInteger(hopByHopStart);
        this.endToEnd = new AtomicInteger(endToEndStart);
    }

    /** The next Hop-by-Hop identifier. */
    public int nextHopByHopId() {
        return hopByHop.getAndIncrement();
    }

    /** The next End-to-End identifier: clock seconds in the high 12 bits, a sequence in the low 20. */
    public int nextEndToEndId() {
        int seconds = (int) (clock.millis() / 1000);
        return (seconds << 20) | (endToEnd.getAndIncrement() & 0xFFFFF);
    }
}
