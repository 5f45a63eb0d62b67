package io.diameterharness.samples.sms;

/**
 * What to do with an SMS when the online charging system gives no usable answer (timeout on every
 * peer tried, no peer reachable, answer undecodable): the operator's choice between revenue
 * protection and service continuity, like RFC 4006's Direct-Debiting-Failure-Handling.
 */
public enum TimeoutFallback {
    /** Deliver the SMS uncharged (CONTINUE). */
    ALLOW,
    /** Do not deliver the SMS (TERMINATE_OR_BUFFER, without buffering). */
    DENY
}
