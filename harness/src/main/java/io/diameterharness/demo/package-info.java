/**
 * Example messages shared by tests, samples and benchmarks, and the demo that writes the example
 * Credit-Control-Request to a pcap file.
 */
package io.diameterharness.demo;
