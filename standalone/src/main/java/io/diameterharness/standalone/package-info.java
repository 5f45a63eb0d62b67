/**
 * The standalone server: {@link io.diameterharness.standalone.Main} (the command line of
 * {@code diameter-harness-standalone.jar}) runs the fake Diameter server as a process, with JSON
 * rules and an HTTP admin API, for teams whose application is not on the JVM.
 */
package io.diameterharness.standalone;
