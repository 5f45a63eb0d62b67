package io.diameterharness.transport;

import io.diameterharness.transport.internal.SelfSignedCertificate;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * TLS at connection start, before CER (RFC 6733 section 13; the RFC 5868 convention of a dedicated
 * TLS port). Immutable; build with {@link #builder()}.
 *
 * <p>By default each peer generates a self-signed EC certificate in memory when it starts (nothing is
 * written to disk), and trusts any certificate its peer presents: these are test peers, and the
 * point is to exercise the application's TLS, not to check our certificates. Give key material with
 * {@link Builder#keyMaterial(PrivateKey, X509Certificate...)} and trust anchors with
 * {@link Builder#trust(X509Certificate...)} to verify for real. With trust anchors a client also
 * checks the server's certificate against the address it connects to (subject alternative names);
 * generated certificates name their host, {@code localhost}, 127.0.0.1 and ::1.
 *
 * <p>Protocols TLS 1.3 and TLS 1.2 only (change with {@link Builder#protocols(String...)}); cipher
 * suites are the JDK's defaults ({@link #jdkDefaultCipherSuites()}), so they follow JDK updates.
 */
public final class TlsSettings {
    /** Whether a TLS server asks its clients for a certificate. */
    public enum ClientAuthentication {
        /** The server does not ask for a client certificate. */
        NONE,
        /** The server asks, and accepts a client without one. */
        OPTIONAL,
        /** The server requires a client certificate; the handshake fails without one. */
        REQUIRE
    }

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final List<X509Certificate> trust;
    private final ClientAuthentication clientAuthentication;
    private final List<String> protocols;

    private TlsSettings(Builder b) {
        this.key = b.key;
        this.chain = b.chain;
        this.trust = b.trust;
        this.clientAuthentication = b.clientAuthentication;
        this.protocols = b.protocols;
    }

    /** Self-signed certificate, trust anything, no client authentication, TLS 1.2 and 1.3. */
    public static TlsSettings selfSigned() {
        return builder().build();
    }

    /** A builder with the defaults of {@link #selfSigned()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a self-signed certificate is generated at start (no key material given). */
    public boolean generatesSelfSigned() {
        return key == null;
    }

    /** The certificate chain given, empty when a self-signed one is generated. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /** The trust anchors; empty means any certificate is accepted. */
    public List<X509Certificate> trustAnchors() {
        return trust;
    }

    /** The client authentication a server asks for. */
    public ClientAuthentication clientAuthentication() {
        return clientAuthentication;
    }

    /** The TLS protocol versions enabled, e.g. {@code TLSv1.3}. */
    public List<String> protocols() {
        return protocols;
    }

    /**
     * Builds the Netty context for one side. A self-signed certificate is generated here, once per
     * call, for the given host name.
     *
     * @param server   whether this is the server side of the connection
     * @param hostName the name to put in a generated certificate's subject
     * @return a context for {@code SslHandler}s
     */
    public SslContext newContext(boolean server, String hostName) {
        PrivateKey k = key;
        List<X509Certificate> c = chain;
        if (k == null) {
            SelfSignedCertificate generated = SelfSignedCertificate.generate(hostName);
            k = generated.privateKey();
            c = List.of(generated.certificate());
        }
        X509Certificate[] certs = c.toArray(new X509Certificate[0]);
        try {
            SslContextBuilder b = server ? SslContextBuilder.forServer(k, certs)
                    : SslContextBuilder.forClient().keyManager(k, certs);
            if (trust.isEmpty()) {
                b.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else {
                b.trustManager(trust.toArray(new X509Certificate[0]));
            }
            if (server) {
                b.clientAuth(clientAuthentication == ClientAuthentication.REQUIRE ? ClientAuth.REQUIRE
                        : clientAuthentication == ClientAuthentication.OPTIONAL ? ClientAuth.OPTIONAL
                        : ClientAuth.NONE);
            }
            b.protocols(protocols);
            // The JDK's own default cipher suites (kept current by JDK updates), not Netty's fixed list,
            // which still carries RSA key exchange and CBC-SHA1 suites.
            b.ciphers(jdkDefaultCipherSuites(), io.netty.handler.ssl.SupportedCipherSuiteFilter.INSTANCE);
            return b.build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("TLS settings cannot build an SSL context: " + e.getMessage(), e);
        }
    }

    /** The cipher suites the JDK enables by default, in its order of preference. */
    public static List<String> jdkDefaultCipherSuites() {
        try {
            return List.of(javax.net.ssl.SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default SSLContext", e);
        }
    }

    @Override
    public String toString() {
        return "TLS[" + (key == null ? "self-signed" : "given key") + ", trust "
                + (trust.isEmpty() ? "any" : trust.size() + " anchors") + ", client auth " + clientAuthentication
                + ", " + protocols + "]";
    }

    /** Builds {@link TlsSettings}. */
    public static final class Builder {
        private PrivateKey key;
        private List<X509Certificate> chain = List.of();
        private List<X509Certificate> trust = List.of();
        private ClientAuthentication clientAuthentication = ClientAuthentication.NONE;
        private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");

        private Builder() {
        }

        /** Our own key and certificate chain (leaf first) instead of a generated self-signed one. */
        public Builder keyMaterial(PrivateKey privateKey, X509Certificate... certificateChain) {
            Objects.requireNonNull(privateKey, "privateKey");
            if (certificateChain.length == 0) {
                throw new IllegalArgumentException("keyMaterial needs at least the leaf certificate");
            }
            this.key = privateKey;
            this.chain = List.of(certificateChain);
            return this;
        }

        /** Accept only peers whose certificate chains to one of these anchors (none: accept any). */
        public Builder trust(X509Certificate... anchors) {
            this.trust = List.of(anchors);
            return this;
        }

        /** The client authentication a server asks for (default {@code NONE}). */
        public Builder clientAuthentication(ClientAuthentication mode) {
            this.clientAuthentication = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The protocol versions to enable, e.g. {@code "TLSv1.2"}. */
        public Builder protocols(String... versions) {
            if (versions.length == 0) {
                throw new IllegalArgumentException("protocols needs at least one TLS version");
            }
            this.protocols = List.of(versions);
            return this;
        }

        /** The immutable settings. */
        public TlsSettings build() {
            return new TlsSettings(this);
        }
    }
}
