/**
 * Diameter peers: {@link io.diameterharness.peer.ServerPeer} and {@link io.diameterharness.peer.ClientPeer}
 * with CER/CEA, the RFC 3539 device watchdog, DPR/DPA, correct answers and routing checks, and one
 * hook ({@link io.diameterharness.peer.RequestHandler}) through which every inbound request passes,
 * base protocol requests included, so a behaviour layer can answer, delay, drop, close or reset.
 */
package io.diameterharness.peer;
