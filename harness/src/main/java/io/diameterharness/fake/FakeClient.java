package io.diameterharness.fake;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.Peer;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.PeerConnection;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A fake Diameter client that connects to a server under test, exchanges capabilities, and sends
 * requests synchronously ({@link #send}) or asynchronously ({@link #sendAsync}), many in flight.
 * Requests the server sends to it (RAR, ASR) go through the same rules as a fake server's.
 *
 * <pre>{@code
 * try (FakeClient pcef = FakeClient.builder().connectTo(ocsAddress).start()) {
 *     CreditControlSession s = pcef.creditControlSession();
 *     assertThat(pcef.send(s.initial().build()), hasResultCode(DIAMETER_SUCCESS));
 * }
 * }</pre>
 */
public final class FakeClient extends FakePeer {
    private final ClientPeer peer;

    private FakeClient(Builder b) {
        super(b.name, b.realm, b.dictionary, b.unmatchedPolicy, true, b.defaultTimeout);
        PeerConfig config = withDefaultApplication(b.config.originHost(b.originHost()).originRealm(b.realm)
                .requestHandler(handler()).build());
        this.peer = new ClientPeer(config, b.server);
    }

    /** A builder; {@link Builder#connectTo} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    Peer peer() {
        return peer;
    }

    /** The engine peer, for what the fake does not expose. */
    public ClientPeer clientPeer() {
        return peer;
    }

    /** Connects and completes CER/CEA; fails with the CEA's Result-Code or a timeout. */
    public FakeClient start() {
        peer.start();
        return this;
    }

    /** The connection to the server. */
    public PeerConnection connection() {
        return peer.connection();
    }

    /** Our Origin-Host. */
    public String originHost() {
        return peer.config().originHost();
    }

    /** Our Origin-Realm. */
    public String realm() {
        return peer.config().originRealm();
    }

    /** A request builder with our Origin-Host and Origin-Realm filled in. */
    public DiameterMessage.Builder newRequest(int commandCode, long applicationId) {
        return peer.newRequest(commandCode, applicationId);
    }

    /** A Credit-Control session: CCR-I/U/T/E with one Session-Id and CC-Request-Number counting. */
    public CreditControlSession creditControlSession() {
        return new CreditControlSession(this);
    }

    /** Sends a request and waits for its answer up to the default timeout. */
    public DiameterMessage send(DiameterMessage request) {
        return send(request, defaultTimeout());
    }

    /**
     * Sends a request and waits for its answer.
     *
     * @throws AssertionError when no answer comes in time, saying what was sent
     */
    public DiameterMessage send(DiameterMessage request, Duration timeout) {
        return await(peer.send(request), timeout, request);
    }

    /** Sends a request; the future completes with the answer, or fails when the connection closes. */
    public CompletableFuture<DiameterMessage> sendAsync(DiameterMessage request) {
        return peer.send(request);
    }

    /** Sends DPR with this cause and waits for DPA (the connection then closes). */
    public DiameterMessage disconnect(DisconnectCause cause) {
        return await(connection().disconnect(cause), defaultTimeout(), null);
    }

    static DiameterMessage await(CompletableFuture<DiameterMessage> f, Duration timeout, DiameterMessage request) {
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(false);
            throw new AssertionError("no answer within " + timeout.toMillis() + " ms"
                    + (request == null ? "" : " to command " + request.commandCode()
                    + String.format(" (hbh 0x%08x)", request.hopByHopId())), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new AssertionError("request failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an answer", e);
        }
    }

    @Override
    public String toString() {
        return "FakeClient " + name() + " (" + peer + ")";
    }

    /** Configures a {@link FakeClient}. */
    public static final class Builder {
        private String name = "client";
        private String originHost;
        private String realm = "example.net";
        private InetSocketAddress server;
        private Dictionary dictionary;
        private UnmatchedPolicy unmatchedPolicy = UnmatchedPolicy.SUCCESS;
        private Duration defaultTimeout = DEFAULT_TIMEOUT;
        private final PeerConfig.Builder config = PeerConfig.builder();

        private Builder() {
        }

        private String originHost() {
            return originHost != null ? originHost : name + "." + realm;
        }

        /** A name to tell peers apart; also the default Origin-Host's first label. */
        public Builder name(String n) {
            this.name = Objects.requireNonNull(n, "name");
            return this;
        }

        /** Our Origin-Host (default {@code <name>.<realm>}). */
        public Builder originHost(String host) {
            this.originHost = Objects.requireNonNull(host, "originHost");
            return this;
        }

        /** Our Origin-Realm (default {@code example.net}). */
        public Builder realm(String r) {
            this.realm = Objects.requireNonNull(r, "realm");
            return this;
        }

        /** The server to connect to. */
        public Builder connectTo(InetSocketAddress address) {
            this.server = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The fake server to connect to. */
        public Builder connectTo(FakeServer fake) {
            return connectTo(fake.address());
        }

        /** Adds Auth-Application-Ids to advertise (when none is given at all: 4, Credit-Control). */
        public Builder applications(long... authApplicationIds) {
            config.authApplicationIds(authApplicationIds);
            return this;
        }

        /** The Device-Watchdog interval Tw (default 30 s). */
        public Builder watchdog(Duration tw) {
            config.watchdogInterval(tw);
            return this;
        }

        /** The dictionary for validation and rendering (default: the built-in one). */
        public Builder dictionary(Dictionary d) {
            this.dictionary = Objects.requireNonNull(d, "dictionary");
            return this;
        }

        /** How server-initiated requests no rule matched are answered (default {@link UnmatchedPolicy#SUCCESS}). */
        public Builder unmatched(UnmatchedPolicy policy) {
            this.unmatchedPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The timeout of {@link #send(DiameterMessage)} and the blocking reads (default 5 s). */
        public Builder defaultTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("defaultTimeout must be positive: " + timeout);
            }
            this.defaultTimeout = timeout;
            return this;
        }

        /** Anything else of the engine's configuration (TLS, capabilities, CEA timeout, scheduler...). */
        public Builder peerConfig(Consumer<PeerConfig.Builder> change) {
            change.accept(config);
            return this;
        }

        /** Builds the client, not started. */
        public FakeClient build() {
            if (server == null) {
                throw new IllegalStateException("a fake client needs connectTo(address or fake server)");
            }
            if (dictionary == null) {
                dictionary = Dictionary.builtIn();
            }
            return new FakeClient(this);
        }

        /** Builds and starts the client (connect and CER/CEA). */
        public FakeClient start() {
            return build().start();
        }
    }
}
