package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.MessageEntry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConnectionLifecycleTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    static PeerConfig.Builder server() {
        return PeerConfig.builder().originHost("server.test").originRealm("test").authApplicationIds(4);
    }

    static ClientPeer client(ServerPeer s, String host) {
        return new ClientPeer(PeerConfig.builder().originHost(host).originRealm("test").authApplicationIds(4).build(),
                s.address()).start();
    }

    @Test
    void clientDisconnectsWithDprAndBothSidesCloseAfterDpa() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); ClientPeer c = client(s, "client.test")) {
            PeerConnection sc = s.awaitOpenConnection(WAIT);
            DiameterMessage dpa = c.connection().disconnect(DisconnectCause.REBOOTING).get(5, TimeUnit.SECONDS);
            assertEquals(2001L, Answers.resultCode(dpa));
            assertEquals("DPA received (result 2001)", c.connection().closeFuture().get(5, TimeUnit.SECONDS));
            assertEquals("DPA sent for DPR with Disconnect-Cause 0", sc.closeFuture().get(5, TimeUnit.SECONDS));
            MessageEntry dpr = s.journal().take("DPR", m -> m.isRequest() && m.commandCode() == 282, WAIT);
            assertEquals(0, Avps.DISCONNECT_CAUSE.read(dpr.message().avp(Avps.DISCONNECT_CAUSE.code()).orElseThrow()));
        }
    }

    @Test
    void serverDisconnectsWithDprAndTheClientAnswersDpaByDefault() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); ClientPeer c = client(s, "client.test")) {
            PeerConnection sc = s.awaitOpenConnection(WAIT);
            DiameterMessage dpa = sc.disconnect(DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU).get(5, TimeUnit.SECONDS);
            assertEquals(2001L, Answers.resultCode(dpa));
            assertEquals("DPA sent for DPR with Disconnect-Cause 2", c.connection().closeFuture().get(5, TimeUnit.SECONDS));
            assertEquals(ConnectionState.CLOSED, sc.closeFuture().thenApply(r -> sc.state()).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void secondCerFromTheSameOriginHostReplacesTheOldConnectionByDefault() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); ClientPeer c1 = client(s, "dup.test")) {
            PeerConnection old = s.awaitOpenConnection(WAIT);
            try (ClientPeer c2 = client(s, "dup.test")) {
                assertTrue(old.closeFuture().get(5, TimeUnit.SECONDS).startsWith("replaced by connection #"));
                assertTrue(c1.connection().closeFuture().get(5, TimeUnit.SECONDS).contains("closed by the peer"));
                assertEquals(ConnectionState.OPEN, c2.connection().state());
            }
        }
    }

    @Test
    void secondCerFromTheSameOriginHostIsRejectedUnderRejectNew() throws Exception {
        try (ServerPeer s = new ServerPeer(server().duplicatePeerPolicy(DuplicatePeerPolicy.REJECT_NEW).build()).start();
             ClientPeer c1 = client(s, "dup.test")) {
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class,
                    () -> client(s, "dup.test"));
            assertEquals(ResultCode.DIAMETER_UNABLE_TO_COMPLY, e.resultCode());
            assertEquals(ConnectionState.OPEN, c1.connection().state());
            assertEquals(2001L, Answers.resultCode(c1.send(c1.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS)));
        }
    }

    @Test
    void secondCerFromTheSameOriginHostKeepsBothUnderKeepBoth() throws Exception {
        try (ServerPeer s = new ServerPeer(server().duplicatePeerPolicy(DuplicatePeerPolicy.KEEP_BOTH).build()).start();
             ClientPeer c1 = client(s, "dup.test"); ClientPeer c2 = client(s, "dup.test")) {
            assertEquals(2, s.connections().stream().filter(x -> x.state() == ConnectionState.OPEN).count());
            assertEquals(ConnectionState.OPEN, c1.connection().state());
            assertEquals(ConnectionState.OPEN, c2.connection().state());
        }
    }

    @Test
    void serverRestartDropsConnectionsAndAdvertisesAHigherOriginStateId() throws Exception {
        try (ServerPeer s = new ServerPeer(server().originStateId(41).build()).start()) {
            assertEquals(41, s.originStateId());
            int port = s.port();
            try (ClientPeer c = client(s, "client.test")) {
                s.restart();
                c.connection().closeFuture().get(5, TimeUnit.SECONDS);
            }
            assertEquals(42, s.originStateId());
            assertEquals(port, s.port());
            try (ClientPeer c = client(s, "client.test")) {
                Avp osi = c.connection().peerCapabilities().orElseThrow().avp(278).orElseThrow();
                assertEquals(42L, Avps.ORIGIN_STATE_ID.read(osi));
            }
        }
    }

    @Test
    void originStateIdIncreasesFromOnePeerObjectToTheNext() {
        long a;
        try (ServerPeer s = new ServerPeer(server().build()).start()) {
            a = s.originStateId();
        }
        try (ServerPeer s = new ServerPeer(server().build()).start()) {
            assertTrue(s.originStateId() > a);
        }
    }

    @Test
    void requestWithTheEBitIsAnsweredInvalidHeaderBitsWithEBitAndConnectionStays() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            byte[] bad = DiameterMessage.request(272, 4).hopByHopId(99).endToEndId(5)
                    .avp(Avps.SESSION_ID.avp("raw;1")).build().encode();
            bad[4] |= 0x20; // E bit on a request: RFC 6733 section 3, 3008
            raw.write(bad);
            DiameterMessage a = raw.readMessage(WAIT);
            assertEquals(ResultCode.DIAMETER_INVALID_HDR_BITS, Answers.resultCode(a));
            assertTrue(a.isError());
            assertEquals(99, a.hopByHopId());
            raw.write(DiameterMessage.request(280, 0).hopByHopId(100).avp(Avps.ORIGIN_HOST.avp("raw.test"))
                    .avp(Avps.ORIGIN_REALM.avp("test")).build().encode());
            assertEquals(2001L, Answers.resultCode(raw.readMessage(WAIT)), "connection still usable");
        }
    }

    @Test
    void requestWithBadAvpLengthIsAnsweredWithTheCodecsResultCodeAndFailedAvp() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            byte[] msg = DiameterMessage.request(272, 4).hopByHopId(7)
                    .avp(Avps.SESSION_ID.avp("raw;2")).avp(Avps.USER_NAME.avp("abcd")).build().encode();
            // User-Name AVP header at 20 + padded Session-Id (8+5 -> 16): set its length to 200
            int at = 20 + 16;
            msg[at + 5] = 0;
            msg[at + 6] = 0;
            msg[at + 7] = (byte) 200;
            raw.write(msg);
            DiameterMessage a = raw.readMessage(WAIT);
            assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, Answers.resultCode(a));
            assertFalse(a.isError(), "5014 is not a protocol error");
            assertTrue(a.avp(Avps.FAILED_AVP.code()).isPresent(), "Failed-AVP present: " + a);
        }
    }

    @Test
    void lostFramingClosesOnlyThatConnectionAndRecordsWhy() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start(); ClientPeer good = client(s, "good.test");
             RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            raw.write(new byte[] {1, 0, 0, 7, 0, 0, 0, 0, 1, 2, 3, 4});
            assertTrue(raw.awaitEof(WAIT));
            ConnectionEvent closed = s.journal().await(ConnectionEvent.class, "close",
                    e -> e.kind() == ConnectionEvent.Kind.CLOSED, WAIT);
            assertTrue(closed.detail().startsWith("framing lost: 5015"), closed.detail());
            assertEquals(2001L, Answers.resultCode(good.send(good.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS)));
            assertTrue(s.isRunning());
        }
    }

    static void handshake(RawClient raw) throws Exception {
        raw.write(DiameterMessage.request(257, 0).hopByHopId(1).endToEndId(1)
                .avp(Avps.ORIGIN_HOST.avp("raw.test")).avp(Avps.ORIGIN_REALM.avp("test"))
                .avp(Avps.HOST_IP_ADDRESS.avp(io.diameterharness.codec.AddressValue.parse("127.0.0.1")))
                .avp(Avps.VENDOR_ID.avp(0L)).avp(Avps.PRODUCT_NAME.avp("raw"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(4L)).build().encode());
        DiameterMessage cea = raw.readMessage(WAIT);
        assertEquals(2001L, Answers.resultCode(cea));
    }
}
