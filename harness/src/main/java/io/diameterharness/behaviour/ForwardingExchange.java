package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import java.net.InetSocketAddress;
import java.time.Duration;

/** An {@link Exchange} that forwards every call; subclasses change what they need. */
public class ForwardingExchange implements Exchange {
    private final Exchange delegate;

    /** Forwards to {@code delegate}. */
    public ForwardingExchange(Exchange delegate) {
        this.delegate = delegate;
    }

    @Override
    public DiameterMessage request() {
        return delegate.request();
    }

    @Override
    public String connectionId() {
        return delegate.connectionId();
    }

    @Override
    public String remoteOriginHost() {
        return delegate.remoteOriginHost();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return delegate.remoteAddress();
    }

    @Override
    public String localOriginHost() {
        return delegate.localOriginHost();
    }

    @Override
    public String localOriginRealm() {
        return delegate.localOriginRealm();
    }

    @Override
    public long localOriginStateId() {
        return delegate.localOriginStateId();
    }

    @Override
    public void send(DiameterMessage message) {
        delegate.send(message);
    }

    @Override
    public void sendRaw(byte[] bytes) {
        delegate.sendRaw(bytes);
    }

    @Override
    public void close(String reason) {
        delegate.close(reason);
    }

    @Override
    public void reset(String reason) {
        delegate.reset(reason);
    }

    @Override
    public void stopReading() {
        delegate.stopReading();
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        delegate.schedule(delay, task);
    }

    @Override
    public void dropped(String reason) {
        delegate.dropped(reason);
    }

    @Override
    public void failed(String what, Throwable cause) {
        delegate.failed(what, cause);
    }
}
