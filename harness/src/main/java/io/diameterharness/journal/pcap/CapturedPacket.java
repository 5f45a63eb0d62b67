package io.diameterharness.journal.pcap;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * One Diameter message as it crossed a connection, ready for a pcap file: when, from where, to where,
 * and the exact bytes (a whole message, or any bytes a test sent raw).
 *
 * @param time          when the message was sent or received
 * @param source        the sender's address and port
 * @param destination   the receiver's address and port
 * @param diameterBytes the bytes on the wire (copied in and out; never changed)
 */
public record CapturedPacket(Instant time, InetSocketAddress source, InetSocketAddress destination,
                             byte[] diameterBytes) {
    /** Checks the values and copies the bytes. */
    public CapturedPacket {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(diameterBytes, "diameterBytes");
        if (source.getAddress() == null || destination.getAddress() == null) {
            throw new IllegalArgumentException("source and destination must be resolved addresses: "
                    + source + " -> " + destination);
        }
        if ((source.getAddress().getAddress().length) != (destination.getAddress().getAddress().length)) {
            throw new IllegalArgumentException("source and destination must both be IPv4 or both IPv6: "
                    + source + " -> " + destination);
        }
        diameterBytes = diameterBytes.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] diameterBytes() {
        return diameterBytes.clone();
    }

    /** The number of bytes, without copying them. */
    public int length() {
        return diameterBytes.length;
    }

    byte[] bytesNoCopy() {
        return diameterBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedPacket p && time.equals(p.time) && source.equals(p.source)
                && destination.equals(p.destination) && java.util.Arrays.equals(diameterBytes, p.diameterBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, source, destination, java.util.Arrays.hashCode(diameterBytes));
    }

    @Override
    public String toString() {
        return "CapturedPacket[" + time + " " + source + " -> " + destination + ", " + diameterBytes.length
                + " bytes]";
    }
}
