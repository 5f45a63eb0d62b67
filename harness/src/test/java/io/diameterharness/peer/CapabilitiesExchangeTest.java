package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.Direction;
import io.diameterharness.journal.MessageEntry;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CapabilitiesExchangeTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final long GX = 16777238L;

    static PeerConfig.Builder server() {
        return PeerConfig.builder().originHost("server.test").originRealm("test").authApplicationIds(4);
    }

    static PeerConfig.Builder client() {
        return PeerConfig.builder().originHost("client.test").originRealm("test").authApplicationIds(4);
    }

    @Test
    void clientAndServerCompleteCapabilitiesExchangeWithSuccess() throws Exception {
        try (ServerPeer s = new ServerPeer(server().vendorId(10415).productName("OCS").firmwareRevision(7).build()).start();
             ClientPeer c = new ClientPeer(client().build(), s.address()).start()) {
            PeerConnection cc = c.connection();
            assertEquals(ConnectionState.OPEN, cc.state());
            assertEquals("server.test", cc.peerHost().orElseThrow());
            assertEquals("test", cc.peerRealm().orElseThrow());
            DiameterMessage cea = cc.peerCapabilities().orElseThrow();
            assertEquals(2001L, Answers.resultCode(cea));
            assertEquals(10415L, Avps.VENDOR_ID.read(cea.avp(Avps.VENDOR_ID.code()).orElseThrow()));
            assertEquals("OCS", Avps.PRODUCT_NAME.read(cea.avp(Avps.PRODUCT_NAME.code()).orElseThrow()));
            assertEquals(7L, Avps.FIRMWARE_REVISION.read(cea.avp(Avps.FIRMWARE_REVISION.code()).orElseThrow()));
            assertEquals(s.originStateId(), Avps.ORIGIN_STATE_ID.read(cea.avp(Avps.ORIGIN_STATE_ID.code()).orElseThrow()));

            PeerConnection sc = s.awaitOpenConnection(WAIT);
            assertEquals("client.test", sc.peerHost().orElseThrow());
            DiameterMessage cer = sc.peerCapabilities().orElseThrow();
            AddressValue ip = Avps.HOST_IP_ADDRESS.read(cer.avp(Avps.HOST_IP_ADDRESS.code()).orElseThrow());
            assertEquals(cc.localAddress().getAddress(), ip.toInetAddress());
            assertFalse(ip.isUnspecified());
            assertEquals(c.originStateId(), Avps.ORIGIN_STATE_ID.read(cer.avp(Avps.ORIGIN_STATE_ID.code()).orElseThrow()));
        }
    }

    @Test
    void cerCarriesEveryConfiguredCapabilityInTheRfcOrder() throws Exception {
        PeerConfig cfg = PeerConfig.builder().originHost("pcef.test").originRealm("test").vendorId(10415)
                .productName("PCEF").firmwareRevision(3).originStateId(77).supportedVendorIds(10415, 5535)
                .authApplicationIds(4).acctApplicationIds(3).inbandSecurityIds(0)
                .vendorSpecificApplicationIds(VendorSpecificApplicationId.auth(10415, GX)).build();
        try (ServerPeer s = new ServerPeer(server().build()).start(); ClientPeer c = new ClientPeer(cfg, s.address()).start()) {
            DiameterMessage cer = s.awaitOpenConnection(WAIT).peerCapabilities().orElseThrow();
            assertEquals(java.util.List.of(264, 296, 257, 266, 269, 278, 265, 265, 258, 299, 259, 260, 267),
                    cer.avps().stream().map(io.diameterharness.codec.Avp::code).toList());
            assertEquals(77L, Avps.ORIGIN_STATE_ID.read(cer.avp(278).orElseThrow()));
            java.util.List<io.diameterharness.codec.Avp> vsa = Avps.VENDOR_SPECIFIC_APPLICATION_ID.read(cer.avp(260).orElseThrow());
            assertEquals(10415L, Avps.VENDOR_ID.read(vsa.get(0)));
            assertEquals(GX, Avps.AUTH_APPLICATION_ID.read(vsa.get(1)));
            assertTrue(cer.avp(267).orElseThrow().isMandatory() == false, "Firmware-Revision has no M bit");
        }
    }

    @Test
    void serverHostIpAddressIsTheAcceptedSocketsRealAddressEvenWhenListeningOnTheWildcard() throws Exception {
        try (ServerPeer s = new ServerPeer(server().bindAddress(InetAddress.getByName("0.0.0.0")).build()).start();
             ClientPeer c = new ClientPeer(client().build(),
                     new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), s.port())).start()) {
            DiameterMessage cea = c.connection().peerCapabilities().orElseThrow();
            AddressValue ip = Avps.HOST_IP_ADDRESS.read(cea.avp(Avps.HOST_IP_ADDRESS.code()).orElseThrow());
            assertFalse(ip.isUnspecified(), "Host-IP-Address must not be 0.0.0.0: " + ip);
            assertEquals(InetAddress.getLoopbackAddress(), ip.toInetAddress());
        }
    }

    @Test
    void worksOverIpv6Loopback() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        try (ServerPeer s = new ServerPeer(server().bindAddress(v6).build()).start();
             ClientPeer c = new ClientPeer(client().bindAddress(v6).build(), s.address()).start()) {
            DiameterMessage cea = c.connection().peerCapabilities().orElseThrow();
            AddressValue ip = Avps.HOST_IP_ADDRESS.read(cea.avp(Avps.HOST_IP_ADDRESS.code()).orElseThrow());
            assertEquals(AddressValue.FAMILY_IPV6, ip.family());
            assertEquals(v6, ip.toInetAddress());
        }
    }

    @Test
    void answersCerWithNoCommonApplication() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start()) {
            ClientPeer c = new ClientPeer(PeerConfig.builder().originHost("client.test").authApplicationIds(GX).build(),
                    s.address());
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class, c::start);
            c.close();
            assertEquals(ResultCode.DIAMETER_NO_COMMON_APPLICATION, e.resultCode());
            assertTrue(e.getMessage().contains("5010"), e.getMessage());
            MessageEntry sent = s.journal().take("CEA", m -> m.direction() == Direction.OUTBOUND, WAIT);
            assertFalse(sent.message().isError(), "5010 is not a protocol error: no E bit");
            s.journal().await(ConnectionEvent.class, "close after 5010",
                    ev -> ev.kind() == ConnectionEvent.Kind.CLOSED, WAIT);
        }
    }

    @Test
    void relayApplicationCountsAsCommonOnEitherSide() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(0xFFFFFFFFL).build(),
                     s.address()).start()) {
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(0xFFFFFFFFL).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(GX).build(), s.address()).start()) {
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void vendorSpecificApplicationIdIsCommonWithoutLookingAtTheVendor() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder()
                .vendorSpecificApplicationIds(VendorSpecificApplicationId.auth(10415, GX)).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder()
                     .vendorSpecificApplicationIds(VendorSpecificApplicationId.auth(99, GX)).build(), s.address()).start()) {
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void answersUnknownPeerWhenOriginHostIsNotAllowed() throws Exception {
        try (ServerPeer s = new ServerPeer(server().allowedPeers("pcef.test").build()).start()) {
            ClientPeer c = new ClientPeer(client().build(), s.address());
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class, c::start);
            c.close();
            assertEquals(ResultCode.DIAMETER_UNKNOWN_PEER, e.resultCode());
            DiameterMessage cea = e.answer().orElseThrow();
            assertTrue(cea.isError(), "3010 is a protocol error: E bit");
            assertTrue(cea.avp(Avps.ERROR_MESSAGE.code()).isPresent());
        }
        try (ServerPeer s = new ServerPeer(server().allowedPeers("CLIENT.test").build()).start();
             ClientPeer c = new ClientPeer(client().build(), s.address()).start()) {
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void clientFailsClearlyWhenNoCeaComesInTime() throws Exception {
        // the server's handler drops the CER
        try (ServerPeer s = new ServerPeer(server().requestHandler(InboundRequest::drop).build()).start()) {
            ClientPeer c = new ClientPeer(client().ceaTimeout(Duration.ofMillis(200)).build(), s.address());
            long t0 = System.nanoTime();
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class, c::start);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            c.close();
            assertTrue(e.getMessage().contains("no CEA within 200 ms"), e.getMessage());
            assertTrue(ms >= 190 && ms < 5000, "failed after " + ms + " ms");
            assertEquals(-1, e.resultCode());
        }
    }

    @Test
    void ceaTimeoutRunsOnTheManualClock() throws Exception {
        ManualScheduler clock = new ManualScheduler();
        try (ServerPeer s = new ServerPeer(server().requestHandler(InboundRequest::drop).build()).start()) {
            ClientPeer c = new ClientPeer(client().scheduler(clock).ceaTimeout(Duration.ofSeconds(30)).build(),
                    s.address());
            java.util.concurrent.CompletableFuture<Void> started =
                    java.util.concurrent.CompletableFuture.runAsync(c::start);
            s.journal().take("CER", MessageEntry::isRequest, WAIT);
            while (clock.pendingTasks() == 0) {
                Thread.onSpinWait();
            }
            clock.advance(Duration.ofSeconds(29));
            assertFalse(started.isDone());
            clock.advance(Duration.ofSeconds(1));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> started.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof CapabilitiesExchangeException, String.valueOf(e.getCause()));
            c.close();
        }
    }

    @Test
    void requestBeforeCerIsAnsweredUnknownPeerAndClosed() throws Exception {
        try (ServerPeer s = new ServerPeer(server().build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            DiameterMessage ccr = DiameterMessage.request(272, 4).hopByHopId(7).endToEndId(8)
                    .avp(Avps.SESSION_ID.avp("s;1")).avp(Avps.ORIGIN_HOST.avp("raw.test"))
                    .avp(Avps.ORIGIN_REALM.avp("test")).build();
            raw.write(ccr.encode());
            DiameterMessage a = raw.readMessage(WAIT);
            assertEquals(ResultCode.DIAMETER_UNKNOWN_PEER, Answers.resultCode(a));
            assertTrue(a.isError());
            assertEquals(7, a.hopByHopId());
            assertTrue(raw.awaitEof(WAIT), "connection closed after answering");
        }
    }
}
