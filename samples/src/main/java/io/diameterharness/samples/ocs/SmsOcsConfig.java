package io.diameterharness.samples.ocs;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the {@link SmsOcs}: identity, where it listens, its timers and the subscribers'
 * opening balances. Immutable; build one with {@link #builder()}.
 *
 * @param originHost our Origin-Host
 * @param originRealm our Origin-Realm; requests for another Destination-Realm are answered 3003
 * @param bindAddress the address to listen on
 * @param port the port to listen on, 0 for an ephemeral one
 * @param watchdogInterval Tw: a DWR goes out after Tw without traffic, and the connection is closed
 *        when Tw passes again without an answer (RFC 3539)
 * @param cerTimeout how long a new connection may stay silent before its CER
 * @param balances opening balance of each subscriber (MSISDN to SMS units)
 */
public record SmsOcsConfig(String originHost, String originRealm, InetAddress bindAddress, int port,
        Duration watchdogInterval, Duration cerTimeout, Map<String, Long> balances) {

    /** Checks every value and freezes the balances. */
    public SmsOcsConfig {
        requireText("Origin-Host", originHost);
        requireText("Origin-Realm", originRealm);
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        requirePositive("watchdog interval Tw", watchdogInterval);
        requirePositive("CER timeout", cerTimeout);
        balances = Map.copyOf(balances);
        balances.forEach((msisdn, units) -> {
            if (!msisdn.matches("[0-9]{1,15}")) {
                throw new IllegalArgumentException("subscriber MSISDN '" + msisdn + "' is not 1 to 15 digits");
            }
            if (units < 0) {
                throw new IllegalArgumentException("balance of " + msisdn + " must not be negative, got " + units);
            }
        });
    }

    /** @return a builder with defaults: {@code ocs.example}, loopback, port 0, Tw 30 s, CER timeout 10 s */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }

    /** Builds a {@link SmsOcsConfig}; the only mutable part. */
    public static final class Builder {
        private String originHost = "ocs.ocs.example";
        private String originRealm = "ocs.example";
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private Duration watchdogInterval = Duration.ofSeconds(30);
        private Duration cerTimeout = Duration.ofSeconds(10);
        private final Map<String, Long> balances = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param host our Origin-Host @return this builder */
        public Builder originHost(String host) {
            this.originHost = host;
            return this;
        }

        /** @param realm our Origin-Realm @return this builder */
        public Builder originRealm(String realm) {
            this.originRealm = realm;
            return this;
        }

        /** @param address the address to listen on @return this builder */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /** @param p the port, 0 for an ephemeral one @return this builder */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** @param tw the watchdog interval Tw @return this builder */
        public Builder watchdogInterval(Duration tw) {
            this.watchdogInterval = tw;
            return this;
        }

        /** @param timeout how long a connection may stay silent before CER @return this builder */
        public Builder cerTimeout(Duration timeout) {
            this.cerTimeout = timeout;
            return this;
        }

        /**
         * @param msisdn a subscriber
         * @param units its opening balance in SMS
         * @return this builder
         */
        public Builder subscriber(String msisdn, long units) {
            balances.put(msisdn, units);
            return this;
        }

        /** @return the configuration */
        public SmsOcsConfig build() {
            return new SmsOcsConfig(originHost, originRealm, bindAddress, port, watchdogInterval, cerTimeout,
                    balances);
        }
    }
}
