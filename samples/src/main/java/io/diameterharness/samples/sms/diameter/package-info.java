/**
 * The SMS charging service's own Diameter client stack on Netty, written as an application team
 * would (and independent of the harness that tests it): a small codec ({@link
 * io.diameterharness.samples.sms.diameter.MessageCodec}), per-connection CER/CEA, RFC 3539
 * watchdog, DWR/DPR handling, and {@link io.diameterharness.samples.sms.diameter.DiameterClient}
 * with request timeouts and primary/secondary failover. Observable through {@link
 * io.diameterharness.samples.sms.diameter.ClientEvent}s.
 */
package io.diameterharness.samples.sms.diameter;
