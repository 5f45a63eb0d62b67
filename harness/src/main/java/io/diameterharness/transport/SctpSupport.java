package io.diameterharness.transport;

import java.util.Optional;

/**
 * Whether this JVM and kernel can open SCTP sockets. The JDK's SCTP channels need the kernel module
 * and {@code libsctp}; tests of the SCTP path skip with {@link #unavailableReason()} where either is
 * missing.
 */
public final class SctpSupport {
    private static final String REASON = probe();

    private SctpSupport() {
    }

    /** Whether SCTP sockets can be opened here. */
    public static boolean isAvailable() {
        return REASON == null;
    }

    /** Why SCTP is unavailable, or empty when it is available. */
    public static Optional<String> unavailableReason() {
        return Optional.ofNullable(REASON);
    }

    private static String probe() {
        try {
            com.sun.nio.sctp.SctpChannel.open().close();
            return null;
        } catch (UnsupportedOperationException e) {
            return "SCTP is not supported on this platform: " + e.getMessage();
        } catch (java.io.IOException e) {
            return "the kernel refused an SCTP socket (module sctp not loaded?): " + e.getMessage();
        } catch (LinkageError e) {
            return "the JDK cannot load libsctp (install lksctp-tools / libsctp1): " + e;
        }
    }
}
