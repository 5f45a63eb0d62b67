package io.diameterharness.journal.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.demo.ExampleMessages;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The pcap file layout, checked field by field (Wireshark checks the rest in WiresharkOracleTest). */
class PcapWriterTest {
    private static final Instant T = Instant.parse("2026-11-22T00:00:00.123456789Z");

    private static InetSocketAddress at(String ip, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void fileHeaderNamesTheLinkTypeAndRecordsCarryMicroseconds() throws Exception {
        byte[] dwr = ExampleMessages.deviceWatchdogRequest().encode();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = PcapWriter.to(out, PcapWriter.Encapsulation.EXPORTED_PDU)) {
            w.write(new CapturedPacket(T, at("127.0.0.1", 40000), at("127.0.0.2", 3868), dwr));
        }
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b2c3d4, b.getInt(0));
        assertEquals(2, b.getShort(4));
        assertEquals(4, b.getShort(6));
        assertEquals(252, b.getInt(20), "LINKTYPE_WIRESHARK_UPPER_PDU");
        assertEquals((int) T.getEpochSecond(), b.getInt(24));
        assertEquals(123456, b.getInt(28), "microseconds, truncated");
        int captured = b.getInt(32);
        assertEquals(captured, b.getInt(36));
        byte[] record = Arrays.copyOfRange(out.toByteArray(), 40, 40 + captured);
        assertEquals("000c0008" + "6469616d65746572", hex(record, 0, 12), "tag 12: dissector name \"diameter\"");
        assertEquals("00140004" + "7f000001", hex(record, 12, 8), "tag 20: IPv4 source");
        assertEquals("00150004" + "7f000002", hex(record, 20, 8), "tag 21: IPv4 destination");
        assertEquals("0018000400000002", hex(record, 28, 8), "tag 24: port type TCP");
        assertEquals("0019000400009c40", hex(record, 36, 8), "tag 25: source port 40000");
        assertEquals("001a000400000f1c", hex(record, 44, 8), "tag 26: destination port 3868");
        assertEquals("00000000", hex(record, 52, 4), "end of tags");
        assertArrayEquals(dwr, Arrays.copyOfRange(record, 56, record.length));
    }

    @Test
    void tcpFramesContinueTheSequenceOfEachDirectionAndAcknowledgeTheOther() throws Exception {
        byte[] dwr = ExampleMessages.deviceWatchdogRequest().encode();
        byte[] dwa = ExampleMessages.deviceWatchdogAnswer().encode();
        InetSocketAddress client = at("192.0.2.10", 40000);
        InetSocketAddress server = at("192.0.2.20", 3868);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = PcapWriter.to(out, PcapWriter.Encapsulation.ETHERNET_TCP)) {
            w.write(new CapturedPacket(T, client, server, dwr));
            w.write(new CapturedPacket(T, server, client, dwa));
            w.write(new CapturedPacket(T, client, server, dwr));
        }
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray());
        assertEquals(1, Integer.reverseBytes(b.getInt(20)), "LINKTYPE_ETHERNET");
        int[] seq = new int[3];
        int[] ack = new int[3];
        int p = 24;
        for (int i = 0; i < 3; i++) {
            int len = Integer.reverseBytes(b.getInt(p + 8));
            int tcp = p + 16 + 14 + 20;
            assertEquals(0x0800, b.getShort(p + 16 + 12) & 0xFFFF, "IPv4");
            seq[i] = b.getInt(tcp + 4);
            ack[i] = b.getInt(tcp + 8);
            p += 16 + len;
        }
        assertEquals(seq[0] + dwr.length, seq[2], "the client's next segment follows its first");
        assertEquals(seq[1] + dwa.length, ack[2], "the client acknowledges the answer");
        assertEquals(seq[0] + dwr.length, ack[1], "the server acknowledges the request");
    }

    @Test
    void messageLargerThanOneSegmentIsSplitIntoConsecutiveSegments() throws Exception {
        byte[] big = new byte[150_000];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = PcapWriter.to(out, PcapWriter.Encapsulation.ETHERNET_TCP)) {
            w.write(new CapturedPacket(T, at("::1", 1), at("::1", 3868), big));
        }
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray());
        int p = 24;
        int records = 0;
        int payload = 0;
        while (p < out.size()) {
            int len = Integer.reverseBytes(b.getInt(p + 8));
            assertEquals((short) 0x86DD, b.getShort(p + 16 + 12), "IPv6");
            payload += len - 14 - 40 - 20;
            p += 16 + len;
            records++;
        }
        assertEquals(3, records);
        assertEquals(big.length, payload);
    }

    @Test
    void misuseIsRejectedWithTheReason() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CapturedPacket(T, at("127.0.0.1", 1), at("::1", 2), new byte[0]));
        assertTrue(e.getMessage().contains("both be IPv4 or both IPv6"), e.getMessage());
        PcapWriter w = PcapWriter.to(new ByteArrayOutputStream(), PcapWriter.Encapsulation.EXPORTED_PDU);
        w.close();
        w.close();
        assertThrows(IllegalStateException.class,
                () -> w.write(new CapturedPacket(T, at("127.0.0.1", 1), at("127.0.0.1", 2), new byte[0])));
    }

    private static String hex(byte[] b, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            sb.append(String.format("%02x", b[i]));
        }
        return sb.toString();
    }
}
