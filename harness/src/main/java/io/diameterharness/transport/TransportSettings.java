package io.diameterharness.transport;

import io.diameterharness.codec.MessageDecoder;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a peer reaches the network: protocol, local bind address and port, TLS, connect timeout and
 * the largest message accepted, and the write buffer water marks. Immutable; build with
 * {@link #builder()}. Defaults: TCP on {@code 127.0.0.1}, an ephemeral port, no TLS, a 5 s connect
 * timeout, 1 MiB messages, write buffer water marks of {@value #DEFAULT_WRITE_BUFFER_LOW_WATER_MARK}
 * and {@value #DEFAULT_WRITE_BUFFER_HIGH_WATER_MARK} bytes.
 */
public final class TransportSettings {
    /** Default low water mark of a connection's outbound buffer: reading resumes below it (64 KiB). */
    public static final int DEFAULT_WRITE_BUFFER_LOW_WATER_MARK = 64 * 1024;
    /** Default high water mark of a connection's outbound buffer: reading pauses above it (256 KiB). */
    public static final int DEFAULT_WRITE_BUFFER_HIGH_WATER_MARK = 256 * 1024;

    private final TransportProtocol protocol;
    private final InetAddress bindAddress;
    private final int port;
    private final TlsSettings tls;
    private final Duration connectTimeout;
    private final MessageDecoder.Options decoderOptions;
    private final int writeBufferLowWaterMark;
    private final int writeBufferHighWaterMark;

    private TransportSettings(Builder b) {
        this.protocol = b.protocol;
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.tls = b.tls;
        this.connectTimeout = b.connectTimeout;
        this.decoderOptions = b.decoderOptions;
        this.writeBufferLowWaterMark = b.writeBufferLowWaterMark;
        this.writeBufferHighWaterMark = b.writeBufferHighWaterMark;
    }

    /** The defaults: TCP, loopback, ephemeral port, no TLS. */
    public static TransportSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.protocol = protocol;
        b.bindAddress = bindAddress;
        b.port = port;
        b.tls = tls;
        b.connectTimeout = connectTimeout;
        b.decoderOptions = decoderOptions;
        b.writeBufferLowWaterMark = writeBufferLowWaterMark;
        b.writeBufferHighWaterMark = writeBufferHighWaterMark;
        return b;
    }

    /** TCP or SCTP. */
    public TransportProtocol protocol() {
        return protocol;
    }

    /** The local address a server listens on (a client binds to it too when it is not loopback-any). */
    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** The port a server listens on; 0 for an ephemeral one. */
    public int port() {
        return port;
    }

    /** The TLS settings, or {@code null} for plain TCP. */
    public TlsSettings tls() {
        return tls;
    }

    /** Whether TLS runs at connection start. */
    public boolean isTls() {
        return tls != null;
    }

    /** How long a client waits for the transport connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The codec options (largest message, reserved-bit strictness). */
    public MessageDecoder.Options decoderOptions() {
        return decoderOptions;
    }

    /** Below this many bytes pending in a connection's outbound buffer, a paused connection reads again. */
    public int writeBufferLowWaterMark() {
        return writeBufferLowWaterMark;
    }

    /**
     * Above this many bytes pending in a connection's outbound buffer (a peer that does not read its
     * answers), the connection stops reading until the buffer drains below the low water mark.
     */
    public int writeBufferHighWaterMark() {
        return writeBufferHighWaterMark;
    }

    @Override
    public String toString() {
        return protocol + (tls != null ? "+TLS" : "") + " " + bindAddress.getHostAddress() + ":" + port;
    }

    /** Builds {@link TransportSettings}. */
    public static final class Builder {
        private TransportProtocol protocol = TransportProtocol.TCP;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private TlsSettings tls;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private MessageDecoder.Options decoderOptions = MessageDecoder.DEFAULT_OPTIONS;
        private int writeBufferLowWaterMark = DEFAULT_WRITE_BUFFER_LOW_WATER_MARK;
        private int writeBufferHighWaterMark = DEFAULT_WRITE_BUFFER_HIGH_WATER_MARK;

        private Builder() {
        }

        /** TCP (default) or SCTP. */
        public Builder protocol(TransportProtocol p) {
            this.protocol = Objects.requireNonNull(p, "protocol");
            return this;
        }

        /** The local address to listen on, e.g. {@code ::1} for IPv6 loopback. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "bindAddress");
            return this;
        }

        /** The port to listen on, 0 (default) for an ephemeral one. */
        public Builder port(int p) {
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + p);
            }
            this.port = p;
            return this;
        }

        /** TLS at connection start, or {@code null} for none. */
        public Builder tls(TlsSettings settings) {
            this.tls = settings;
            return this;
        }

        /** How long a client waits for the transport connection (default 5 s). */
        public Builder connectTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("connectTimeout must be positive and below 24 days: " + timeout);
            }
            this.connectTimeout = timeout;
            return this;
        }

        /** The codec options; a larger message than their maximum is answered with 5015. */
        public Builder decoderOptions(MessageDecoder.Options options) {
            this.decoderOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The largest message accepted, in bytes (default 1 MiB); a longer Message Length closes the connection. */
        public Builder maxMessageSize(int bytes) {
            this.decoderOptions = decoderOptions.withMaxMessageSize(bytes);
            return this;
        }

        /**
         * The outbound buffer water marks of each connection (defaults
         * {@value #DEFAULT_WRITE_BUFFER_LOW_WATER_MARK} and {@value #DEFAULT_WRITE_BUFFER_HIGH_WATER_MARK}
         * bytes): above {@code high} pending bytes a server's connection stops reading requests, below
         * {@code low} it reads again, so a peer that never reads its answers cannot grow our memory.
         */
        public Builder writeBufferWaterMarks(int low, int high) {
            if (low < 1 || high < low) {
                throw new IllegalArgumentException("write buffer water marks need 1 <= low <= high: low " + low
                        + ", high " + high);
            }
            this.writeBufferLowWaterMark = low;
            this.writeBufferHighWaterMark = high;
            return this;
        }

        /** The immutable settings; SCTP with TLS is refused (DTLS/SCTP is out of scope). */
        public TransportSettings build() {
            if (protocol == TransportProtocol.SCTP && tls != null) {
                throw new IllegalArgumentException("TLS over SCTP is not offered: RFC 6733 uses DTLS/SCTP, "
                        + "which is out of scope; use TCP for TLS");
            }
            return new TransportSettings(this);
        }
    }
}
