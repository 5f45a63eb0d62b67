package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.transport.EventLoops;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
@org.junit.jupiter.api.parallel.Isolated("counts the JVM's threads and file descriptors")
class ThousandPeersLeakTest {

    @Test
    void startingAndClosingAThousandPeersWithConnectionsLeavesNoThreadsFilesOrBuffers() throws Exception {
        assertEquals(ResourceLeakDetector.Level.PARANOID, ResourceLeakDetector.getLevel(),
                "run with -Dio.netty.leakDetection.level=paranoid (the surefire configuration sets it)");
        List<String> leaks = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler h = leakCollector(leaks);
        Logger leakLogger = Logger.getLogger(ResourceLeakDetector.class.getName());
        leakLogger.addHandler(h);
        try {
            for (int i = 0; i < 5; i++) {
                cycle(i);
            }
            settle();
            Set<String> threadsBefore = threadNames();
            int fdsBefore = openFileDescriptors();
            long poolBefore = allocatorUsedMemory();
            for (int i = 0; i < 1000; i++) {
                cycle(i);
            }
            settle();
            Set<String> threadsAfter = threadNames();
            int fdsAfter = awaitFileDescriptors(fdsBefore);
            long poolAfter = allocatorUsedMemory();
            drainLeakDetector();
            System.out.printf("1,000 peer lifecycles: threads %d -> %d, file descriptors %d -> %d, %s memory in use "
                    + "%d -> %d bytes%n", threadsBefore.size(), threadsAfter.size(), fdsBefore, fdsAfter,
                    ByteBufAllocator.DEFAULT.getClass().getSimpleName(), poolBefore, poolAfter);
            assertEquals(threadsBefore, threadsAfter, "threads before and after 1,000 peers");
            assertEquals(fdsBefore, fdsAfter, "open file descriptors before and after 1,000 peers");
            assertTrue(leaks.isEmpty(), "Netty reported leaked buffers: " + leaks);
            assertEquals(poolBefore, poolAfter, "Netty buffer pool memory in use before and after 1,000 peers");
            assertTrue(EventLoops.isCreated());
        } finally {
            leakLogger.removeHandler(h);
        }
    }

    @Test
    void leakDetectorOfThisTestSeesADeliberatelyLeakedBuffer() {
        List<String> leaks = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler h = leakCollector(leaks);
        Logger leakLogger = Logger.getLogger(ResourceLeakDetector.class.getName());
        leakLogger.addHandler(h);
        try {
            leakOneBuffer();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (leaks.isEmpty() && System.nanoTime() < deadline) {
                drainLeakDetector();
            }
            assertTrue(!leaks.isEmpty(), "the check of the 1,000-peer test would see a leak");
        } finally {
            leakLogger.removeHandler(h);
        }
    }

    private static void leakOneBuffer() {
        ByteBuf leaked = ByteBufAllocator.DEFAULT.directBuffer(16);
        leaked.writeInt(42); // never released, and unreachable once this method returns
    }

    private static Handler leakCollector(List<String> leaks) {
        return new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage() != null && r.getMessage().contains("LEAK")) {
                    leaks.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** One lifecycle with traffic; every other one with journals off, so that writes use pooled buffers. */
    private static void cycle(int i) throws Exception {
        int journal = i % 2 == 0 ? 100 : 0;
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().originHost("s" + i + ".test").authApplicationIds(4)
                .journalCapacity(journal).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().originHost("c" + i + ".test").authApplicationIds(4)
                     .journalCapacity(journal).build(), s.address()).start()) {
            for (int n = 0; n < 3; n++) {
                c.send(c.newRequest(272, 4).build()).get(5, TimeUnit.SECONDS);
            }
            c.send(c.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS);
        }
    }

    /** Memory the default allocator's pools hold for buffers in use (the allocator's own metric). */
    private static long allocatorUsedMemory() {
        ByteBufAllocatorMetric m = ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric();
        return m.usedDirectMemory() + m.usedHeapMemory();
    }

    private static void settle() {
        System.gc();
        System.runFinalization();
    }

    private static void drainLeakDetector() {
        // leaks are reported when the detector tracks a new buffer after the leaked one was collected
        for (int round = 0; round < 3; round++) {
            System.gc();
            for (int i = 0; i < 200; i++) {
                ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(64);
                b.release();
            }
        }
    }

    private static Set<String> threadNames() {
        Set<String> names = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive()) {
                names.add(t.getName());
            }
        }
        names.removeIf(n -> n.startsWith("surefire") || n.equals("process reaper") || n.startsWith("Common-Cleaner")
                || n.startsWith("ForkJoinPool") || n.startsWith("Attach Listener"));
        return names;
    }

    private static int openFileDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    private static int awaitFileDescriptors(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int n = openFileDescriptors();
        while (n != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            n = openFileDescriptors();
        }
        return n;
    }
}
