/**
 * What a peer saw and sent: every message in both directions and every connection event, with
 * connection id, endpoints, identities, a monotonic timestamp and wall time. A passive recorder: the
 * peer layer appends, tests read snapshots or block (with a timeout) for the next matching entry.
 */
package io.diameterharness.journal;
