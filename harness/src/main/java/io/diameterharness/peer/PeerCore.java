package io.diameterharness.peer;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.IdentifierGenerator;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.Journal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** What a server or client peer shares with its connections: configuration, journal, identity, policies. */
final class PeerCore {
    private static final AtomicLong LAST_STATE_ID = new AtomicLong();

    final PeerConfig config;
    final Journal journal;
    final Scheduler scheduler;
    final IdentifierGenerator ids = new IdentifierGenerator();
    final boolean server;
    final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile long originStateId;
    /** Set when the peer closes: a connection that becomes active afterwards closes at once. */
    volatile boolean closing;
    private int restarts;
    private volatile CompletableFuture<Void> changed = new CompletableFuture<>();

    PeerCore(PeerConfig config, boolean server) {
        this.config = config;
        this.server = server;
        this.journal = config.journalCapacity() == 0 ? Journal.disabled() : Journal.create(config.journalCapacity());
        this.scheduler = config.scheduler();
    }

    long originStateId() {
        return originStateId;
    }

    /** A new Origin-State-Id: the configured one plus the number of restarts, or a JVM-wide increasing value from the clock. */
    synchronized void newOriginStateId() {
        if (config.originStateId().isPresent()) {
            originStateId = (config.originStateId().get() + restarts++) & 0xFFFFFFFFL;
        } else {
            long now = System.currentTimeMillis() / 1000;
            originStateId = LAST_STATE_ID.updateAndGet(v -> Math.max(v + 1, now)) & 0xFFFFFFFFL;
        }
    }

    // ------------------------------------------------------------ connection registry

    void register(Connection c) {
        connections.add(c);
        signal();
    }

    void unregister(Connection c) {
        connections.remove(c);
        signal();
    }

    void signal() {
        CompletableFuture<Void> old = changed;
        changed = new CompletableFuture<>();
        old.complete(null);
    }

    /** Waits until a connection matches; bounded. */
    PeerConnection awaitConnection(Predicate<PeerConnection> filter, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            CompletableFuture<Void> next = changed;
            for (Connection c : connections) {
                if (filter.test(c)) {
                    return c;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within " + timeout.toMillis() + " ms; connections: "
                        + describeConnections());
            }
            try {
                next.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop and report
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    String describeConnections() {
        List<String> out = new ArrayList<>();
        for (Connection c : connections) {
            out.add(c.toString());
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    /** Called when a connection reaches OPEN: applies the duplicate Origin-Host policy. */
    void onOpen(Connection c) {
        signal();
        if (!server || config.duplicatePeerPolicy() != DuplicatePeerPolicy.REPLACE_OLD) {
            return;
        }
        String host = c.peerHost().orElse(null);
        for (Connection other : connections) {
            if (other != c && other.state() == ConnectionState.OPEN && host != null
                    && host.equalsIgnoreCase(other.peerHost().orElse(null))) {
                other.closeWithReason("replaced by connection #" + c.id() + " from the same Origin-Host " + host);
            }
        }
    }

    boolean hasOtherOpenConnection(Connection c, String host) {
        for (Connection other : connections) {
            if (other != c && (other.state() == ConnectionState.OPEN || other.state() == ConnectionState.CLOSING)
                    && host.equalsIgnoreCase(other.peerHost().orElse(null))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ messages

    /** CER (client) or the capability AVPs of a CEA, in RFC 6733 section 5.3.1 order. */
    void addCapabilities(DiameterMessage.Builder b, Connection c) {
        List<InetAddress> ips = config.hostIpAddresses();
        if (ips.isEmpty()) {
            ips = c.localIpAddresses();
        }
        for (InetAddress ip : ips) {
            b.avp(Avps.HOST_IP_ADDRESS.builder().address(ip).build());
        }
        b.avp(Avps.VENDOR_ID.avp(config.vendorId()));
        b.avp(Avps.PRODUCT_NAME.avp(config.productName()));
        b.avp(Avps.ORIGIN_STATE_ID.avp(c.originStateId()));
        for (long v : config.supportedVendorIds()) {
            b.avp(Avps.SUPPORTED_VENDOR_ID.avp(v));
        }
        for (long a : config.authApplicationIds()) {
            b.avp(Avps.AUTH_APPLICATION_ID.avp(a));
        }
        for (long s : config.inbandSecurityIds()) {
            b.avp(Avps.INBAND_SECURITY_ID.avp(s));
        }
        for (long a : config.acctApplicationIds()) {
            b.avp(Avps.ACCT_APPLICATION_ID.avp(a));
        }
        for (VendorSpecificApplicationId v : config.vendorSpecificApplicationIds()) {
            b.avp(v.toAvp());
        }
        config.firmwareRevision().ifPresent(f -> b.avp(Avps.FIRMWARE_REVISION.avp(f)));
    }

    DiameterMessage capabilitiesExchangeRequest(Connection c) {
        DiameterMessage.Builder b = DiameterMessage.request(BaseProtocol.CAPABILITIES_EXCHANGE, 0)
                .hopByHopId(ids.nextHopByHopId()).endToEndId(ids.nextEndToEndId())
                .avp(Avps.ORIGIN_HOST.avp(config.originHost())).avp(Avps.ORIGIN_REALM.avp(config.originRealm()));
        addCapabilities(b, c);
        return b.build();
    }

    /** The built-in answer to a CER on connection {@code c}. */
    DiameterMessage capabilitiesExchangeAnswer(Connection c, DiameterMessage cer) {
        String host;
        try {
            host = cer.avp(Avps.ORIGIN_HOST.code()).map(Avps.ORIGIN_HOST::read).orElse(null);
            if (host == null) {
                return error(cer, ResultCode.DIAMETER_MISSING_AVP, "CER has no Origin-Host",
                        List.of(Avps.ORIGIN_HOST.builder().octetString(new byte[0]).build()), c);
            }
            if (cer.avp(Avps.ORIGIN_REALM.code()).isEmpty()) {
                return error(cer, ResultCode.DIAMETER_MISSING_AVP, "CER has no Origin-Realm",
                        List.of(Avps.ORIGIN_REALM.builder().octetString(new byte[0]).build()), c);
            }
            if (!config.allowedPeers().isEmpty() && !config.allowedPeers().contains(host.toLowerCase(Locale.ROOT))) {
                return error(cer, ResultCode.DIAMETER_UNKNOWN_PEER, "Origin-Host " + host
                        + " is not among the allowed peers " + config.allowedPeers(), List.of(), c);
            }
            if (!hasCommonApplication(cer)) {
                DiameterMessage.Builder b = Answers.answer(cer, config.originHost(), config.originRealm(),
                        ResultCode.DIAMETER_NO_COMMON_APPLICATION);
                addCapabilities(b, c);
                return b.build();
            }
        } catch (InvalidAvpValueException e) {
            return error(cer, e.error().resultCode(), e.error().description(),
                    e.error().failedAvp().map(List::of).orElse(List.of()), c);
        }
        long rc = ResultCode.DIAMETER_SUCCESS;
        if (server && config.duplicatePeerPolicy() == DuplicatePeerPolicy.REJECT_NEW
                && hasOtherOpenConnection(c, host)) {
            rc = ResultCode.DIAMETER_UNABLE_TO_COMPLY;
        }
        DiameterMessage.Builder b = Answers.answer(cer, config.originHost(), config.originRealm(), rc);
        addCapabilities(b, c);
        if (rc != ResultCode.DIAMETER_SUCCESS) {
            b.avp(Avps.ERROR_MESSAGE.avp("Origin-Host " + host + " already has an open connection"));
        }
        return b.build();
    }

    private DiameterMessage error(DiameterMessage req, long rc, String text, List<Avp> failed, Connection c) {
        DiameterMessage m = Answers.error(req, config.originHost(), config.originRealm(), rc, text, failed);
        return m.toBuilder().avp(Avps.ORIGIN_STATE_ID.avp(c.originStateId())).build();
    }

    /** RFC 6733 section 5.3: the intersection of application ids, the relay id counting as shared. */
    boolean hasCommonApplication(DiameterMessage cer) {
        Set<Long> theirs = new HashSet<>();
        for (Avp a : cer.avps()) {
            if (Avps.AUTH_APPLICATION_ID.matches(a) || Avps.ACCT_APPLICATION_ID.matches(a)) {
                theirs.add(a.asUnsigned32());
            } else if (Avps.VENDOR_SPECIFIC_APPLICATION_ID.matches(a)) {
                for (Avp child : a.asGrouped()) {
                    if (Avps.AUTH_APPLICATION_ID.matches(child) || Avps.ACCT_APPLICATION_ID.matches(child)) {
                        theirs.add(child.asUnsigned32());
                    }
                }
            }
        }
        if (theirs.contains(BaseProtocol.RELAY_APPLICATION)) {
            return true;
        }
        for (long id : theirs) {
            if (config.supportsApplication(id)) {
                return true;
            }
        }
        return false;
    }

    DiameterMessage deviceWatchdogRequest(Connection c) {
        return DiameterMessage.request(BaseProtocol.DEVICE_WATCHDOG, 0)
                .avp(Avps.ORIGIN_HOST.avp(config.originHost())).avp(Avps.ORIGIN_REALM.avp(config.originRealm()))
                .avp(Avps.ORIGIN_STATE_ID.avp(c.originStateId())).build();
    }

    /** The built-in answer to anything other than CER: DWA, DPA, or 3001. */
    DiameterMessage defaultAnswer(Connection c, DiameterMessage request) {
        switch (request.commandCode()) {
            case BaseProtocol.CAPABILITIES_EXCHANGE:
                return capabilitiesExchangeAnswer(c, request);
            case BaseProtocol.DEVICE_WATCHDOG:
                return Answers.answer(request, config.originHost(), config.originRealm(), ResultCode.DIAMETER_SUCCESS)
                        .avp(Avps.ORIGIN_STATE_ID.avp(c.originStateId())).build();
            case BaseProtocol.DISCONNECT_PEER:
                return Answers.answer(request, config.originHost(), config.originRealm(), ResultCode.DIAMETER_SUCCESS)
                        .build();
            default:
                return Answers.error(request, config.originHost(), config.originRealm(),
                        ResultCode.DIAMETER_COMMAND_UNSUPPORTED, "command " + request.commandCode()
                                + " of application " + request.applicationIdUnsigned()
                                + " is not supported by " + config.originHost(), List.of());
        }
    }
}
