package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.Direction;
import io.diameterharness.journal.MessageEntry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RequestAnswerTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final int CCR = 272;

    static PeerConfig.Builder server(RequestHandler h) {
        return PeerConfig.builder().originHost("ocs.test").originRealm("test").authApplicationIds(4).requestHandler(h);
    }

    /** Base protocol by default, {@code action} for everything else. */
    static RequestHandler onOthers(RequestHandler action) {
        return r -> {
            if (BaseProtocol.isBase(r.message().commandCode())) {
                r.answerByDefault();
            } else {
                action.handle(r);
            }
        };
    }

    static ClientPeer client(ServerPeer s) {
        return new ClientPeer(PeerConfig.builder().originHost("pcef.test").originRealm("test").authApplicationIds(4)
                .build(), s.address()).start();
    }

    static DiameterMessage ccr(ClientPeer c) {
        return c.newRequest(CCR, 4).proxiable().avpAt(0, Avps.SESSION_ID.avp("pcef.test;1;2"))
                .avp(Avps.DESTINATION_REALM.avp("test")).build();
    }

    @Test
    void handlerAnswersWithCorrectlyDerivedAnswer() throws Exception {
        RequestHandler h = r -> r.answer(r.answerBuilder(ResultCode.DIAMETER_SUCCESS)
                .avp(Avps.USER_NAME.avp("alice")).build());
        try (ServerPeer s = new ServerPeer(server(onOthers(h)).build()).start(); ClientPeer c = client(s)) {
            DiameterMessage req = ccr(c).toBuilder().endToEndId(0x1234).build();
            DiameterMessage a = c.send(req).get(5, TimeUnit.SECONDS);
            MessageEntry sent = c.journal().take("CCR", m -> m.isRequest() && m.commandCode() == CCR, WAIT);
            assertEquals(sent.message().hopByHopId(), a.hopByHopId());
            assertEquals(0x1234, a.endToEndId());
            assertTrue(a.isProxiable(), "P bit copied");
            assertFalse(a.isError());
            assertEquals(Avps.SESSION_ID.code(), a.avps().get(0).code(), "Session-Id first");
            assertEquals("pcef.test;1;2", Avps.SESSION_ID.read(a.avps().get(0)));
            assertEquals(2001L, Answers.resultCode(a));
            assertEquals("ocs.test", Avps.ORIGIN_HOST.read(a.avp(Avps.ORIGIN_HOST.code()).orElseThrow()));
            assertEquals("test", Avps.ORIGIN_REALM.read(a.avp(Avps.ORIGIN_REALM.code()).orElseThrow()));
            assertEquals("alice", Avps.USER_NAME.read(a.avp(Avps.USER_NAME.code()).orElseThrow()));
        }
    }

    @Test
    void unhandledCommandGetsCommandUnsupportedWithEBit() throws Exception {
        try (ServerPeer s = new ServerPeer(server(RequestHandler.DEFAULT).build()).start(); ClientPeer c = client(s)) {
            DiameterMessage a = c.send(ccr(c)).get(5, TimeUnit.SECONDS);
            assertEquals(ResultCode.DIAMETER_COMMAND_UNSUPPORTED, Answers.resultCode(a));
            assertTrue(a.isError());
            assertTrue(a.avp(Avps.ERROR_MESSAGE.code()).isPresent());
        }
    }

    @Test
    void wrongDestinationRealmIsAnsweredRealmNotServed() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(r -> r.answer(r.answerBuilder(2001).build()))).build()).start();
             ClientPeer c = client(s)) {
            DiameterMessage req = ccr(c).toBuilder().removeAvps(Avps.DESTINATION_REALM.code(), 0)
                    .avp(Avps.DESTINATION_REALM.avp("elsewhere")).build();
            DiameterMessage a = c.send(req).get(5, TimeUnit.SECONDS);
            assertEquals(ResultCode.DIAMETER_REALM_NOT_SERVED, Answers.resultCode(a));
            assertTrue(a.isError());
            assertTrue(Avps.ERROR_MESSAGE.read(a.avp(Avps.ERROR_MESSAGE.code()).orElseThrow()).contains("elsewhere"));
        }
    }

    @Test
    void wrongDestinationHostIsAnsweredUnableToDeliver() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(r -> r.answer(r.answerBuilder(2001).build()))).build()).start();
             ClientPeer c = client(s)) {
            DiameterMessage wrong = ccr(c).toBuilder().avp(Avps.DESTINATION_HOST.avp("other.test")).build();
            assertEquals(ResultCode.DIAMETER_UNABLE_TO_DELIVER, Answers.resultCode(c.send(wrong).get(5, TimeUnit.SECONDS)));
            DiameterMessage right = ccr(c).toBuilder().avp(Avps.DESTINATION_HOST.avp("OCS.test")).build();
            assertEquals(2001L, Answers.resultCode(c.send(right).get(5, TimeUnit.SECONDS)));
        }
    }

    @Test
    void routingChecksCanBeSwitchedOff() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(r -> r.answer(r.answerBuilder(2001).build())))
                .routingChecks(false).build()).start(); ClientPeer c = client(s)) {
            DiameterMessage req = ccr(c).toBuilder().avp(Avps.DESTINATION_HOST.avp("other.test")).build();
            assertEquals(2001L, Answers.resultCode(c.send(req).get(5, TimeUnit.SECONDS)));
        }
    }

    @Test
    void delayedAnswerArrivesOnlyWhenTheManualClockAdvances() throws Exception {
        ManualScheduler clock = new ManualScheduler();
        RequestHandler h = r -> r.answerAfter(Duration.ofSeconds(6), r.answerBuilder(2001).build());
        try (ServerPeer s = new ServerPeer(server(onOthers(h)).scheduler(clock).watchdogEnabled(false).build()).start();
             ClientPeer c = client(s)) {
            var f = c.send(ccr(c));
            s.journal().take("CCR", m -> m.isRequest() && m.commandCode() == CCR, WAIT);
            awaitPending(clock, 1);
            clock.advance(Duration.ofSeconds(5));
            assertFalse(f.isDone());
            clock.advance(Duration.ofSeconds(1));
            assertEquals(2001L, Answers.resultCode(f.get(5, TimeUnit.SECONDS)));
        }
    }

    static void awaitPending(ManualScheduler clock, int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (clock.pendingTasks() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("scheduler has " + clock.pendingTasks() + " tasks, expected " + n);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void droppedRequestTimesOutOnTheSendersSide() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(InboundRequest::drop)).build()).start(); ClientPeer c = client(s)) {
            var f = c.connection().send(ccr(c), Duration.ofMillis(100));
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void handlerCanCloseTheConnection() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(InboundRequest::close)).build()).start(); ClientPeer c = client(s)) {
            var f = c.send(ccr(c));
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
            assertEquals("closed by the peer", c.connection().closeFuture().get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void handlerCanResetTheConnection() throws Exception {
        try (ServerPeer s = new ServerPeer(server(onOthers(InboundRequest::reset)).build()).start(); ClientPeer c = client(s)) {
            var f = c.send(ccr(c));
            assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            String reason = c.connection().closeFuture().get(5, TimeUnit.SECONDS);
            assertTrue(reason.toLowerCase().contains("reset"), "client saw: " + reason);
        }
    }

    @Test
    void handlerCanWriteRawBytes() throws Exception {
        byte[] garbage = {1, 0, 0, 19, 0, 0, 0, 0};
        try (ServerPeer s = new ServerPeer(server(onOthers(r -> r.writeRaw(garbage))).build()).start(); ClientPeer c = client(s)) {
            var f = c.send(ccr(c));
            assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            MessageEntry in = c.journal().take("garbage", m -> m.isInbound() && m.decoded().isEmpty(), WAIT);
            assertArrayEquals(java.util.Arrays.copyOf(garbage, in.length()), in.bytes());
            assertTrue(c.connection().closeFuture().get(5, TimeUnit.SECONDS).contains("framing lost"));
        }
    }

    @Test
    void handlerFailureIsAnsweredUnableToComplyAndRecorded() throws Exception {
        RequestHandler h = r -> {
            if (r.message().commandCode() == CCR) {
                throw new IllegalStateException("boom");
            }
            r.answerByDefault();
        };
        try (ServerPeer s = new ServerPeer(server(onOthers(h)).build()).start(); ClientPeer c = client(s)) {
            DiameterMessage a = c.send(ccr(c)).get(5, TimeUnit.SECONDS);
            assertEquals(ResultCode.DIAMETER_UNABLE_TO_COMPLY, Answers.resultCode(a));
            ConnectionEvent e = s.journal().await(ConnectionEvent.class, "handler error",
                    ev -> ev.kind() == ConnectionEvent.Kind.ERROR, WAIT);
            assertTrue(e.detail().contains("boom"), e.detail());
        }
    }

    @Test
    void handlerSeesCerAndCanOverrideTheCea() throws Exception {
        RequestHandler h = r -> {
            if (r.message().commandCode() == 257) {
                r.answer(r.defaultAnswer().toBuilder().removeAvps(Avps.RESULT_CODE.code(), 0)
                        .avpAt(0, Avps.RESULT_CODE.avp((long) ResultCode.DIAMETER_TOO_BUSY)).error().build());
            } else {
                r.answerByDefault();
            }
        };
        try (ServerPeer s = new ServerPeer(server(h).build()).start()) {
            ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4).build(), s.address());
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class, c::start);
            c.close();
            assertEquals(ResultCode.DIAMETER_TOO_BUSY, e.resultCode());
        }
    }

    @Test
    void journalRecordsBothDirectionsWithConnectionAndIdentities() throws Exception {
        RequestHandler h = r -> r.answer(r.answerBuilder(2001).build());
        try (ServerPeer s = new ServerPeer(server(onOthers(h)).build()).start(); ClientPeer c = client(s)) {
            c.send(ccr(c)).get(5, TimeUnit.SECONDS);
            MessageEntry in = s.journal().take("CCR", m -> m.isRequest() && m.commandCode() == CCR, WAIT);
            MessageEntry out = s.journal().take("CCA", m -> m.isAnswer() && m.commandCode() == CCR, WAIT);
            assertEquals(Direction.INBOUND, in.direction());
            assertEquals(Direction.OUTBOUND, out.direction());
            assertEquals(in.connection().connectionId(), out.connection().connectionId());
            assertEquals("pcef.test", in.connection().peerHost());
            assertEquals("ocs.test", in.connection().localHost());
            assertEquals(c.connection().localAddress(), in.connection().remoteAddress());
            assertTrue(out.monotonicNanos() >= in.monotonicNanos());
            assertArrayEquals(out.message().encode(), out.bytes());
            List<ConnectionEvent> events = s.journal().events();
            assertEquals(ConnectionEvent.Kind.OPENED, events.get(0).kind());
            assertEquals(ConnectionEvent.Kind.CAPABILITIES_EXCHANGED, events.get(1).kind());
            AssertionError miss = assertThrows(AssertionError.class,
                    () -> s.journal().take("a second CCR", m -> m.isRequest() && m.commandCode() == CCR,
                            Duration.ofMillis(50)));
            assertTrue(miss.getMessage().contains("no a second CCR within 50 ms"), miss.getMessage());
            assertTrue(miss.getMessage().contains("CCR (272)"), miss.getMessage());
        }
    }

    static Avp unused() {
        return null;
    }
}
