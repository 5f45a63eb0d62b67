package io.diameterharness.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.peer.Answers;
import io.diameterharness.peer.CapabilitiesExchangeException;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.ConnectionState;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.ServerPeer;
import io.diameterharness.transport.internal.SelfSignedCertificate;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TlsAndSctpTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    static PeerConfig.Builder peer(String host) {
        return PeerConfig.builder().originHost(host).originRealm("test").authApplicationIds(4);
    }

    @Test
    void tlsAtConnectionStartWithGeneratedSelfSignedCertificates() throws Exception {
        try (ServerPeer s = new ServerPeer(peer("server.test").tls(TlsSettings.selfSigned()).build()).start();
             ClientPeer c = new ClientPeer(peer("client.test").tls(TlsSettings.selfSigned()).build(),
                     s.address()).start()) {
            assertTrue(c.connection().isTls());
            assertEquals(ConnectionState.OPEN, c.connection().state());
            ConnectionEvent tls = s.journal().await(ConnectionEvent.class, "TLS",
                    e -> e.kind() == ConnectionEvent.Kind.TLS_ESTABLISHED, WAIT);
            assertTrue(tls.detail().startsWith("TLSv1.3"), tls.detail());
            assertEquals(2001L, Answers.resultCode(c.send(c.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS)));
        }
    }

    @Test
    void tlsWithGivenKeyMaterialTrustAnchorsAndRequiredClientAuthentication() throws Exception {
        SelfSignedCertificate serverCert = SelfSignedCertificate.generate("server.test");
        SelfSignedCertificate clientCert = SelfSignedCertificate.generate("client.test");
        TlsSettings serverTls = TlsSettings.builder().keyMaterial(serverCert.privateKey(), serverCert.certificate())
                .trust(clientCert.certificate()).clientAuthentication(TlsSettings.ClientAuthentication.REQUIRE).build();
        TlsSettings clientTls = TlsSettings.builder().keyMaterial(clientCert.privateKey(), clientCert.certificate())
                .trust(serverCert.certificate()).build();
        try (ServerPeer s = new ServerPeer(peer("server.test").tls(serverTls).build()).start()) {
            try (ClientPeer c = new ClientPeer(peer("client.test").tls(clientTls).build(), s.address()).start()) {
                assertEquals(ConnectionState.OPEN, c.connection().state());
            }
            // a client with another certificate is refused by the server's trust anchors
            ClientPeer stranger = new ClientPeer(peer("stranger.test").tls(TlsSettings.selfSigned())
                    .ceaTimeout(Duration.ofSeconds(3)).build(), s.address());
            assertThrows(CapabilitiesExchangeException.class, stranger::start);
            stranger.close();
        }
    }

    @Test
    void clientRefusesAServerOutsideItsTrustAnchors() throws Exception {
        SelfSignedCertificate other = SelfSignedCertificate.generate("other.test");
        try (ServerPeer s = new ServerPeer(peer("server.test").tls(TlsSettings.selfSigned()).build()).start()) {
            ClientPeer c = new ClientPeer(peer("client.test").tls(TlsSettings.builder().trust(other.certificate())
                    .build()).build(), s.address());
            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class, c::start);
            c.close();
            assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        }
    }

    @Test
    void opensslClientCompletesCapabilitiesExchangeOverTls() throws Exception {
        if (!Boolean.getBoolean("diameter.require.realpeers")) {
            assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        }
        try (ServerPeer s = new ServerPeer(peer("server.test").tls(TlsSettings.selfSigned()).build()).start()) {
            Process p = new ProcessBuilder("openssl", "s_client", "-quiet", "-connect",
                    "127.0.0.1:" + s.port(), "-servername", "server.test").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                DiameterMessage cer = DiameterMessage.request(257, 0).hopByHopId(11).endToEndId(12)
                        .avp(Avps.ORIGIN_HOST.avp("openssl.test")).avp(Avps.ORIGIN_REALM.avp("test"))
                        .avp(Avps.HOST_IP_ADDRESS.avp(io.diameterharness.codec.AddressValue.parse("127.0.0.1")))
                        .avp(Avps.VENDOR_ID.avp(0L)).avp(Avps.PRODUCT_NAME.avp("openssl"))
                        .avp(Avps.AUTH_APPLICATION_ID.avp(4L)).build();
                OutputStream out = p.getOutputStream();
                out.write(cer.encode());
                out.flush();
                CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readFrame(p.getInputStream()));
                DiameterMessage cea = MessageDecoder.decode(read.get(20, TimeUnit.SECONDS)).message();
                assertEquals(2001L, Answers.resultCode(cea));
                assertEquals(11, cea.hopByHopId());
                assertTrue(s.journal().events().stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.TLS_ESTABLISHED));
            } finally {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
    }

    @Test
    void opensslClientWithoutCertificateIsRefusedWhenClientAuthenticationIsRequired() throws Exception {
        if (!Boolean.getBoolean("diameter.require.realpeers")) {
            assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        }
        TlsSettings tls = TlsSettings.builder().clientAuthentication(TlsSettings.ClientAuthentication.REQUIRE).build();
        try (ServerPeer s = new ServerPeer(peer("server.test").tls(tls).build()).start()) {
            Process p = new ProcessBuilder("openssl", "s_client", "-quiet", "-connect", "127.0.0.1:" + s.port())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                p.getOutputStream().write(DiameterMessage.request(257, 0).avp(Avps.ORIGIN_HOST.avp("openssl.test"))
                        .build().encode());
                p.getOutputStream().flush();
                CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                    try {
                        return p.getInputStream().readAllBytes();
                    } catch (java.io.IOException e) {
                        return new byte[0];
                    }
                });
                assertEquals(0, read.get(20, TimeUnit.SECONDS).length, "no CEA for a client without certificate");
                ConnectionEvent failed = s.journal().await(ConnectionEvent.class, "TLS failure",
                        e -> e.kind() == ConnectionEvent.Kind.ERROR, WAIT);
                assertTrue(failed.detail().contains("TLS handshake failed")
                        || failed.detail().toLowerCase().contains("certificate"), failed.detail());
                assertTrue(s.journal().messages().isEmpty(), "no Diameter message got through");
            } finally {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
    }

    private static byte[] readFrame(InputStream in) {
        try {
            byte[] head = in.readNBytes(4);
            int len = ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
            byte[] frame = new byte[len];
            System.arraycopy(head, 0, frame, 0, 4);
            byte[] rest = in.readNBytes(len - 4);
            System.arraycopy(rest, 0, frame, 4, rest.length);
            return frame;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sctpClientAndServerCompleteCapabilitiesExchangeWhereTheKernelOffersSctp() throws Exception {
        assumeTrue(SctpSupport.isAvailable(), () -> "SCTP unavailable: " + SctpSupport.unavailableReason().orElse(""));
        try (ServerPeer s = new ServerPeer(peer("server.test").protocol(TransportProtocol.SCTP).build()).start();
             ClientPeer c = new ClientPeer(peer("client.test").protocol(TransportProtocol.SCTP).build(),
                     s.address()).start()) {
            assertEquals(ConnectionState.OPEN, c.connection().state());
        }
    }

    @Test
    void sctpWhereUnavailableFailsClearlyAtStart() {
        assumeTrue(!SctpSupport.isAvailable(), "SCTP is available here; the refusal path is not reachable");
        ServerPeer s = new ServerPeer(peer("server.test").protocol(TransportProtocol.SCTP).build());
        IllegalStateException e = assertThrows(IllegalStateException.class, s::start);
        assertTrue(e.getMessage().contains("SCTP transport requested but unavailable"), e.getMessage());
        s.close();
    }

    @Test
    void tlsOverSctpIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransportSettings.builder()
                .protocol(TransportProtocol.SCTP).tls(TlsSettings.selfSigned()).build());
        assertTrue(e.getMessage().contains("DTLS/SCTP"));
    }
}
