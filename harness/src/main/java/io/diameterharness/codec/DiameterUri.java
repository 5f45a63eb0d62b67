package io.diameterharness.codec;

import java.util.Locale;
import java.util.Objects;

/**
 * A DiameterURI (RFC 6733 section 4.3.1):
 * {@code "aaa://" FQDN [ ":" port ] [ ";transport=" tcp|sctp|udp ] [ ";protocol=" diameter|radius|tacacs+ ]},
 * or {@code aaas://} for a secure transport, parameters in that order and each at most once. Absent
 * parts take the RFC 6733 defaults: port 3868 for {@code aaa} and 5658 for {@code aaas}, transport TCP,
 * protocol Diameter; UDP with the Diameter protocol is rejected ("UDP MUST NOT be used when the
 * aaa-protocol field is set to diameter"). {@link #toString()} gives the text back as parsed.
 */
public final class DiameterUri {
    private final boolean secure;
    private final String fqdn;
    private final int port;
    private final boolean portGiven;
    private final String transport;
    private final String protocol;

    private DiameterUri(boolean secure, String fqdn, int port, boolean portGiven, String transport, String protocol) {
        this.secure = secure;
        this.fqdn = fqdn;
        this.port = port;
        this.portGiven = portGiven;
        this.transport = transport;
        this.protocol = protocol;
    }

    /** An {@code aaa://fqdn:port} URI with no transport or protocol parameter. */
    public static DiameterUri of(String fqdn, int port) {
        return parse("aaa://" + fqdn + ":" + port);
    }

    /** Parses a DiameterURI; fails with {@link IllegalArgumentException} naming what is wrong. */
    public static DiameterUri parse(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        boolean secure;
        String rest;
        if (lower.startsWith("aaa://")) {
            secure = false;
            rest = text.substring(6);
        } else if (lower.startsWith("aaas://")) {
            secure = true;
            rest = text.substring(7);
        } else {
            throw new IllegalArgumentException("DiameterURI must start with aaa:// or aaas://: " + text);
        }
        String[] parts = rest.split(";", -1);
        String authority = parts[0];
        String host = authority;
        int port = secure ? 5658 : 3868;
        boolean portGiven = false;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            String p = authority.substring(colon + 1);
            if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) > 65535) {
                throw new IllegalArgumentException("DiameterURI port is not a number 0..65535: " + p);
            }
            port = Integer.parseInt(p);
            portGiven = true;
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("DiameterURI has no FQDN: " + text);
        }
        if (!host.matches("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")) {
            throw new IllegalArgumentException("DiameterURI FQDN may hold only letters, digits, '.', '-' and '_': "
                    + host);
        }
        String transport = null;
        String protocol = null;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i];
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1).toLowerCase(Locale.ROOT);
            if (name.equals("transport")) {
                if (transport != null || protocol != null) {
                    throw new IllegalArgumentException(
                            "DiameterURI transport must come once, before protocol: " + text);
                }
                if (!value.equals("tcp") && !value.equals("sctp") && !value.equals("udp")) {
                    throw new IllegalArgumentException("DiameterURI transport must be tcp, sctp or udp: " + value);
                }
                transport = value;
            } else if (name.equals("protocol")) {
                if (protocol != null) {
                    throw new IllegalArgumentException("DiameterURI protocol must come at most once: " + text);
                }
                if (!value.equals("diameter") && !value.equals("radius") && !value.equals("tacacs+")) {
                    throw new IllegalArgumentException(
                            "DiameterURI protocol must be diameter, radius or tacacs+: " + value);
                }
                protocol = value;
            } else {
                throw new IllegalArgumentException("DiameterURI has an unknown parameter: " + param);
            }
        }
        if ("udp".equals(transport) && (protocol == null || protocol.equals("diameter"))) {
            throw new IllegalArgumentException("DiameterURI must not use transport=udp with the Diameter protocol"
                    + " (RFC 6733 section 4.3.1): " + text);
        }
        return new DiameterUri(secure, host, port, portGiven, transport, protocol);
    }

    /** Whether the scheme is {@code aaas} (TLS/DTLS). */
    public boolean isSecure() {
        return secure;
    }

    /** The host's FQDN. */
    public String fqdn() {
        return fqdn;
    }

    /** The port, or the scheme's default (3868 / 5658) when none is given. */
    public int port() {
        return port;
    }

    /** The transport parameter ({@code tcp}, {@code sctp}, {@code udp}) or {@code null} when absent. */
    public String transport() {
        return transport;
    }

    /** The transport to use: the parameter, or {@code tcp} when absent (RFC 6733 default). */
    public String effectiveTransport() {
        return transport == null ? "tcp" : transport;
    }

    /** The protocol parameter ({@code diameter}, ...) or {@code null} when absent. */
    public String protocol() {
        return protocol;
    }

    /** The AAA protocol: the parameter, or {@code diameter} when absent (RFC 6733 default). */
    public String effectiveProtocol() {
        return protocol == null ? "diameter" : protocol;
    }

    /** Whether the port was written in the URI (otherwise {@link #port()} is the scheme default). */
    public boolean hasExplicitPort() {
        return portGiven;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiameterUri && toString().equalsIgnoreCase(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(secure ? "aaas://" : "aaa://").append(fqdn);
        if (portGiven) {
            sb.append(':').append(port);
        }
        if (transport != null) {
            sb.append(";transport=").append(transport);
        }
        if (protocol != null) {
            sb.append(";protocol=").append(protocol);
        }
        return sb.toString();
    }
}
