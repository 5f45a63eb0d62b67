/**
 * What the standalone server saw: the listeners' journals merged with one sequence, the message log
 * on standard output, and the live pcap file.
 */
package io.diameterharness.standalone.capture;
