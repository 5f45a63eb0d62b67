package io.diameterharness.fake;

import io.diameterharness.behaviour.Exchange;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.peer.InboundRequest;
import java.net.InetSocketAddress;
import java.time.Duration;

/** The behaviour layer's view of one request received by the peer engine. */
final class PeerExchange implements Exchange {
    private final InboundRequest in;
    private final String realm;

    PeerExchange(InboundRequest in, String realm) {
        this.in = in;
        this.realm = realm;
    }

    @Override
    public DiameterMessage request() {
        return in.message();
    }

    @Override
    public String connectionId() {
        return "c" + in.connection().id();
    }

    @Override
    public String remoteOriginHost() {
        return in.connection().peerHost().orElse(null);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return in.connection().remoteAddress();
    }

    @Override
    public String localOriginHost() {
        return in.connection().localHost();
    }

    @Override
    public String localOriginRealm() {
        return realm;
    }

    @Override
    public long localOriginStateId() {
        return in.connection().originStateId();
    }

    @Override
    public void send(DiameterMessage message) {
        in.answer(message);
    }

    @Override
    public void sendRaw(byte[] bytes) {
        in.writeRaw(bytes);
    }

    @Override
    public void close(String reason) {
        in.close();
    }

    @Override
    public void reset(String reason) {
        in.reset();
    }

    @Override
    public void stopReading() {
        in.stopReading();
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        in.later(delay, task);
    }

    @Override
    public void dropped(String reason) {
        in.drop();
    }

    @Override
    public void failed(String what, Throwable cause) {
        in.reportError(what + ": " + cause);
    }
}
