/**
 * Pcap files of captured Diameter traffic that Wireshark and tshark decode as Diameter:
 * {@link io.diameterharness.journal.pcap.PcapWriter} fed with
 * {@link io.diameterharness.journal.pcap.CapturedPacket}s.
 */
package io.diameterharness.journal.pcap;
