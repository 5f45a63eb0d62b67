package io.diameterharness.samples.sms.diameter;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the Diameter client: the peers, this node's identity and the timers. Immutable; build
 * one with {@link #builder()}.
 *
 * @param primary the primary peer's address (host and port)
 * @param secondary the secondary peer's address, if any
 * @param originHost this node's Origin-Host (a DiameterIdentity)
 * @param originRealm this node's Origin-Realm
 * @param destinationRealm the Destination-Realm put in requests
 * @param destinationHost the Destination-Host put in requests, if any (dropped when a request fails
 *        over to the other peer)
 * @param hostIpAddress the Host-IP-Address for CER; when empty, the local address of each connection
 * @param requestTimeout how long to wait for an answer on one peer (Tx)
 * @param watchdogInterval the RFC 3539 watchdog interval Tw
 * @param ceaTimeout how long to wait for a CEA after sending CER (also the TCP connect timeout)
 * @param dpaTimeout how long to wait for a DPA before closing anyway
 * @param reconnectInterval how long to wait before reconnecting to a peer that went down (Tc)
 * @param vendorId the Vendor-Id of this product, sent in CER
 * @param productName the Product-Name sent in CER
 */
public record DiameterClientConfig(InetSocketAddress primary, Optional<InetSocketAddress> secondary,
        String originHost, String originRealm, String destinationRealm, Optional<String> destinationHost,
        Optional<InetAddress> hostIpAddress, Duration requestTimeout, Duration watchdogInterval, Duration ceaTimeout,
        Duration dpaTimeout, Duration reconnectInterval, long vendorId, String productName) {

    /** Checks every value. */
    public DiameterClientConfig {
        Objects.requireNonNull(primary, "primary peer address");
        Objects.requireNonNull(secondary, "secondary");
        requireIdentity("Origin-Host", originHost);
        requireIdentity("Origin-Realm", originRealm);
        requireIdentity("Destination-Realm", destinationRealm);
        Objects.requireNonNull(destinationHost, "destinationHost");
        destinationHost.ifPresent(h -> requireIdentity("Destination-Host", h));
        Objects.requireNonNull(hostIpAddress, "hostIpAddress");
        hostIpAddress.ifPresent(a -> {
            if (a.isAnyLocalAddress()) {
                throw new IllegalArgumentException("Host-IP-Address " + a.getHostAddress()
                        + " is the wildcard address; a peer cannot reach it");
            }
        });
        requirePositive("request timeout", requestTimeout);
        requirePositive("watchdog interval Tw", watchdogInterval);
        requirePositive("CEA timeout", ceaTimeout);
        requirePositive("DPA timeout", dpaTimeout);
        requirePositive("reconnect interval Tc", reconnectInterval);
        if (vendorId < 0 || vendorId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Vendor-Id " + vendorId + " is not an Unsigned32");
        }
        Objects.requireNonNull(productName, "productName");
    }

    /** @return a builder with the defaults described on each setter */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireIdentity(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-empty DiameterIdentity, got '" + value + "'");
        }
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }

    /** Builds a {@link DiameterClientConfig}; the only mutable type of this configuration. */
    public static final class Builder {
        private InetSocketAddress primary;
        private InetSocketAddress secondary;
        private String originHost;
        private String originRealm;
        private String destinationRealm;
        private String destinationHost;
        private InetAddress hostIpAddress;
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Duration watchdogInterval = Duration.ofSeconds(30);
        private Duration ceaTimeout = Duration.ofSeconds(5);
        private Duration dpaTimeout = Duration.ofSeconds(2);
        private Duration reconnectInterval = Duration.ofSeconds(30);
        private long vendorId = 0;
        private String productName = "sms-charging-sample";

        private Builder() {
        }

        /**
         * @param address the primary peer (required)
         * @return this builder
         */
        public Builder primary(InetSocketAddress address) {
            this.primary = address;
            return this;
        }

        /**
         * @param address the secondary peer, or null for none (the default)
         * @return this builder
         */
        public Builder secondary(InetSocketAddress address) {
            this.secondary = address;
            return this;
        }

        /**
         * @param host this node's Origin-Host (required)
         * @return this builder
         */
        public Builder originHost(String host) {
            this.originHost = host;
            return this;
        }

        /**
         * @param realm this node's Origin-Realm (required)
         * @return this builder
         */
        public Builder originRealm(String realm) {
            this.originRealm = realm;
            return this;
        }

        /**
         * @param realm the Destination-Realm of requests (required)
         * @return this builder
         */
        public Builder destinationRealm(String realm) {
            this.destinationRealm = realm;
            return this;
        }

        /**
         * @param host the Destination-Host of requests, or null for none (the default)
         * @return this builder
         */
        public Builder destinationHost(String host) {
            this.destinationHost = host;
            return this;
        }

        /**
         * @param address the Host-IP-Address to advertise, or null (the default) for each connection's local address
         * @return this builder
         */
        public Builder hostIpAddress(InetAddress address) {
            this.hostIpAddress = address;
            return this;
        }

        /**
         * @param timeout answer timeout per peer (Tx), default 5 s
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * @param interval watchdog interval Tw, default 30 s (RFC 3539)
         * @return this builder
         */
        public Builder watchdogInterval(Duration interval) {
            this.watchdogInterval = interval;
            return this;
        }

        /**
         * @param timeout CEA (and TCP connect) timeout, default 5 s
         * @return this builder
         */
        public Builder ceaTimeout(Duration timeout) {
            this.ceaTimeout = timeout;
            return this;
        }

        /**
         * @param timeout DPA timeout, default 2 s
         * @return this builder
         */
        public Builder dpaTimeout(Duration timeout) {
            this.dpaTimeout = timeout;
            return this;
        }

        /**
         * @param interval reconnect interval Tc, default 30 s (RFC 6733 section 2.1)
         * @return this builder
         */
        public Builder reconnectInterval(Duration interval) {
            this.reconnectInterval = interval;
            return this;
        }

        /**
         * @param id the Vendor-Id sent in CER, default 0
         * @return this builder
         */
        public Builder vendorId(long id) {
            this.vendorId = id;
            return this;
        }

        /**
         * @param name the Product-Name sent in CER, default {@code sms-charging-sample}
         * @return this builder
         */
        public Builder productName(String name) {
            this.productName = name;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException if a value is missing or invalid
         */
        public DiameterClientConfig build() {
            return new DiameterClientConfig(primary, Optional.ofNullable(secondary), originHost, originRealm,
                    destinationRealm, Optional.ofNullable(destinationHost), Optional.ofNullable(hostIpAddress),
                    requestTimeout, watchdogInterval, ceaTimeout, dpaTimeout, reconnectInterval, vendorId,
                    productName);
        }
    }
}
