package io.diameterharness.fake;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.Peer;
import io.diameterharness.peer.PeerConnection;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        super(b.name, b.realm, b.dictionaryOrBuiltIn(), b.unmatchedPolicy, true, b.defaultTimeout);
        this.peer = new ClientPeer(b.peerConfig(this), b.server);
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

    /** Configures a {@link FakeClient}; {@link #connectTo} is required. */
    public static final class Builder extends FakePeer.Builder<Builder> {
        private InetSocketAddress server;

        private Builder() {
            super("client");
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

        /** Builds the client, not started. */
        public FakeClient build() {
            if (server == null) {
                throw new IllegalStateException("a fake client needs connectTo(address or fake server)");
            }
            return new FakeClient(this);
        }

        /** Builds and starts the client (connect and CER/CEA). */
        public FakeClient start() {
            return build().start();
        }
    }
}
