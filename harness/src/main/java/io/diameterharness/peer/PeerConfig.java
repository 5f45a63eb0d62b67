package io.diameterharness.peer;

import io.diameterharness.journal.Journal;
import io.diameterharness.transport.TlsSettings;
import io.diameterharness.transport.TransportProtocol;
import io.diameterharness.transport.TransportSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything a peer is configured with: identity and capabilities for CER/CEA, transport, watchdog,
 * timeouts, policies, the request handler, the scheduler and the journal size. Immutable; build with
 * {@link #builder()}, edit a copy with {@link #toBuilder()}.
 *
 * <p>Defaults: Origin-Realm {@code harness.test}, Origin-Host {@code peerN.harness.test}, Vendor-Id 0,
 * Product-Name {@code Diameter Harness}, no applications (add some: CER needs one in common, or the
 * relay id), Host-IP-Address from the socket's real local address, Origin-State-Id increasing with
 * every start, Tw 30 s with jitter, RFC 3539 failure detection, CEA timeout 10 s, CER timeout 30 s,
 * routing checks on, duplicate Origin-Host replaces the old connection, journal of
 * {@value Journal#DEFAULT_CAPACITY} entries, real clock, {@link RequestHandler#DEFAULT}.
 *
 * <p>Limits that keep a peer's memory bounded against a misbehaving remote side, each recorded in
 * the journal as a {@link io.diameterharness.journal.ConnectionEvent.Kind#LIMIT} event when it trips:
 * {@link Builder#maxMessageSize(int)} (1 MiB), {@link Builder#cerTimeout(Duration)} (30 s) and
 * {@link Builder#writeBufferWaterMarks(int, int)} (64 KiB / 256 KiB).
 */
public final class PeerConfig {
    private static final AtomicInteger DEFAULT_HOSTS = new AtomicInteger();

    private final String originHost;
    private final String originRealm;
    private final List<InetAddress> hostIpAddresses;
    private final long vendorId;
    private final String productName;
    private final Long firmwareRevision;
    private final Long originStateId;
    private final List<Long> supportedVendorIds;
    private final List<Long> authApplicationIds;
    private final List<Long> acctApplicationIds;
    private final List<VendorSpecificApplicationId> vendorSpecificApplicationIds;
    private final List<Long> inbandSecurityIds;
    private final Set<String> allowedPeers;
    private final DuplicatePeerPolicy duplicatePeerPolicy;
    private final Duration watchdogInterval;
    private final boolean watchdogJitter;
    private final int unansweredWatchdogsBeforeDown;
    private final boolean watchdogEnabled;
    private final Duration ceaTimeout;
    private final Duration cerTimeout;
    private final boolean routingChecks;
    private final Duration reconnectDelay;
    private final TransportSettings transport;
    private final RequestHandler requestHandler;
    private final Scheduler scheduler;
    private final int journalCapacity;

    private PeerConfig(Builder b) {
        this.originRealm = b.originRealm;
        this.originHost = b.originHost != null ? b.originHost
                : "peer" + DEFAULT_HOSTS.incrementAndGet() + "." + b.originRealm;
        this.hostIpAddresses = List.copyOf(b.hostIpAddresses);
        this.vendorId = b.vendorId;
        this.productName = b.productName;
        this.firmwareRevision = b.firmwareRevision;
        this.originStateId = b.originStateId;
        this.supportedVendorIds = List.copyOf(b.supportedVendorIds);
        this.authApplicationIds = List.copyOf(b.authApplicationIds);
        this.acctApplicationIds = List.copyOf(b.acctApplicationIds);
        this.vendorSpecificApplicationIds = List.copyOf(b.vendorSpecificApplicationIds);
        this.inbandSecurityIds = List.copyOf(b.inbandSecurityIds);
        this.allowedPeers = Set.copyOf(b.allowedPeers);
        this.duplicatePeerPolicy = b.duplicatePeerPolicy;
        this.watchdogInterval = b.watchdogInterval;
        this.watchdogJitter = b.watchdogJitter;
        this.unansweredWatchdogsBeforeDown = b.unansweredWatchdogsBeforeDown;
        this.watchdogEnabled = b.watchdogEnabled;
        this.ceaTimeout = b.ceaTimeout;
        this.cerTimeout = b.cerTimeout;
        this.routingChecks = b.routingChecks;
        this.reconnectDelay = b.reconnectDelay;
        this.transport = b.transport.build();
        this.requestHandler = b.requestHandler;
        this.scheduler = b.scheduler;
        this.journalCapacity = b.journalCapacity;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.originHost = originHost;
        b.originRealm = originRealm;
        b.hostIpAddresses.addAll(hostIpAddresses);
        b.vendorId = vendorId;
        b.productName = productName;
        b.firmwareRevision = firmwareRevision;
        b.originStateId = originStateId;
        b.supportedVendorIds.addAll(supportedVendorIds);
        b.authApplicationIds.addAll(authApplicationIds);
        b.acctApplicationIds.addAll(acctApplicationIds);
        b.vendorSpecificApplicationIds.addAll(vendorSpecificApplicationIds);
        b.inbandSecurityIds.addAll(inbandSecurityIds);
        b.allowedPeers.addAll(allowedPeers);
        b.duplicatePeerPolicy = duplicatePeerPolicy;
        b.watchdogInterval = watchdogInterval;
        b.watchdogJitter = watchdogJitter;
        b.unansweredWatchdogsBeforeDown = unansweredWatchdogsBeforeDown;
        b.watchdogEnabled = watchdogEnabled;
        b.ceaTimeout = ceaTimeout;
        b.cerTimeout = cerTimeout;
        b.routingChecks = routingChecks;
        b.reconnectDelay = reconnectDelay;
        b.transport = transport.toBuilder();
        b.requestHandler = requestHandler;
        b.scheduler = scheduler;
        b.journalCapacity = journalCapacity;
        return b;
    }

    /** Our Origin-Host. */
    public String originHost() {
        return originHost;
    }

    /** Our Origin-Realm. */
    public String originRealm() {
        return originRealm;
    }

    /** Host-IP-Address values to advertise; empty means the socket's real local address. */
    public List<InetAddress> hostIpAddresses() {
        return hostIpAddresses;
    }

    /** Our Vendor-Id. */
    public long vendorId() {
        return vendorId;
    }

    /** Our Product-Name. */
    public String productName() {
        return productName;
    }

    /** Our Firmware-Revision, if advertised. */
    public java.util.Optional<Long> firmwareRevision() {
        return java.util.Optional.ofNullable(firmwareRevision);
    }

    /** A fixed first Origin-State-Id, if configured (restarts increase it); otherwise derived from time. */
    public java.util.Optional<Long> originStateId() {
        return java.util.Optional.ofNullable(originStateId);
    }

    /** Supported-Vendor-Id values. */
    public List<Long> supportedVendorIds() {
        return supportedVendorIds;
    }

    /** Auth-Application-Id values. */
    public List<Long> authApplicationIds() {
        return authApplicationIds;
    }

    /** Acct-Application-Id values. */
    public List<Long> acctApplicationIds() {
        return acctApplicationIds;
    }

    /** Vendor-Specific-Application-Id values. */
    public List<VendorSpecificApplicationId> vendorSpecificApplicationIds() {
        return vendorSpecificApplicationIds;
    }

    /** Inband-Security-Id values (none by default: TLS, if any, runs at connection start). */
    public List<Long> inbandSecurityIds() {
        return inbandSecurityIds;
    }

    /** Origin-Hosts allowed to connect (lower case); empty means anyone. */
    public Set<String> allowedPeers() {
        return allowedPeers;
    }

    /** What a server does with a second connection from the same Origin-Host. */
    public DuplicatePeerPolicy duplicatePeerPolicy() {
        return duplicatePeerPolicy;
    }

    /** Tw, the watchdog interval (RFC 3539 Twinit). */
    public Duration watchdogInterval() {
        return watchdogInterval;
    }

    /** Whether Tw is jittered as RFC 3539 asks. */
    public boolean watchdogJitter() {
        return watchdogJitter;
    }

    /** How many DWRs go unanswered before the connection is DOWN (1 is RFC 3539). */
    public int unansweredWatchdogsBeforeDown() {
        return unansweredWatchdogsBeforeDown;
    }

    /** Whether this peer sends DWRs at all. */
    public boolean watchdogEnabled() {
        return watchdogEnabled;
    }

    /** How long a client waits for CEA after the connection is established. */
    public Duration ceaTimeout() {
        return ceaTimeout;
    }

    /** How long a server waits for the CER of a connection it accepted before closing it. */
    public Duration cerTimeout() {
        return cerTimeout;
    }

    /** Whether Destination-Realm and Destination-Host are checked (3003, 3002). */
    public boolean routingChecks() {
        return routingChecks;
    }

    /** How long a client peer waits before reconnecting a lost connection, if it reconnects at all. */
    public java.util.Optional<Duration> reconnectDelay() {
        return java.util.Optional.ofNullable(reconnectDelay);
    }

    /** Transport settings. */
    public TransportSettings transport() {
        return transport;
    }

    /** The hook every inbound request passes through. */
    public RequestHandler requestHandler() {
        return requestHandler;
    }

    /** The clock and timers. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The journal capacity; 0 means the journal is off. */
    public int journalCapacity() {
        return journalCapacity;
    }

    /** Whether an application id is one we support (relay counts as supporting everything). */
    boolean supportsApplication(long id) {
        return authApplicationIds.contains(id) || acctApplicationIds.contains(id)
                || authApplicationIds.contains(BaseProtocol.RELAY_APPLICATION)
                || acctApplicationIds.contains(BaseProtocol.RELAY_APPLICATION)
                || vendorSpecificApplicationIds.stream().anyMatch(v -> v.applicationId() == id);
    }

    @Override
    public String toString() {
        return "PeerConfig[" + originHost + " / " + originRealm + ", " + transport + ", auth apps "
                + authApplicationIds + ", acct apps " + acctApplicationIds + ", vsa " + vendorSpecificApplicationIds
                + ", Tw " + watchdogInterval + "]";
    }

    /** Builds a {@link PeerConfig}. */
    public static final class Builder {
        private String originHost;
        private String originRealm = "harness.test";
        private final List<InetAddress> hostIpAddresses = new ArrayList<>();
        private long vendorId;
        private String productName = "Diameter Harness";
        private Long firmwareRevision;
        private Long originStateId;
        private final List<Long> supportedVendorIds = new ArrayList<>();
        private final List<Long> authApplicationIds = new ArrayList<>();
        private final List<Long> acctApplicationIds = new ArrayList<>();
        private final List<VendorSpecificApplicationId> vendorSpecificApplicationIds = new ArrayList<>();
        private final List<Long> inbandSecurityIds = new ArrayList<>();
        private final Set<String> allowedPeers = new LinkedHashSet<>();
        private DuplicatePeerPolicy duplicatePeerPolicy = DuplicatePeerPolicy.REPLACE_OLD;
        private Duration watchdogInterval = Duration.ofSeconds(30);
        private boolean watchdogJitter = true;
        private int unansweredWatchdogsBeforeDown = 1;
        private boolean watchdogEnabled = true;
        private Duration ceaTimeout = Duration.ofSeconds(10);
        private Duration cerTimeout = Duration.ofSeconds(30);
        private boolean routingChecks = true;
        private Duration reconnectDelay;
        private TransportSettings.Builder transport = TransportSettings.builder();
        private RequestHandler requestHandler = RequestHandler.DEFAULT;
        private Scheduler scheduler = Scheduler.system();
        private int journalCapacity = Journal.DEFAULT_CAPACITY;

        private Builder() {
        }

        /** Our Origin-Host, a DiameterIdentity such as {@code ocs.example.net}. */
        public Builder originHost(String host) {
            this.originHost = identity(host, "originHost");
            return this;
        }

        /** Our Origin-Realm, e.g. {@code example.net}. */
        public Builder originRealm(String realm) {
            this.originRealm = identity(realm, "originRealm");
            return this;
        }

        /** Host-IP-Address values to advertise instead of the socket's local address; unspecified addresses are refused. */
        public Builder hostIpAddresses(InetAddress... addresses) {
            hostIpAddresses.clear();
            for (InetAddress a : addresses) {
                if (a.isAnyLocalAddress()) {
                    throw new IllegalArgumentException("Host-IP-Address must be a real address, not "
                            + a.getHostAddress() + " (leave it unset to use the socket's local address)");
                }
                hostIpAddresses.add(a);
            }
            return this;
        }

        /** Our Vendor-Id (default 0). */
        public Builder vendorId(long id) {
            this.vendorId = unsigned32(id, "vendorId");
            return this;
        }

        /** Our Product-Name. */
        public Builder productName(String name) {
            this.productName = Objects.requireNonNull(name, "productName");
            return this;
        }

        /** Our Firmware-Revision (not sent unless set). */
        public Builder firmwareRevision(long revision) {
            this.firmwareRevision = unsigned32(revision, "firmwareRevision");
            return this;
        }

        /** The first Origin-State-Id; each restart adds one (default: derived from the time, increasing). */
        public Builder originStateId(long id) {
            this.originStateId = unsigned32(id, "originStateId");
            return this;
        }

        /** Adds Supported-Vendor-Id values. */
        public Builder supportedVendorIds(long... ids) {
            for (long id : ids) {
                supportedVendorIds.add(unsigned32(id, "Supported-Vendor-Id"));
            }
            return this;
        }

        /** Adds Auth-Application-Id values (0xffffffff is the relay application). */
        public Builder authApplicationIds(long... ids) {
            for (long id : ids) {
                authApplicationIds.add(unsigned32(id, "Auth-Application-Id"));
            }
            return this;
        }

        /** Adds Acct-Application-Id values. */
        public Builder acctApplicationIds(long... ids) {
            for (long id : ids) {
                acctApplicationIds.add(unsigned32(id, "Acct-Application-Id"));
            }
            return this;
        }

        /** Adds Vendor-Specific-Application-Id values. */
        public Builder vendorSpecificApplicationIds(VendorSpecificApplicationId... ids) {
            vendorSpecificApplicationIds.addAll(List.of(ids));
            return this;
        }

        /** Adds Inband-Security-Id values (0 NO_INBAND_SECURITY, 1 TLS). */
        public Builder inbandSecurityIds(long... ids) {
            for (long id : ids) {
                inbandSecurityIds.add(unsigned32(id, "Inband-Security-Id"));
            }
            return this;
        }

        /** Only these Origin-Hosts may connect; others get 3010 DIAMETER_UNKNOWN_PEER. */
        public Builder allowedPeers(String... hosts) {
            for (String h : hosts) {
                allowedPeers.add(identity(h, "allowed peer").toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** What a server does with a CER whose Origin-Host already has a connection. */
        public Builder duplicatePeerPolicy(DuplicatePeerPolicy policy) {
            this.duplicatePeerPolicy = Objects.requireNonNull(policy, "duplicatePeerPolicy");
            return this;
        }

        /** Tw (default 30 s; milliseconds are allowed so tests run fast). */
        public Builder watchdogInterval(Duration tw) {
            if (tw.isNegative() || tw.isZero()) {
                throw new IllegalArgumentException("watchdogInterval must be positive: " + tw);
            }
            this.watchdogInterval = tw;
            return this;
        }

        /** Whether Tw is jittered (default on; RFC 3539 asks for it). */
        public Builder watchdogJitter(boolean on) {
            this.watchdogJitter = on;
            return this;
        }

        /**
         * How many DWRs may go unanswered before the connection is declared DOWN. 1 (default) is
         * RFC 3539: one DWR, SUSPECT after Tw, DOWN after 2·Tw. 3 is the "three DWRs including the
         * first" practice: a new DWR every Tw while SUSPECT, DOWN Tw after the third.
         */
        public Builder unansweredWatchdogsBeforeDown(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("unansweredWatchdogsBeforeDown must be at least 1: " + n);
            }
            this.unansweredWatchdogsBeforeDown = n;
            return this;
        }

        /** Whether this peer sends DWRs (default on); it always answers them. */
        public Builder watchdogEnabled(boolean on) {
            this.watchdogEnabled = on;
            return this;
        }

        /** How long a client waits for CEA, measured from connection establishment (default 10 s). */
        public Builder ceaTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("ceaTimeout must be positive: " + timeout);
            }
            this.ceaTimeout = timeout;
            return this;
        }

        /**
         * How long a server waits for the CER after accepting a connection (default 30 s); a connection
         * that sends no CER in time (a port scanner, a stalled half message) is closed, and the journal
         * records a {@code LIMIT} event with the reason.
         */
        public Builder cerTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("cerTimeout must be positive: " + timeout);
            }
            this.cerTimeout = timeout;
            return this;
        }

        /**
         * The largest message accepted, in bytes (default 1 MiB, at least 20, at most 16777215). A
         * longer Message Length cannot be framed safely: the connection is closed and the journal
         * records a {@code LIMIT} event.
         */
        public Builder maxMessageSize(int bytes) {
            transport.maxMessageSize(bytes);
            return this;
        }

        /**
         * Outbound buffer water marks of each connection, in bytes (defaults 64 KiB and 256 KiB). When
         * more than {@code high} bytes wait to be written on a connection a server accepted (the remote
         * side does not read its answers), the connection stops reading until fewer than {@code low}
         * wait: back-pressure instead of growing memory. Both changes are journal {@code LIMIT} events.
         * A client peer's connections never pause (their own user decides how much to send).
         */
        public Builder writeBufferWaterMarks(int low, int high) {
            transport.writeBufferWaterMarks(low, high);
            return this;
        }

        /** Whether Destination-Realm / Destination-Host are checked (default on). */
        public Builder routingChecks(boolean on) {
            this.routingChecks = on;
            return this;
        }

        /**
         * Makes a client peer reconnect (and redo CER/CEA) this long after its connection is lost:
         * watchdog DOWN, closed or reset by the server, a DPR with Disconnect-Cause REBOOTING or BUSY.
         * The new connection's watchdog starts in REOPEN (RFC 3539 section 3.4.1). Off by default.
         * No reconnection follows DO_NOT_WANT_TO_TALK_TO_YOU (RFC 6733 section 5.4.3) or a close
         * this side asked for.
         */
        public Builder reconnectDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("reconnectDelay must not be negative: " + delay);
            }
            this.reconnectDelay = delay;
            return this;
        }

        /** All transport settings at once. */
        public Builder transport(TransportSettings settings) {
            this.transport = settings.toBuilder();
            return this;
        }

        /** The local address to listen on (default 127.0.0.1; {@code ::1} for IPv6). */
        public Builder bindAddress(InetAddress address) {
            transport.bindAddress(address);
            return this;
        }

        /** The port to listen on (default 0: ephemeral). */
        public Builder port(int port) {
            transport.port(port);
            return this;
        }

        /** TLS at connection start. */
        public Builder tls(TlsSettings tls) {
            transport.tls(tls);
            return this;
        }

        /** TCP or SCTP. */
        public Builder protocol(TransportProtocol protocol) {
            transport.protocol(protocol);
            return this;
        }

        /** How long a client waits for the transport connection. */
        public Builder connectTimeout(Duration timeout) {
            transport.connectTimeout(timeout);
            return this;
        }

        /** The hook every inbound request passes through (default {@link RequestHandler#DEFAULT}). */
        public Builder requestHandler(RequestHandler handler) {
            this.requestHandler = Objects.requireNonNull(handler, "requestHandler");
            return this;
        }

        /** The clock and timers (default the real clock; {@link ManualScheduler} in tests). */
        public Builder scheduler(Scheduler s) {
            this.scheduler = Objects.requireNonNull(s, "scheduler");
            return this;
        }

        /** How many journal entries are kept (default {@value Journal#DEFAULT_CAPACITY}); 0 turns the journal off. */
        public Builder journalCapacity(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("journalCapacity must not be negative: " + capacity);
            }
            this.journalCapacity = capacity;
            return this;
        }

        /** The immutable configuration. */
        public PeerConfig build() {
            return new PeerConfig(this);
        }

        private static String identity(String v, String what) {
            Objects.requireNonNull(v, what);
            if (v.isEmpty() || !v.chars().allMatch(c -> c > 32 && c < 127)) {
                throw new IllegalArgumentException(what + " must be a non-empty DiameterIdentity of printable "
                        + "ASCII without spaces: '" + v + "'");
            }
            return v;
        }

        private static long unsigned32(long v, String what) {
            if (v < 0 || v > 0xFFFFFFFFL) {
                throw new IllegalArgumentException(what + " must fit Unsigned32 (0..4294967295): " + v);
            }
            return v;
        }
    }
}
