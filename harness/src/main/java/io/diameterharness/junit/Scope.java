package io.diameterharness.junit;

import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakePeer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The peers of one JUnit scope (a class or a test), kept in the JUnit store; closing the scope
 * closes its peers (clients first) and removes the system properties it exported.
 */
@SuppressWarnings("deprecation")
final class Scope implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final Map<String, FakePeer> peers = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> strict = Collections.synchronizedSet(new HashSet<>());
    private final Map<String, String> exported = Collections.synchronizedMap(new LinkedHashMap<>());
    private boolean closed;

    void add(String name, FakePeer peer, boolean isStrict) {
        FakePeer old = peers.putIfAbsent(name, peer);
        if (old != null && old != peer) {
            throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(
                    "two different fake peers are named '" + name + "' in one test; name them apart");
        }
        if (isStrict) {
            strict.add(name);
        }
    }

    Map<String, FakePeer> peers() {
        synchronized (peers) {
            return new LinkedHashMap<>(peers);
        }
    }

    boolean isStrict(String name) {
        return strict.contains(name);
    }

    void exportAddress(String name, InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        put("diameter.peer." + name + ".host", host);
        put("diameter.peer." + name + ".port", Integer.toString(address.getPort()));
        put("diameter.peer." + name + ".address", (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    private void put(String key, String value) {
        System.setProperty(key, value);
        exported.put(key, value);
    }

    /** Clears rules and journals of class-wide peers before the next test. */
    void resetForNextTest() {
        for (FakePeer p : peers().values()) {
            p.reset();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<FakePeer> order = new ArrayList<>();
        for (FakePeer p : peers().values()) {
            if (p instanceof FakeClient) {
                order.add(p);
            }
        }
        for (FakePeer p : peers().values()) {
            if (!(p instanceof FakeClient)) {
                order.add(p);
            }
        }
        RuntimeException first = null;
        for (FakePeer p : order) {
            try {
                p.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        synchronized (exported) {
            exported.forEach((k, v) -> {
                if (v.equals(System.getProperty(k))) {
                    System.clearProperty(k);
                }
            });
        }
        if (first != null) {
            throw first;
        }
    }
}
