package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;

/**
 * Which requests a rule applies to. Build them with {@link Requests}; combine with
 * {@link #and(RequestPattern)}, {@link #or(RequestPattern)} and {@link #negate()}. A pattern is a
 * pure function: it must not change state, and it runs on the event loop.
 */
@FunctionalInterface
public interface RequestPattern {

    /** Whether the request (with the connection it came on) matches. */
    boolean matches(DiameterMessage request, Exchange exchange);

    /** Both this and {@code other}. */
    default RequestPattern and(RequestPattern other) {
        return Requests.named(this + " and " + other, (m, e) -> matches(m, e) && other.matches(m, e));
    }

    /** This or {@code other}. */
    default RequestPattern or(RequestPattern other) {
        return Requests.named(this + " or " + other, (m, e) -> matches(m, e) || other.matches(m, e));
    }

    /** Not this. */
    default RequestPattern negate() {
        return Requests.named("not " + this, (m, e) -> !matches(m, e));
    }
}
