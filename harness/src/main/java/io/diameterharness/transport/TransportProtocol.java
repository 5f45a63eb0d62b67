package io.diameterharness.transport;

/** The transport a peer speaks Diameter over (RFC 6733 section 2.1). */
public enum TransportProtocol {
    /** TCP, optionally with TLS at connection start. */
    TCP,
    /** SCTP, one-to-one style, payload protocol identifier 46 (Diameter); needs kernel support. */
    SCTP
}
