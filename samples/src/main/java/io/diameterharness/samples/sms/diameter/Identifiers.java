package io.diameterharness.samples.sms.diameter;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hop-by-Hop and End-to-End Identifiers (RFC 6733 section 3) and Session-Ids (section 8.8) of one
 * client instance. Thread-safe.
 */
final class Identifiers {

    private final String originHost;
    private final long originStateId;
    private final AtomicInteger hopByHop;
    private final AtomicInteger endToEnd;
    private final AtomicLong sessionCounter = new AtomicLong();

    Identifiers(String originHost, long originStateId, long nowMillis) {
        this.originHost = originHost;
        this.originStateId = originStateId;
        SecureRandom random = new SecureRandom();
        this.hopByHop = new AtomicInteger(random.nextInt());
        // RFC 6733 section 3: high 12 bits from the low 12 bits of the current time, low 20 bits random.
        int seconds = (int) (nowMillis / 1000);
        this.endToEnd = new AtomicInteger((seconds & 0xFFF) << 20 | (random.nextInt() & 0xF_FFFF));
    }

    long originStateId() {
        return originStateId;
    }

    int nextHopByHop() {
        return hopByHop.getAndIncrement();
    }

    int nextEndToEnd() {
        return endToEnd.getAndIncrement();
    }

    /**
     * A new Session-Id {@code <Origin-Host>;<high 32 bits>;<low 32 bits>}: the high part is the
     * Origin-State-Id (this boot), the low part a counter, both decimal.
     */
    String nextSessionId() {
        long n = sessionCounter.getAndIncrement();
        long high = (originStateId + (n >>> 32)) & 0xFFFF_FFFFL;
        return originHost + ";" + high + ";" + (n & 0xFFFF_FFFFL);
    }
}
