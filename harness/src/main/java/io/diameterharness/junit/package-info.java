/**
 * JUnit Jupiter integration: {@link io.diameterharness.junit.DiameterPeer} on parameters and
 * fields, {@link io.diameterharness.junit.EnableDiameterPeers}, settings for what annotations cannot
 * say, and failure reports (ladder diagrams, pcap and transcript files). The only package of the
 * library that imports JUnit.
 */
package io.diameterharness.junit;
