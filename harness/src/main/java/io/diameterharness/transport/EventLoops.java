package io.diameterharness.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The one event loop group every peer of this JVM shares. It is created on first use, so starting a
 * peer costs no threads, and its threads are daemons named {@code diameter-harness-io-N}: they never
 * keep a JVM alive and they outlive no test in a way that matters (they are shared, not per peer).
 */
public final class EventLoops {
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static volatile EventLoopGroup shared;

    private EventLoops() {
    }

    /** The shared group, created on the first call. */
    public static EventLoopGroup shared() {
        EventLoopGroup g = shared;
        if (g == null) {
            synchronized (EventLoops.class) {
                g = shared;
                if (g == null) {
                    g = new MultiThreadIoEventLoopGroup(THREADS,
                            new DefaultThreadFactory("diameter-harness-io", true), NioIoHandler.newFactory());
                    shared = g;
                }
            }
        }
        return g;
    }

    /** Whether the shared group has been created (for tests proving that starting a peer is lazy). */
    public static boolean isCreated() {
        return shared != null;
    }

    /** The number of threads the shared group has once created. */
    public static int threadCount() {
        return THREADS;
    }
}
