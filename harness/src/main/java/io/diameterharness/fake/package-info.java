/**
 * The front door: fake Diameter servers and clients ({@link io.diameterharness.fake.FakeServer},
 * {@link io.diameterharness.fake.FakeClient}) that join the peer engine, the behaviour rules and
 * the journal, for tests and for the standalone program.
 */
package io.diameterharness.fake;
