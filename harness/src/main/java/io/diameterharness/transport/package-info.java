/**
 * Netty pipelines for Diameter over TCP, TLS at connection start (RFC 6733 section 13) and SCTP
 * (where the kernel offers it), on one shared, lazily created event loop group per JVM.
 */
package io.diameterharness.transport;
