package io.diameterharness.benchmarks.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Our Diameter load generator: a Netty client that opens one or several connections to a server,
 * performs CER/CEA on each, then keeps a fixed number of Credit-Control requests in flight
 * (closed loop: each answer releases the next request) and records the latency of every answer
 * in an HdrHistogram.
 *
 * <p>Requests are pre-encoded; per request only the Hop-by-Hop and End-to-End identifiers are
 * written, and an answer is read only as far as its header and top-level Result-Code. All
 * connections of one client run on one event-loop thread, so the client costs the same CPU
 * against every server it is compared on. Writes made while reading a batch of answers are
 * flushed once at the end of the batch.
 *
 * <pre>{@code
 * try (LoadClient load = LoadClient.connect(server, 2, 128, "load")) {
 *     load.warmUp(Duration.ofSeconds(3));
 *     LoadResult r = load.measure(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class LoadClient implements AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final int MAX_FRAME = 1 << 20;

    private final EventLoopGroup group;
    private final EventLoop loop;
    private final List<ConnectionHandler> connections = new ArrayList<>();
    private final Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    private long answers;
    private long failed;
    private volatile boolean closed;

    private LoadClient() {
        group = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("load-client-" + CLIENTS.incrementAndGet(), true),
                NioIoHandler.newFactory());
        loop = group.next();
    }

    /**
     * Connects {@code connections} connections to {@code server} and completes CER/CEA on each
     * (Origin-Host {@code <hostPrefix>-<n>.bench.test}), spreading {@code inFlight} requests over
     * them.
     *
     * @throws IllegalArgumentException if {@code connections} is below 1 or {@code inFlight} is
     *                                  below {@code connections}
     * @throws IllegalStateException    if a connection fails or a CEA is missing or not 2001
     */
    public static LoadClient connect(InetSocketAddress server, int connections, int inFlight,
                                     String hostPrefix) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, was " + connections);
        }
        if (inFlight < connections) {
            throw new IllegalArgumentException("inFlight must be at least connections (" + connections
                    + "), was " + inFlight);
        }
        LoadClient client = new LoadClient();
        try {
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                int window = inFlight / connections + (i < inFlight % connections ? 1 : 0);
                String host = hostPrefix + "-" + i + "." + Traffic.CLIENT_REALM;
                ConnectionHandler handler = new ConnectionHandler(client, host, window);
                client.connections.add(handler);
                ready.add(handler.ready);
                new Bootstrap().group(client.group).channel(NioSocketChannel.class)
                        .option(ChannelOption.TCP_NODELAY, true)
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                        .handler(new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel ch) {
                                ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(MAX_FRAME, 1, 3, -4, 0),
                                        handler);
                            }
                        })
                        .connect(server).addListener(f -> {
                            if (!f.isSuccess()) {
                                handler.ready.completeExceptionally(f.cause());
                            }
                        });
            }
            CompletableFuture.allOf(ready.toArray(new CompletableFuture[0])).get(15, TimeUnit.SECONDS);
            return client;
        } catch (ExecutionException | TimeoutException e) {
            client.close();
            throw new IllegalStateException("cannot open " + connections + " load connection(s) to " + server
                    + ": " + (e instanceof ExecutionException ? e.getCause() : "no CEA within 15 s"), e);
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + server, e);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Sends requests for {@code duration} without recording anything (JIT and caches warm up). */
    public void warmUp(Duration duration) {
        measure(duration);
    }

    /** Sends requests for {@code duration} and returns what was answered in that window. */
    public LoadResult measure(Duration duration) {
        return measure(duration, -1);
    }

    /**
     * Sends requests for {@code duration} and returns what was answered in that window, with the
     * CPU time the server process {@code serverPid} (and its children) spent per answer.
     */
    public LoadResult measure(Duration duration, long serverPid) {
        long cpuBefore = serverPid > 0 ? ProcessCpu.cpuNanos(serverPid) : -1;
        onLoop(() -> {
            histogram.reset();
            answers = 0;
            failed = 0;
            for (ConnectionHandler c : connections) {
                c.start();
            }
        });
        long start = System.nanoTime();
        sleepUntil(start + duration.toNanos());
        long cpuAfter = serverPid > 0 ? ProcessCpu.cpuNanos(serverPid) : -1;
        return onLoop(() -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = cpuBefore < 0 || cpuAfter < 0 || answers == 0 ? Double.NaN
                    : (cpuAfter - cpuBefore) / 1000.0 / answers;
            LoadResult r = new LoadResult(answers, seconds, failed, micros(histogram.getValueAtPercentile(50)),
                    micros(histogram.getValueAtPercentile(99)), micros(histogram.getValueAtPercentile(99.9)),
                    micros(histogram.getMaxValue()), cpu);
            for (ConnectionHandler c : connections) {
                c.stop();
            }
            return r;
        });
    }

    /**
     * Sends until at least {@code count} answers have arrived, then stops sending and waits for
     * the requests still in flight, at most {@code timeout}.
     *
     * @return the answers received (at least {@code count})
     * @throws IllegalStateException if the count is not reached within {@code timeout}
     */
    public long answer(long count, Duration timeout) {
        onLoop(() -> {
            answers = 0;
            failed = 0;
            for (ConnectionHandler c : connections) {
                c.startCounting(count);
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long[] state = onLoop(() -> new long[] {answers, outstanding()});
            if (state[0] >= count && state[1] == 0) {
                return state[0];
            }
            if (System.nanoTime() - deadline > 0) {
                String detail = onLoop(() -> {
                    connections.forEach(ConnectionHandler::stop);
                    StringBuilder b = new StringBuilder();
                    long now = System.nanoTime();
                    for (ConnectionHandler c : connections) {
                        b.append("; ").append(c.describe(now));
                    }
                    return b.toString();
                });
                throw new IllegalStateException(state[0] + " of " + count + " answers, " + state[1]
                        + " request(s) unanswered after " + timeout + detail);
            }
            sleepUntil(System.nanoTime() + 20_000_000L);
        }
    }

    /** Answers whose Result-Code was not 2001 since the last {@link #measure} or {@link #answer}. */
    public long failedAnswers() {
        return onLoop(() -> failed);
    }

    private long outstanding() {
        long n = 0;
        for (ConnectionHandler c : connections) {
            n += c.outstanding;
        }
        return n;
    }

    void recordAnswer(long latencyNanos, boolean success) {
        answers++;
        if (!success) {
            failed++;
        }
        histogram.recordValue(Math.min(latencyNanos, histogram.getHighestTrackableValue()));
    }

    long answersSoFar() {
        return answers;
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }

    private void onLoop(Runnable task) {
        onLoop(() -> {
            task.run();
            return null;
        });
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> task) {
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("load client event loop did not answer: " + e, e);
        }
    }

    private static void sleepUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /** Closes every connection (no DPR: the servers see the transport close) and the event loop. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ConnectionHandler c : connections) {
            Channel ch = c.channel;
            if (ch != null) {
                ch.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            }
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    /** One connection: its window of requests, their send times by Hop-by-Hop id. */
    private static final class ConnectionHandler extends ChannelInboundHandlerAdapter {
        private final LoadClient client;
        private final byte[] cer;
        private final byte[] request;
        private final byte[] watchdogAnswer;
        private final int window;
        private final long[] sentAt;
        private final int mask;
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        volatile Channel channel;
        private boolean sending;
        private long stopAt = Long.MAX_VALUE;
        private int nextId = 1;
        int outstanding;
        private final String host;
        private long lastAnswerNanos;
        private int lastAnsweredId;

        ConnectionHandler(LoadClient client, String host, int window) {
            this.client = client;
            this.host = host;
            this.cer = Traffic.capabilitiesExchangeRequest(host);
            this.request = Traffic.creditControlRequest(host);
            this.watchdogAnswer = Traffic.deviceWatchdogAnswer(host);
            this.window = window;
            // room for answers that overtake a slow one by far more than the window
            int size = Math.max(1024, Integer.highestOneBit(window) * 64);
            this.sentAt = new long[size];
            this.mask = size - 1;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            ByteBuf b = ctx.alloc().buffer(cer.length).writeBytes(cer);
            b.setInt(12, 0);
            b.setInt(16, 0);
            ctx.writeAndFlush(b);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            ready.completeExceptionally(new IllegalStateException("connection closed by the server"));
            sending = false;
        }

        void start() {
            stopAt = Long.MAX_VALUE;
            begin();
        }

        void startCounting(long count) {
            stopAt = count;
            begin();
        }

        private void begin() {
            sending = true;
            Channel ch = channel;
            while (outstanding < window) {
                send(ch);
            }
            ch.flush();
        }

        void stop() {
            sending = false;
        }

        /** For a timeout message: what this connection sent and what came back. */
        String describe(long now) {
            return host + ": " + outstanding + " unanswered, last id sent " + (nextId - 1) + ", last answered id "
                    + lastAnsweredId + (lastAnswerNanos == 0 ? "" : " " + (now - lastAnswerNanos) / 1_000_000
                    + " ms ago") + (channel != null && channel.isActive() ? "" : ", connection closed");
        }

        private void send(Channel ch) {
            int id = nextId++;
            ByteBuf b = ch.alloc().ioBuffer(request.length).writeBytes(request);
            b.setInt(12, id);
            b.setInt(16, id);
            sentAt[id & mask] = System.nanoTime();
            outstanding++;
            ch.write(b, ch.voidPromise());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                int flags = frame.getUnsignedByte(4);
                int command = frame.getUnsignedMedium(5);
                int id = frame.getInt(12);
                if ((flags & 0x80) != 0) {
                    answerServerRequest(ctx, frame, command);
                    return;
                }
                long resultCode = resultCode(frame);
                if (!ready.isDone()) {
                    if (command == 257 && resultCode == 2001) {
                        ready.complete(null);
                    } else {
                        ready.completeExceptionally(new IllegalStateException(
                                "CEA with Result-Code " + resultCode + " (command " + command + ")"));
                    }
                    return;
                }
                long now = System.nanoTime();
                long latency = now - sentAt[id & mask];
                lastAnswerNanos = now;
                lastAnsweredId = id;
                outstanding--;
                client.recordAnswer(latency, resultCode == 2001);
                if (sending && client.answersSoFar() + outstanding < stopAt) {
                    send(ctx.channel());
                } else if (client.answersSoFar() >= stopAt) {
                    sending = false;
                }
            } finally {
                frame.release();
            }
        }

        private void answerServerRequest(ChannelHandlerContext ctx, ByteBuf request, int command) {
            if (command == 280) {
                ByteBuf b = ctx.alloc().buffer(watchdogAnswer.length).writeBytes(watchdogAnswer);
                b.setInt(12, request.getInt(12));
                b.setInt(16, request.getInt(16));
                ctx.writeAndFlush(b);
            } else {
                ctx.close(); // DPR or anything else: the run is over for this connection
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ready.completeExceptionally(cause);
            ctx.close();
        }

        /** The top-level Result-Code (268, no vendor) of a frame, or -1. */
        private static long resultCode(ByteBuf frame) {
            int end = frame.readerIndex() + frame.getUnsignedMedium(frame.readerIndex() + 1);
            int pos = frame.readerIndex() + 20;
            while (pos + 8 <= end) {
                int code = frame.getInt(pos);
                int avpFlags = frame.getUnsignedByte(pos + 4);
                int length = frame.getUnsignedMedium(pos + 5);
                if (length < 8) {
                    return -1;
                }
                if (code == 268 && (avpFlags & 0x80) == 0 && length == 12) {
                    return frame.getUnsignedInt(pos + 8);
                }
                pos += (length + 3) & ~3;
            }
            return -1;
        }
    }
}
