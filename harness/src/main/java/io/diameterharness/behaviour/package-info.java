/**
 * Behaviour: pure policy. Rules map request patterns to actions (answer, delay, drop, close,
 * reset, stop reading, raw bytes, duplicate or mis-addressed answers), with sequences and
 * scenarios; the most recently added matching rule wins. The peer engine runs the chosen action
 * through {@link io.diameterharness.behaviour.Exchange}.
 */
package io.diameterharness.behaviour;
