package io.diameterharness.samples.sms;

import io.diameterharness.samples.sms.diameter.DiameterClientConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Configuration of the SMS charging service, read from plain properties. Immutable.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>Key</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@code ocs.primary}</td><td>primary OCS peer, {@code host:port} ({@code [v6]:port})</td><td>required</td></tr>
 *   <tr><td>{@code ocs.secondary}</td><td>secondary OCS peer, {@code host:port}</td><td>none</td></tr>
 *   <tr><td>{@code diameter.origin-host}</td><td>our Origin-Host</td><td>required</td></tr>
 *   <tr><td>{@code diameter.origin-realm}</td><td>our Origin-Realm</td><td>required</td></tr>
 *   <tr><td>{@code diameter.destination-realm}</td><td>Destination-Realm of CCRs</td><td>required</td></tr>
 *   <tr><td>{@code diameter.destination-host}</td><td>Destination-Host of CCRs</td><td>none (not sent)</td></tr>
 *   <tr><td>{@code diameter.host-ip-address}</td><td>Host-IP-Address in CER</td><td>each connection's local address</td></tr>
 *   <tr><td>{@code diameter.request-timeout-ms}</td><td>answer timeout per peer (Tx)</td><td>5000</td></tr>
 *   <tr><td>{@code diameter.watchdog-ms}</td><td>watchdog interval Tw (RFC 3539)</td><td>30000</td></tr>
 *   <tr><td>{@code diameter.cea-timeout-ms}</td><td>wait for CEA (and TCP connect)</td><td>5000</td></tr>
 *   <tr><td>{@code diameter.dpa-timeout-ms}</td><td>wait for DPA on shutdown</td><td>2000</td></tr>
 *   <tr><td>{@code diameter.reconnect-ms}</td><td>reconnect interval Tc</td><td>30000</td></tr>
 *   <tr><td>{@code diameter.vendor-id}</td><td>Vendor-Id in CER</td><td>0</td></tr>
 *   <tr><td>{@code diameter.product-name}</td><td>Product-Name in CER</td><td>sms-charging-sample</td></tr>
 *   <tr><td>{@code charging.timeout-fallback}</td><td>{@code ALLOW} or {@code DENY} when the OCS gives no answer</td><td>DENY</td></tr>
 *   <tr><td>{@code profile.url}</td><td>base URL of the profile service</td><td>required</td></tr>
 *   <tr><td>{@code profile.timeout-ms}</td><td>connect and response timeout of a lookup</td><td>2000</td></tr>
 * </table>
 *
 * @param diameter the Diameter client settings
 * @param profileUrl base URL of the profile service
 * @param profileTimeout timeout of one profile lookup
 * @param timeoutFallback what to do when the OCS gives no usable answer
 */
public record SmsChargingConfig(DiameterClientConfig diameter, URI profileUrl, Duration profileTimeout,
        TimeoutFallback timeoutFallback) {

    private static final Set<String> KEYS = Set.of("ocs.primary", "ocs.secondary", "diameter.origin-host",
            "diameter.origin-realm", "diameter.destination-realm", "diameter.destination-host",
            "diameter.host-ip-address", "diameter.request-timeout-ms", "diameter.watchdog-ms",
            "diameter.cea-timeout-ms", "diameter.dpa-timeout-ms", "diameter.reconnect-ms", "diameter.vendor-id",
            "diameter.product-name", "charging.timeout-fallback", "profile.url", "profile.timeout-ms");

    /** Checks that nothing is null and the timeout is positive. */
    public SmsChargingConfig {
        Objects.requireNonNull(diameter, "diameter");
        Objects.requireNonNull(profileUrl, "profileUrl");
        Objects.requireNonNull(timeoutFallback, "timeoutFallback");
        if (profileTimeout == null || profileTimeout.isZero() || profileTimeout.isNegative()) {
            throw new IllegalArgumentException("profile.timeout-ms must be positive, got " + profileTimeout);
        }
    }

    /**
     * Reads the configuration from properties (keys in the class description).
     *
     * @param p the properties
     * @return the configuration
     * @throws IllegalArgumentException naming the key, when a required key is missing, a value is
     *         invalid, or a key in the {@code ocs.}, {@code diameter.}, {@code charging.} or
     *         {@code profile.} namespaces is unknown (a typo)
     */
    public static SmsChargingConfig fromProperties(Properties p) {
        for (String key : p.stringPropertyNames()) {
            if ((key.startsWith("ocs.") || key.startsWith("diameter.") || key.startsWith("charging.")
                    || key.startsWith("profile.")) && !KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown configuration key '" + key + "'; known keys: "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        DiameterClientConfig.Builder d = DiameterClientConfig.builder()
                .primary(hostAndPort("ocs.primary", required(p, "ocs.primary")))
                .originHost(required(p, "diameter.origin-host"))
                .originRealm(required(p, "diameter.origin-realm"))
                .destinationRealm(required(p, "diameter.destination-realm"))
                .destinationHost(optional(p, "diameter.destination-host"));
        String secondary = optional(p, "ocs.secondary");
        if (secondary != null) {
            d.secondary(hostAndPort("ocs.secondary", secondary));
        }
        String hostIp = optional(p, "diameter.host-ip-address");
        if (hostIp != null) {
            d.hostIpAddress(ipAddress("diameter.host-ip-address", hostIp));
        }
        d.requestTimeout(millis(p, "diameter.request-timeout-ms", 5000))
                .watchdogInterval(millis(p, "diameter.watchdog-ms", 30_000))
                .ceaTimeout(millis(p, "diameter.cea-timeout-ms", 5000))
                .dpaTimeout(millis(p, "diameter.dpa-timeout-ms", 2000))
                .reconnectInterval(millis(p, "diameter.reconnect-ms", 30_000));
        String vendor = optional(p, "diameter.vendor-id");
        if (vendor != null) {
            d.vendorId(number("diameter.vendor-id", vendor));
        }
        String product = optional(p, "diameter.product-name");
        if (product != null) {
            d.productName(product);
        }
        DiameterClientConfig diameter;
        try {
            diameter = d.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid Diameter configuration: " + e.getMessage(), e);
        }
        String fallback = p.getProperty("charging.timeout-fallback", "DENY").trim();
        TimeoutFallback timeoutFallback;
        try {
            timeoutFallback = TimeoutFallback.valueOf(fallback.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("charging.timeout-fallback must be ALLOW or DENY, got '" + fallback
                    + "'", e);
        }
        String url = required(p, "profile.url");
        URI profileUrl;
        try {
            profileUrl = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("profile.url '" + url + "' is not a URI", e);
        }
        if (!"http".equals(profileUrl.getScheme()) && !"https".equals(profileUrl.getScheme())) {
            throw new IllegalArgumentException("profile.url '" + url + "' must be an http or https URL");
        }
        return new SmsChargingConfig(diameter, profileUrl, millis(p, "profile.timeout-ms", 2000), timeoutFallback);
    }

    private static String required(Properties p, String key) {
        String value = optional(p, key);
        if (value == null) {
            throw new IllegalArgumentException("configuration key '" + key + "' is required");
        }
        return value;
    }

    private static String optional(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + value + "'", e);
        }
    }

    private static Duration millis(Properties p, String key, long defaultMillis) {
        String value = optional(p, key);
        long ms = value == null ? defaultMillis : number(key, value);
        if (ms <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got " + ms);
        }
        return Duration.ofMillis(ms);
    }

    /** Parses {@code host:port} or {@code [ipv6]:port}; a host name stays unresolved until connect. */
    static InetSocketAddress hostAndPort(String key, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(key + " must be host:port, got '" + value + "'");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException(key + ": write an IPv6 address in brackets, [" + host + "]:port; got '"
                    + value + "'");
        }
        long port = number(key, value.substring(colon + 1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(key + " port must be 1 to 65535, got " + port);
        }
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return new InetSocketAddress(ipAddress(key, host), (int) port); // a literal: no DNS lookup
        }
        return InetSocketAddress.createUnresolved(host, (int) port);
    }

    private static InetAddress ipAddress(String key, String value) {
        if (!value.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException(key + " must be a literal IPv4 or IPv6 address, got '" + value + "'");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an IP address", e);
        }
    }
}
