package io.diameterharness.standalone;

import io.diameterharness.transport.TlsSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** Reads {@code --tls-cert} and {@code --tls-key} (PEM; the key in PKCS#8, RSA or EC). */
final class PemFiles {
    private PemFiles() {
    }

    static TlsSettings tlsSettings(Path certificate, Path key) throws IOException {
        List<X509Certificate> chain;
        try {
            chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certificate))).stream()
                    .map(c -> (X509Certificate) c).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("--tls-cert " + certificate + ": not a PEM certificate: "
                    + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("--tls-cert " + certificate + " holds no certificate");
        }
        return TlsSettings.builder().keyMaterial(privateKey(key), chain.toArray(new X509Certificate[0])).build();
    }

    private static PrivateKey privateKey(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("--tls-key " + file
                    + ": expected a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----); convert with"
                    + " openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException ignored) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("--tls-key " + file + ": not an RSA, EC or Ed25519 PKCS#8 key");
    }
}
