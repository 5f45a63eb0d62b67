package io.diameterharness.interop;

import static io.diameterharness.interop.Interop.REALM;
import static io.diameterharness.interop.Interop.WAIT;
import static io.diameterharness.interop.Interop.answeringCreditControl;
import static io.diameterharness.interop.Interop.creditControlRequest;
import static io.diameterharness.interop.Interop.peer;
import static io.diameterharness.interop.Interop.resultCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.fixtures.realpeers.ErlangDiameterClient;
import io.diameterharness.fixtures.realpeers.ErlangDiameterServer;
import io.diameterharness.fixtures.realpeers.FreeDiameterClient;
import io.diameterharness.fixtures.realpeers.FreeDiameterServer;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import io.diameterharness.fixtures.realpeers.TestCertificateAuthority;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.ServerPeer;
import io.diameterharness.transport.TlsSettings;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Our peers and the real stacks over TLS from the first byte (RFC 6733 section 13), both sides
 * holding certificates of the {@link TestCertificateAuthority} and requiring the other's.
 */
@Timeout(60)
@Execution(ExecutionMode.CONCURRENT)
class TlsInteropTest {

    @TempDir
    Path dir;

    /** TLS settings with a certificate issued to {@code identity}, trusting only the test CA. */
    private TlsSettings tls(String identity) throws Exception {
        TestCertificateAuthority authority = TestCertificateAuthority.get();
        Path own = Files.createDirectories(dir.resolve(identity));
        TestCertificateAuthority.Issued issued = authority.issue(identity, own);
        return TlsSettings.builder()
                .keyMaterial(privateKey(issued.privateKey()), certificate(issued.certificate()))
                .trust(certificate(authority.certificate()))
                .clientAuthentication(TlsSettings.ClientAuthentication.REQUIRE)
                .build();
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static PrivateKey privateKey(Path pkcs8Pem) throws Exception {
        String body = Files.readString(pkcs8Pem).replaceAll("-----[A-Z ]+-----", "");
        return KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    }

    /**
     * The server's loopback address under its Diameter identity: our TLS client checks the
     * server certificate against the host name it connects to, and the test authority issues
     * certificates to Diameter identities only.
     */
    private static InetSocketAddress named(String identity, InetSocketAddress address)
            throws Exception {
        return new InetSocketAddress(
                InetAddress.getByAddress(identity, address.getAddress().getAddress()),
                address.getPort());
    }

    private static List<Long> sessionResults(ClientPeer pcef, int count) throws Exception {
        List<Long> results = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            DiameterMessage cca = pcef.send(creditControlRequest(pcef.connection(),
                    "pcef.example.test;tls;" + count, REALM, i, count))
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            results.add(resultCode(cca));
        }
        return results;
    }

    @Test
    void ourClientRunsCreditControlOverTlsWithFreeDiameter() throws Exception {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                        .tls(true).resultCode(2001).start();
                ClientPeer pcef = new ClientPeer(peer("pcef.example.test")
                        .tls(tls("pcef.example.test")).build(),
                        named("ocs.example.test", ocs.address())).start()) {

            assertTrue(pcef.connection().isTls());
            assertEquals(List.of(2001L, 2001L), sessionResults(pcef, 2));
            String connected = ocs.awaitOutputContaining("CONNECTED TO 'pcef.example.test'", WAIT);
            assertTrue(connected.contains("TLS"), connected);
        }
    }

    @Test
    void ourClientRunsCreditControlOverTlsWithErlang() throws Exception {
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder()
                        .originHost("ocs.example.test").tls(true).resultCode(2001).start();
                ClientPeer pcef = new ClientPeer(peer("pcef.example.test")
                        .tls(tls("pcef.example.test")).build(),
                        named("ocs.example.test", ocs.address())).start()) {

            assertTrue(pcef.connection().isTls());
            ocs.awaitUp(1, WAIT);
            assertEquals(List.of(2001L, 2001L), sessionResults(pcef, 2));
            assertEquals(2, ocs.awaitEvents("ccr", 2, WAIT).size());
        }
    }

    @Test
    void realClientsRunCreditControlOverTlsWithOurServer() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test").tls(tls("ocs.example.test"))
                .requestHandler(answeringCreditControl(2001)).build()).start()) {
            InetSocketAddress address = ocs.address();
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                            .originHost("erl-pcef.example.test").connectTo(address).tls(true)
                            .creditControlRequests(2).start();
                    FreeDiameterClient freeDiameter = FreeDiameterClient.builder()
                            .originHost("fd-pcef.example.test").peer("ocs.example.test", address)
                            .tls(true).creditControlRequests(2).start()) {

                List<PeerEvent> fromErlang = erlang.awaitAnswers(WAIT);
                List<PeerEvent> fromFreeDiameter = freeDiameter.awaitAnswers(WAIT);

                assertEquals(List.of(2001L, 2001L),
                        fromErlang.stream().map(e -> e.number("result_code")).toList(),
                        fromErlang::toString);
                assertEquals(List.of(2001L, 2001L),
                        fromFreeDiameter.stream().map(e -> e.number("result_code")).toList(),
                        fromFreeDiameter::toString);
                assertTrue(ocs.connections().stream().allMatch(PeerConnection::isTls),
                        () -> "every connection is TLS: " + ocs.connections());
            }
        }
    }
}
