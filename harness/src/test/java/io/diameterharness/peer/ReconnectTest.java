package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.diameterharness.journal.MessageEntry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ReconnectTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Duration TW = Duration.ofSeconds(30);
    static final Predicate<MessageEntry> CER = m -> m.isRequest() && m.commandCode() == 257;
    static final Predicate<MessageEntry> DWA = m -> m.isAnswer() && m.commandCode() == 280;

    final ManualScheduler clock = new ManualScheduler();

    ClientPeer client(ServerPeer s) {
        return new ClientPeer(PeerConfig.builder().originHost("client.test").authApplicationIds(4).scheduler(clock)
                .watchdogInterval(TW).watchdogJitter(false).reconnectDelay(Duration.ofSeconds(5)).build(),
                s.address()).start();
    }

    static void awaitState(PeerConnection c, WatchdogState state) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (c.watchdogState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("watchdog of " + c + " is " + c.watchdogState() + ", not " + state
                        + ": " + c.watchdogTransitions());
            }
            Thread.onSpinWait();
        }
    }

    static PeerConnection awaitNewConnection(ClientPeer c, PeerConnection old) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (c.connection() == old || c.connection().state() != ConnectionState.OPEN) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new open connection; current " + c.connection());
            }
            Thread.onSpinWait();
        }
        return c.connection();
    }

    @Test
    void clientGoesDownReconnectsAndReopensWithThreeWatchdogAnswers() throws Exception {
        AtomicReference<PeerConnection> silent = new AtomicReference<>();
        RequestHandler h = r -> {
            if (r.message().commandCode() == 280 && r.connection() == silent.get()) {
                r.drop();
            } else {
                r.answerByDefault();
            }
        };
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).requestHandler(h)
                .watchdogEnabled(false).build()).start(); ClientPeer c = client(s)) {
            silent.set(s.awaitOpenConnection(WAIT));
            PeerConnection first = c.connection();
            long stateId = c.originStateId();
            RequestAnswerTest.awaitPending(clock, 1);
            clock.advance(TW);
            clock.advance(TW);
            assertEquals(WatchdogState.SUSPECT, first.watchdogState());
            clock.advance(TW);
            assertEquals(WatchdogState.DOWN, first.watchdogState());
            first.closeFuture().get(5, TimeUnit.SECONDS);
            s.journal().take("first CER", CER, WAIT);
            RequestAnswerTest.awaitPending(clock, 1);
            clock.advance(Duration.ofSeconds(5));
            s.journal().take("CER of the reconnection", CER, WAIT);
            PeerConnection second = awaitNewConnection(c, first);
            assertEquals(WatchdogState.REOPEN, second.watchdogState());
            assertEquals(stateId, c.originStateId(), "a reconnection is not a reboot");
            c.journal().take("DWA 1", m -> DWA.test(m) && m.connection().connectionId() == second.id(), WAIT);
            RequestAnswerTest.awaitPending(clock, 1);
            clock.advance(TW);
            c.journal().take("DWA 2", m -> DWA.test(m) && m.connection().connectionId() == second.id(), WAIT);
            assertEquals(WatchdogState.REOPEN, second.watchdogState());
            clock.advance(TW);
            c.journal().take("DWA 3", m -> DWA.test(m) && m.connection().connectionId() == second.id(), WAIT);
            awaitState(second, WatchdogState.OKAY);
        }
    }

    @Test
    void clientReconnectsAfterDprBusyButNotAfterDoNotWantToTalkToYou() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start();
             ClientPeer c = client(s)) {
            PeerConnection first = c.connection();
            s.awaitOpenConnection(WAIT).disconnect(DisconnectCause.BUSY).get(5, TimeUnit.SECONDS);
            first.closeFuture().get(5, TimeUnit.SECONDS);
            RequestAnswerTest.awaitPending(clock, 1);
            clock.advance(Duration.ofSeconds(5));
            PeerConnection second = awaitNewConnection(c, first);
            assertNotSame(first, second);

            s.awaitOpenConnection(WAIT).disconnect(DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU).get(5, TimeUnit.SECONDS);
            second.closeFuture().get(5, TimeUnit.SECONDS);
            clock.advance(Duration.ofSeconds(60));
            assertSame(second, c.connection());
            assertEquals(0, clock.pendingTasks(), "no reconnection scheduled");
        }
    }

    @Test
    void clientDoesNotReconnectAfterItsOwnClose() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).build()).start();
             ClientPeer c = client(s)) {
            PeerConnection first = c.connection();
            first.close().get(5, TimeUnit.SECONDS);
            clock.advance(Duration.ofSeconds(60));
            assertSame(first, c.connection());
            assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> c.send(c.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS));
        }
    }
}
