package io.diameterharness.standalone;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the standalone server was asked to run, as read from the command line.
 *
 * @param port            Diameter TCP port (0 picks a free one)
 * @param bind            address the Diameter listeners bind to
 * @param tls             whether to listen for Diameter over TLS too
 * @param tlsPort         the TLS port
 * @param tlsCertificate  PEM certificate chain for TLS, or {@code null} for a generated self-signed one
 * @param tlsKey          PEM private key for TLS, or {@code null}
 * @param originHost      our Origin-Host
 * @param realm           our Origin-Realm
 * @param applications    applications announced in CEA, as names or numbers
 * @param watchdog        Tw, the watchdog interval (RFC 3539)
 * @param mappings        directory of JSON rule files loaded at start, or {@code null}
 * @param dictionaries    Wireshark-format dictionary XML files added to the built-in dictionary
 * @param adminPort       HTTP admin API port (0 picks a free one)
 * @param adminBind       address the admin API binds to
 * @param pcap            file every message is written to as it happens, or {@code null}
 * @param verbose         print every message as a tree instead of one line
 */
public record Settings(int port, InetAddress bind, boolean tls, int tlsPort, Path tlsCertificate, Path tlsKey,
                       String originHost, String realm, List<String> applications, Duration watchdog,
                       Path mappings, List<Path> dictionaries, int adminPort, InetAddress adminBind, Path pcap,
                       boolean verbose) {
    /** Checks the values. */
    public Settings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(originHost, "originHost");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(watchdog, "watchdog");
        Objects.requireNonNull(adminBind, "adminBind");
        applications = List.copyOf(applications);
        dictionaries = List.copyOf(dictionaries);
        requirePort("port", port);
        requirePort("tlsPort", tlsPort);
        requirePort("adminPort", adminPort);
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (watchdog.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("--watchdog must be at least 100ms: " + watchdog);
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be from 0 to 65535: " + port);
        }
    }
}
