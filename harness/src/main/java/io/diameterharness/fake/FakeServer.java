package io.diameterharness.fake;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.peer.Peer;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.ServerPeer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A fake Diameter server that the application under test connects to. It answers CER, DWR and DPR
 * correctly by default; rules ({@link #on}) say what it does with everything else.
 *
 * <pre>{@code
 * try (FakeServer ocs = FakeServer.builder().realm("ocs.example").build().start()) {
 *     ocs.on(creditControlRequest()).answer(success().grantingRequestedUnits());
 *     app.connectTo(ocs.address());
 *     assertThat(ocs.takeRequest(), hasAvp(SERVICE_CONTEXT_ID, equalTo("32274@3gpp.org")));
 * }
 * }</pre>
 */
public final class FakeServer extends FakePeer {
    private final ServerPeer peer;

    private FakeServer(Builder b) {
        super(b.name, b.realm, b.dictionaryOrBuiltIn(), b.unmatchedPolicy, b.validateUnmatched, b.defaultTimeout);
        this.peer = new ServerPeer(b.peerConfig(this));
    }

    /** A builder with defaults: name {@code server}, realm {@code example.net}, Credit-Control, port 0 on loopback. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    Peer peer() {
        return peer;
    }

    /** The engine peer, for what the fake does not expose. */
    public ServerPeer serverPeer() {
        return peer;
    }

    /** Starts listening; returns when the port is bound. */
    public FakeServer start() {
        peer.start();
        return this;
    }

    /** The address the server listens on; fails before {@link #start()}. */
    public InetSocketAddress address() {
        return peer.address();
    }

    /** The host part of {@link #address()} as a literal, e.g. {@code 127.0.0.1}. */
    public String host() {
        return address().getAddress().getHostAddress();
    }

    /** The port the server listens on. */
    public int port() {
        return peer.port();
    }

    /** Our Origin-Host. */
    public String originHost() {
        return peer.config().originHost();
    }

    /** Our Origin-Realm. */
    public String realm() {
        return peer.config().originRealm();
    }

    /** Waits for a connection that has completed CER/CEA. */
    public PeerConnection awaitConnection(Duration timeout) {
        return peer.awaitOpenConnection(timeout);
    }

    /**
     * Sends a server-initiated request (RAR, ASR, ...) on the single open connection and waits for
     * the answer up to the default timeout.
     *
     * @throws IllegalStateException when there is not exactly one open connection
     */
    public DiameterMessage send(DiameterMessage request) {
        return FakeClient.await(sendAsync(request), defaultTimeout(), request);
    }

    /** Sends a request on the single open connection; the future completes with the answer. */
    public CompletableFuture<DiameterMessage> sendAsync(DiameterMessage request) {
        List<PeerConnection> open = connections().stream()
                .filter(c -> c.state() == io.diameterharness.peer.ConnectionState.OPEN).toList();
        if (open.size() != 1) {
            throw new IllegalStateException("fake server " + name() + " has " + open.size()
                    + " open connections; say which with send(connection, request)");
        }
        return open.get(0).send(request, defaultTimeout());
    }

    /** A request builder with our Origin-Host and Origin-Realm (for RAR, ASR). */
    public DiameterMessage.Builder newRequest(int commandCode, long applicationId) {
        return connections().isEmpty()
                ? DiameterMessage.request(commandCode, applicationId)
                : connections().get(0).newRequest(commandCode, applicationId);
    }

    @Override
    public String toString() {
        return "FakeServer " + name() + " (" + peer + ")";
    }

    /** Configures a {@link FakeServer}; the only mutable part. Configuration freezes at {@link #build()}. */
    public static final class Builder extends FakePeer.Builder<Builder> {
        private boolean validateUnmatched = true;

        private Builder() {
            super("server");
        }

        /** The port to listen on; 0 (the default) for an ephemeral one. */
        public Builder port(int port) {
            config.port(port);
            return this;
        }

        /** Whether requests no rule matched are validated against the dictionary first (default on). */
        public Builder validateUnmatched(boolean on) {
            this.validateUnmatched = on;
            return this;
        }

        /** Builds the server, not started. */
        public FakeServer build() {
            return new FakeServer(this);
        }

        /** Builds and starts the server. */
        public FakeServer start() {
            return build().start();
        }
    }
}
