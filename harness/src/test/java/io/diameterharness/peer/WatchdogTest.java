package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.ResultCode;
import io.diameterharness.journal.MessageEntry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WatchdogTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Duration TW = Duration.ofSeconds(30);
    static final Predicate<MessageEntry> DWR = m -> m.isRequest() && m.commandCode() == 280;
    static final Predicate<MessageEntry> DWA = m -> m.isAnswer() && m.commandCode() == 280;

    final ManualScheduler clock = new ManualScheduler();

    ServerPeer server(int attempts) {
        return new ServerPeer(PeerConfig.builder().originHost("server.test").authApplicationIds(4).scheduler(clock)
                .watchdogInterval(TW).watchdogJitter(false).unansweredWatchdogsBeforeDown(attempts).build()).start();
    }

    /** A client that does not watch, and handles DWR with {@code dwr}. */
    ClientPeer client(ServerPeer s, RequestHandler dwr) {
        RequestHandler h = r -> {
            if (r.message().commandCode() == 280) {
                dwr.handle(r);
            } else {
                r.answerByDefault();
            }
        };
        return new ClientPeer(PeerConfig.builder().originHost("client.test").authApplicationIds(4)
                .watchdogEnabled(false).requestHandler(h).build(), s.address()).start();
    }

    PeerConnection open(ServerPeer s) {
        PeerConnection c = s.awaitOpenConnection(WAIT);
        RequestAnswerTest.awaitPending(clock, 1);
        return c;
    }

    @Test
    void unansweredWatchdogGoesSuspectAfterTwAndDownAfterTwoTw() throws Exception {
        try (ServerPeer s = server(1); ClientPeer c = client(s, InboundRequest::drop)) {
            PeerConnection sc = open(s);
            long t0 = clock.nanoTime();
            clock.advance(TW.minusMillis(1));
            assertEquals(0, c.journal().messages().stream().filter(DWR).count(), "no DWR before Tw of silence");
            clock.advance(Duration.ofMillis(1));
            c.journal().take("DWR", DWR, WAIT);
            assertEquals(WatchdogState.OKAY, sc.watchdogState());
            clock.advance(TW);
            assertEquals(WatchdogState.SUSPECT, sc.watchdogState());
            clock.advance(TW);
            assertEquals(WatchdogState.DOWN, sc.watchdogState());
            String reason = sc.closeFuture().get(5, TimeUnit.SECONDS);
            assertTrue(reason.contains("watchdog DOWN: 1 DWR unanswered"), reason);
            List<WatchdogTransition> ts = sc.watchdogTransitions();
            assertEquals(List.of(WatchdogState.OKAY, WatchdogState.SUSPECT, WatchdogState.DOWN),
                    ts.stream().map(WatchdogTransition::to).toList());
            assertEquals(2 * TW.toNanos(), ts.get(1).monotonicNanos() - t0, "SUSPECT Tw after the DWR");
            assertEquals(3 * TW.toNanos(), ts.get(2).monotonicNanos() - t0, "DOWN 2·Tw after the DWR");
            assertEquals(1, c.journal().messages().stream().filter(DWR).count(), "RFC 3539: one DWR only");
            c.connection().closeFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void threeUnansweredWatchdogsIncludingTheFirstBeforeDown() throws Exception {
        try (ServerPeer s = server(3); ClientPeer c = client(s, InboundRequest::drop)) {
            PeerConnection sc = open(s);
            long t0 = clock.nanoTime();
            clock.advance(TW);
            c.journal().take("DWR 1", DWR, WAIT);
            clock.advance(TW);
            assertEquals(WatchdogState.SUSPECT, sc.watchdogState());
            c.journal().take("DWR 2", DWR, WAIT);
            clock.advance(TW);
            c.journal().take("DWR 3", DWR, WAIT);
            assertEquals(WatchdogState.SUSPECT, sc.watchdogState());
            clock.advance(TW);
            assertEquals(WatchdogState.DOWN, sc.watchdogState());
            assertEquals(4 * TW.toNanos(), sc.watchdogTransitions().get(2).monotonicNanos() - t0);
            assertTrue(sc.closeFuture().get(5, TimeUnit.SECONDS).contains("3 DWRs unanswered"));
        }
    }

    @Test
    void watchdogAnswerWithAnErrorResultCodeStillProvesTheTransportAlive() throws Exception {
        try (ServerPeer s = server(1);
             ClientPeer c = client(s, r -> r.answer(r.answerBuilder(ResultCode.DIAMETER_TOO_BUSY).build()))) {
            PeerConnection sc = open(s);
            for (int i = 1; i <= 3; i++) {
                clock.advance(TW);
                s.journal().take("DWA " + i, DWA, WAIT);
            }
            clock.advance(TW);
            assertEquals(WatchdogState.OKAY, sc.watchdogState());
            assertEquals(ConnectionState.OPEN, sc.state());
            assertEquals(1, sc.watchdogTransitions().size(), "never left OKAY: " + sc.watchdogTransitions());
        }
    }

    @Test
    void trafficPostponesTheWatchdog() throws Exception {
        try (ServerPeer s = server(1); ClientPeer c = client(s, InboundRequest::answerByDefault)) {
            open(s);
            clock.advance(Duration.ofSeconds(20));
            c.send(c.newRequest(272, 4).build()).get(5, TimeUnit.SECONDS); // answered 3001: traffic all the same
            clock.advance(Duration.ofSeconds(10));
            assertEquals(0, c.journal().messages().stream().filter(DWR).count(), "traffic 10 s ago: no DWR yet");
            clock.advance(Duration.ofSeconds(20));
            c.journal().take("DWR after 30 s of silence", DWR, WAIT);
        }
    }

    @Test
    void suspectConnectionRecoversWhenTrafficArrives() throws Exception {
        try (ServerPeer s = server(1); ClientPeer c = client(s, InboundRequest::drop)) {
            PeerConnection sc = open(s);
            clock.advance(TW);
            c.journal().take("DWR", DWR, WAIT);
            clock.advance(TW);
            assertEquals(WatchdogState.SUSPECT, sc.watchdogState());
            c.send(c.newRequest(272, 4).build()).get(5, TimeUnit.SECONDS);
            assertEquals(WatchdogState.OKAY, sc.watchdogState());
            assertEquals("traffic received", sc.watchdogTransitions().get(2).reason());
        }
    }

    @Test
    void jitteredWatchdogFallsWithinTwoSecondsOfTw() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).scheduler(clock)
                .watchdogInterval(TW).build()).start(); ClientPeer c = client(s, InboundRequest::answerByDefault)) {
            open(s);
            long due = clock.nextDue().orElseThrow().toMillis();
            assertTrue(due >= 28_000 && due <= 32_000, "first DWR due after " + due + " ms");
            clock.advance(Duration.ofSeconds(28).minusMillis(1));
            assertEquals(0, c.journal().messages().stream().filter(DWR).count());
            clock.advance(Duration.ofSeconds(4));
            c.journal().take("DWR", DWR, WAIT);
        }
    }

    @Test
    void watchdogRunsInRealTimeWithJitterAndMillisecondTw() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4)
                .watchdogInterval(Duration.ofMillis(40)).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4)
                     .watchdogInterval(Duration.ofMillis(40)).build(), s.address()).start()) {
            for (int i = 0; i < 3; i++) {
                s.journal().take("DWA " + i, DWA, WAIT);
                c.journal().take("DWA " + i, DWA, WAIT);
            }
            assertEquals(WatchdogState.OKAY, c.connection().watchdogState());
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void restartedClientReopensWithNewOriginStateIdAndNeedsThreeWatchdogAnswers() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().originHost("client.test").authApplicationIds(4)
                     .scheduler(clock).watchdogInterval(TW).watchdogJitter(false).build(), s.address()).start()) {
            long before = c.originStateId();
            PeerConnection first = c.connection();
            c.restart();
            assertTrue(c.originStateId() > before, c.originStateId() + " > " + before);
            assertEquals(ConnectionState.CLOSED, first.state());
            PeerConnection second = c.connection();
            assertEquals(WatchdogState.REOPEN, second.watchdogState());
            MessageEntry cer = s.journal().take("first CER", m -> m.isRequest() && m.commandCode() == 257, WAIT);
            MessageEntry cer2 = s.journal().take("second CER", m -> m.isRequest() && m.commandCode() == 257, WAIT);
            assertTrue(cer2.message().avp(278).orElseThrow().asUnsigned32()
                    > cer.message().avp(278).orElseThrow().asUnsigned32());
            c.journal().take("DWA 1", DWA, WAIT);
            RequestAnswerTest.awaitPending(clock, 1);
            clock.advance(TW);
            c.journal().take("DWA 2", DWA, WAIT);
            assertEquals(WatchdogState.REOPEN, second.watchdogState());
            clock.advance(TW);
            c.journal().take("DWA 3", DWA, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (second.watchdogState() != WatchdogState.OKAY && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(WatchdogState.OKAY, second.watchdogState());
        }
    }
}
