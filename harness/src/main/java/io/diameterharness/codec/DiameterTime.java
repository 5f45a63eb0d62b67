package io.diameterharness.codec;

import java.time.Instant;

/**
 * The Diameter Time format (RFC 6733 section 4.3.1): the 32 high-order bits of an NTP timestamp,
 * seconds since 1900-01-01 UTC. The counter wraps on 2036-02-07 06:28:16 UTC; as the RFC says,
 * a value with the most significant bit clear is read as a time after the wrap (2036 to 2104).
 */
public final class DiameterTime {
    /** Seconds from 1900-01-01 to 1970-01-01. */
    public static final long NTP_TO_UNIX = 2_208_988_800L;
    /** The wrap point, 2036-02-07T06:28:16Z, in Unix seconds. */
    public static final long WRAP_UNIX = (1L << 32) - NTP_TO_UNIX;

    private DiameterTime() {
    }

    /** The NTP seconds field for an instant between 1968-01-20T03:14:08Z and 2104-02-26T09:42:23Z. */
    public static int toNtpSeconds(Instant t) {
        long unix = t.getEpochSecond();
        long ntp = unix + NTP_TO_UNIX;
        if (ntp < (1L << 31) || ntp >= (1L << 32) + (1L << 31)) {
            throw new IllegalArgumentException("Time " + t + " is outside the range Diameter Time can carry"
                    + " (1968-01-20T03:14:08Z to 2104-02-26T09:42:23Z)");
        }
        return (int) ntp;
    }

    /** The instant for an NTP seconds field, applying the 2036 wrap rule. */
    public static Instant toInstant(int ntpSeconds) {
        long ntp = Integer.toUnsignedLong(ntpSeconds);
        if ((ntp & 0x8000_0000L) == 0) {
            ntp += 1L << 32; // era 1: after 2036-02-07
        }
        return Instant.ofEpochSecond(ntp - NTP_TO_UNIX);
    }
}
