package io.diameterharness.journal;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Which connection an entry belongs to: its id (unique in the JVM), both endpoints, our own
 * Origin-Host and the peer's once the capabilities exchange told us.
 *
 * @param connectionId  the connection's id, unique in this JVM
 * @param localAddress  our end of the connection
 * @param remoteAddress the other end
 * @param localHost     our Origin-Host
 * @param peerHost      the peer's Origin-Host, or {@code null} before CER/CEA
 */
public record ConnectionInfo(long connectionId, InetSocketAddress localAddress, InetSocketAddress remoteAddress,
                             String localHost, String peerHost) {
    /** Checks the required parts. */
    public ConnectionInfo {
        Objects.requireNonNull(localAddress, "localAddress");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(localHost, "localHost");
    }

    /** The peer's Origin-Host, once known. */
    public Optional<String> peer() {
        return Optional.ofNullable(peerHost);
    }

    /** This connection with the peer's Origin-Host set. */
    public ConnectionInfo withPeerHost(String host) {
        return new ConnectionInfo(connectionId, localAddress, remoteAddress, localHost, host);
    }

    /** {@code #3 127.0.0.1:3868 <-> 127.0.0.1:40312 (client.example)}. */
    @Override
    public String toString() {
        return "#" + connectionId + " " + format(localAddress) + " <-> " + format(remoteAddress)
                + (peerHost != null ? " (" + peerHost + ")" : "");
    }

    static String format(InetSocketAddress a) {
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
