package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.transport.EventLoops;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PeerLifecycleTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void serverAcceptsManySimultaneousConnections() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start()) {
            List<CompletableFuture<ClientPeer>> starting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                PeerConfig cfg = PeerConfig.builder().originHost("client" + i + ".test").authApplicationIds(4).build();
                starting.add(CompletableFuture.supplyAsync(() -> new ClientPeer(cfg, s.address()).start()));
            }
            List<ClientPeer> clients = new ArrayList<>();
            for (CompletableFuture<ClientPeer> f : starting) {
                clients.add(f.get(10, TimeUnit.SECONDS));
            }
            try {
                assertEquals(20, s.connections().stream().filter(c -> c.state() == ConnectionState.OPEN).count());
                for (ClientPeer c : clients) {
                    DiameterMessage dwa = c.send(c.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS);
                    assertEquals(s.originStateId(), Avps.ORIGIN_STATE_ID.read(dwa.avp(278).orElseThrow()),
                            "DWA carries Origin-State-Id");
                }
            } finally {
                clients.forEach(ClientPeer::close);
            }
        }
    }

    @Test
    void addressBeforeStartFailsClearly() {
        ServerPeer s = new ServerPeer(PeerConfig.builder().originHost("early.test").build());
        IllegalStateException e = assertThrows(IllegalStateException.class, s::address);
        assertTrue(e.getMessage().contains("early.test has no address before start()"), e.getMessage());
        s.close();
    }

    @Test
    void listeningOnABusyPortFailsNamingTheAddress() {
        try (ServerPeer first = new ServerPeer(PeerConfig.builder().build()).start()) {
            ServerPeer second = new ServerPeer(PeerConfig.builder().port(first.port()).build());
            IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
            assertTrue(e.getMessage().contains("cannot listen on TCP 127.0.0.1:" + first.port()), e.getMessage());
            second.close();
        }
    }

    @Test
    void closeIsIdempotentReleasesThePortAndRefusesRestart() throws Exception {
        ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start();
        int port = s.port();
        ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4).build(), s.address()).start();
        s.close();
        s.close();
        assertEquals("closed by the peer", c.connection().closeFuture().get(5, TimeUnit.SECONDS));
        c.close();
        assertThrows(IllegalStateException.class, s::start);
        try (ServerPeer again = new ServerPeer(PeerConfig.builder().port(port).build()).start()) {
            assertEquals(port, again.port(), "the port was released");
        }
    }

    @Test
    void clientThatCannotConnectFailsWithTheAddress() throws Exception {
        int port;
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().build()).start()) {
            port = s.port();
        }
        ClientPeer c = new ClientPeer(PeerConfig.builder().build(), new InetSocketAddress("127.0.0.1", port));
        IllegalStateException e = assertThrows(IllegalStateException.class, c::start);
        assertTrue(e.getMessage().contains("cannot connect to /127.0.0.1:" + port), e.getMessage());
        c.close();
    }

    @Test
    void eventLoopThreadsAreSharedDaemonsNamedAfterTheHarness() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4).build(), s.address()).start()) {
            List<Thread> io = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("diameter-harness-io-")).toList();
            assertTrue(!io.isEmpty() && io.size() <= EventLoops.threadCount(), io.toString());
            assertTrue(io.stream().allMatch(Thread::isDaemon), "daemon threads");
        }
    }

    @Test
    void stoppedReadingHoldsRequestsBackUntilReadingResumes() throws Exception {
        RequestHandler h = r -> {
            if (BaseProtocol.isBase(r.message().commandCode())) {
                r.answerByDefault();
            } else {
                r.answer(r.answerBuilder(2001).build());
            }
        };
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).requestHandler(h).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4).build(), s.address()).start()) {
            PeerConnection sc = s.awaitOpenConnection(WAIT);
            sc.stopReading();
            // a round trip on the loop proves the auto-read change took effect before the client writes
            CompletableFuture.runAsync(() -> { }, ((Connection) sc).eventLoop()).get(5, TimeUnit.SECONDS);
            CompletableFuture<DiameterMessage> held = c.send(c.newRequest(272, 4).build());
            AssertionError none = assertThrows(AssertionError.class, () -> s.journal().take("CCR while not reading",
                    m -> m.isRequest() && m.commandCode() == 272, Duration.ofMillis(200)));
            assertTrue(none.getMessage().startsWith("no CCR while not reading"));
            sc.resumeReading();
            assertEquals(2001L, Answers.resultCode(held.get(5, TimeUnit.SECONDS)));
        }
    }
}
