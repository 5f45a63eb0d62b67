package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;

/**
 * Computes the answer to a request. A plain functional interface, so a lambda, a class with
 * quota state, or a Mockito mock (verified with {@code verify(fn).answer(argThat(...))}) can stand in.
 * Runs off the event loop is not guaranteed: keep it quick and non-blocking.
 */
@FunctionalInterface
public interface AnswerFunction {
    /**
     * The answer to {@code request}; the engine derives identifiers, Session-Id and our identity.
     * Returning {@code null} drops the request.
     */
    Answer answer(DiameterMessage request);
}
