package io.diameterharness.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.ServerPeer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import java.io.File;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** TLS defaults: current protocol versions, the JDK's cipher suites, a fresh certificate per peer. */
@Timeout(60)
class TlsDefaultsTest {

    @Test
    void bothSidesEnableOnlyTls13AndTls12AndTheJdkDefaultCipherSuites() {
        List<String> jdk = TlsSettings.jdkDefaultCipherSuites();
        for (boolean server : new boolean[] {true, false}) {
            SslContext ctx = TlsSettings.selfSigned().newContext(server, "tls.test");
            SSLEngine engine = ctx.newEngine(ByteBufAllocator.DEFAULT);
            assertEquals(List.of("TLSv1.2", "TLSv1.3"), List.of(engine.getEnabledProtocols()).stream().sorted().toList());
            List<String> enabled = List.of(engine.getEnabledCipherSuites());
            assertFalse(enabled.isEmpty());
            assertTrue(jdk.containsAll(enabled), () -> "not a JDK default: " + enabled.stream()
                    .filter(c -> !jdk.contains(c)).toList());
            assertTrue(enabled.containsAll(jdk.stream().filter(c -> c.startsWith("TLS_AES_")).toList()),
                    "the TLS 1.3 suites are there: " + enabled);
        }
    }

    @Test
    void everyTlsPeerGeneratesItsOwnCertificate() throws Exception {
        try (ServerPeer a = new ServerPeer(peer("a.tls.test")).start();
             ServerPeer b = new ServerPeer(peer("b.tls.test")).start()) {
            X509Certificate ca = serverCertificate(a);
            X509Certificate cb = serverCertificate(b);
            assertNotEquals(ca.getPublicKey(), cb.getPublicKey(), "a key pair per peer, never a shared one");
            assertTrue(ca.getSubjectX500Principal().getName().contains("a.tls.test"), ca.getSubjectX500Principal()::getName);
            assertEquals(ca, serverCertificate(a), "one certificate for the life of a peer");
        }
    }

    @Test
    void clientOfferingOnlyTls11IsRefused() throws Exception {
        if (!Boolean.getBoolean("diameter.require.realpeers")) {
            assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        }
        try (ServerPeer s = new ServerPeer(peer("old.tls.test")).start()) {
            // SECLEVEL 0 lets OpenSSL 3 offer TLS 1.1 at all; our side must still say no
            Process p = new ProcessBuilder("openssl", "s_client", "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0",
                    "-connect", "127.0.0.1:" + s.port()).redirectErrorStream(true).start();
            try {
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes());
                assertTrue(p.waitFor(20, TimeUnit.SECONDS));
                assertTrue(out.contains("Cipher is (NONE)") || out.contains("alert") || out.contains("error"),
                        out);
                assertFalse(out.contains("Protocol  : TLSv1.1") && out.contains("Cipher    : ECDHE"), out);
            } finally {
                p.destroyForcibly();
            }
        }
    }

    private static PeerConfig peer(String host) {
        return PeerConfig.builder().originHost(host).originRealm("tls.test").authApplicationIds(4)
                .tls(TlsSettings.selfSigned()).build();
    }

    private static X509Certificate serverCertificate(ServerPeer s) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (Socket plain = new Socket()) {
            plain.connect(s.address(), 5000);
            try (SSLSocket tls = (SSLSocket) ctx.getSocketFactory().createSocket(plain, "127.0.0.1", s.port(), false)) {
                tls.setSoTimeout(10_000);
                tls.startHandshake();
                return (X509Certificate) tls.getSession().getPeerCertificates()[0];
            }
        }
    }
}
