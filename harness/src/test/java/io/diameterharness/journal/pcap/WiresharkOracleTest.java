package io.diameterharness.journal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.Hex;
import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.fixtures.Pdml;
import io.diameterharness.fixtures.Pdml.Field;
import io.diameterharness.fixtures.Tshark;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark's dissector as the judge of our bytes: the example exchange is written with
 * {@link PcapWriter} and read back with {@code tshark -T pdml}; every message and every AVP must be
 * decoded with the values we put in, and tshark must report no malformed packet or expert item.
 * Skipped with a reason when tshark is missing, unless {@code -Ddiameter.require.tshark=true}.
 */
@Timeout(120)
class WiresharkOracleTest {

    /** The AVPs of the example messages: Wireshark's field name and how we expect it shown. */
    private enum Kind { TEXT, NUMBER, UNSIGNED64, TIME, ADDRESS, GROUPED }

    private record Expect(String name, Kind kind) {
    }

    private static final Map<Integer, Expect> EXPECTED = Map.ofEntries(
            Map.entry(1, new Expect("User-Name", Kind.TEXT)),
            Map.entry(55, new Expect("Event-Timestamp", Kind.TIME)),
            Map.entry(257, new Expect("Host-IP-Address", Kind.ADDRESS)),
            Map.entry(258, new Expect("Auth-Application-Id", Kind.NUMBER)),
            Map.entry(263, new Expect("Session-Id", Kind.TEXT)),
            Map.entry(264, new Expect("Origin-Host", Kind.TEXT)),
            Map.entry(265, new Expect("Supported-Vendor-Id", Kind.NUMBER)),
            Map.entry(266, new Expect("Vendor-Id", Kind.NUMBER)),
            Map.entry(267, new Expect("Firmware-Revision", Kind.NUMBER)),
            Map.entry(268, new Expect("Result-Code", Kind.NUMBER)),
            Map.entry(269, new Expect("Product-Name", Kind.TEXT)),
            Map.entry(273, new Expect("Disconnect-Cause", Kind.NUMBER)),
            Map.entry(278, new Expect("Origin-State-Id", Kind.NUMBER)),
            Map.entry(283, new Expect("Destination-Realm", Kind.TEXT)),
            Map.entry(293, new Expect("Destination-Host", Kind.TEXT)),
            Map.entry(296, new Expect("Origin-Realm", Kind.TEXT)),
            Map.entry(415, new Expect("CC-Request-Number", Kind.NUMBER)),
            Map.entry(416, new Expect("CC-Request-Type", Kind.NUMBER)),
            Map.entry(417, new Expect("CC-Service-Specific-Units", Kind.UNSIGNED64)),
            Map.entry(431, new Expect("Granted-Service-Unit", Kind.GROUPED)),
            Map.entry(436, new Expect("Requested-Action", Kind.NUMBER)),
            Map.entry(437, new Expect("Requested-Service-Unit", Kind.GROUPED)),
            Map.entry(439, new Expect("Service-Identifier", Kind.NUMBER)),
            Map.entry(443, new Expect("Subscription-Id", Kind.GROUPED)),
            Map.entry(444, new Expect("Subscription-Id-Data", Kind.TEXT)),
            Map.entry(448, new Expect("Validity-Time", Kind.NUMBER)),
            Map.entry(450, new Expect("Subscription-Id-Type", Kind.NUMBER)),
            Map.entry(456, new Expect("Multiple-Services-Credit-Control", Kind.GROUPED)),
            Map.entry(461, new Expect("Service-Context-Id", Kind.TEXT)),
            Map.entry(873, new Expect("Service-Information", Kind.GROUPED)),
            Map.entry(897, new Expect("Address-Data", Kind.TEXT)),
            Map.entry(899, new Expect("Address-Type", Kind.NUMBER)),
            Map.entry(1201, new Expect("Recipient-Address", Kind.GROUPED)),
            Map.entry(2000, new Expect("SMS-Information", Kind.GROUPED)),
            Map.entry(2001, new Expect("Data-Coding-Scheme", Kind.NUMBER)),
            Map.entry(2007, new Expect("SM-Message-Type", Kind.NUMBER)),
            Map.entry(2026, new Expect("Recipient-Info", Kind.GROUPED)));

    private static final Set<String> AVP_HEADER_FIELDS = Set.of("diameter.avp.code", "diameter.avp.flags",
            "diameter.avp.len", "diameter.avp.vendorId", "diameter.avp.pad");

    private static final DateTimeFormatter WIRESHARK_TIME =
            DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss.SSSSSSSSS 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Tshark tshark;

    @TempDir
    Path dir;

    @BeforeEach
    void findTshark() {
        tshark = Tshark.requireOrSkip();
    }

    private static List<DiameterMessage> exchange() {
        return List.of(ExampleMessages.capabilitiesExchangeRequest(), ExampleMessages.capabilitiesExchangeAnswer(),
                ExampleMessages.deviceWatchdogRequest(), ExampleMessages.deviceWatchdogAnswer(),
                ExampleMessages.creditControlRequest(), ExampleMessages.creditControlAnswer(),
                ExampleMessages.disconnectPeerRequest(), ExampleMessages.disconnectPeerAnswer());
    }

    /** Requests go client to server, answers back, one millisecond apart. */
    private static List<CapturedPacket> captured(List<DiameterMessage> messages, InetSocketAddress client,
                                                 InetSocketAddress server) {
        List<CapturedPacket> packets = new ArrayList<>();
        Instant t = ExampleMessages.EVENT_TIME;
        for (DiameterMessage m : messages) {
            packets.add(m.isRequest() ? new CapturedPacket(t, client, server, m.encode())
                    : new CapturedPacket(t, server, client, m.encode()));
            t = t.plusMillis(1);
        }
        return packets;
    }

    private List<Field> decodeWithTshark(Path pcap) {
        Tshark.Result r = tshark.run(Duration.ofSeconds(60), "-r", pcap.toString(), "-T", "pdml").requireSuccess();
        return Pdml.parse(r.stdout());
    }

    @Test
    void exampleExchangeOnEphemeralIpv4PortsDecodesAsDiameterWithEveryValue() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<DiameterMessage> messages = exchange();
        Path pcap = dir.resolve("exchange-v4.pcap");
        PcapWriter.write(pcap, captured(messages, new InetSocketAddress(loopback, 41234),
                new InetSocketAddress(loopback, 45678)));
        assertDecodedExactly(messages, decodeWithTshark(pcap));
        assertNoExpertInfo(pcap);
    }

    @Test
    void exampleExchangeOverIpv6DecodesAsDiameterWithEveryValue() throws Exception {
        InetAddress loopback = InetAddress.getByName("::1");
        List<DiameterMessage> messages = exchange();
        Path pcap = dir.resolve("exchange-v6.pcap");
        PcapWriter.write(pcap, captured(messages, new InetSocketAddress(loopback, 50001),
                new InetSocketAddress(loopback, 50002)));
        List<Field> packets = decodeWithTshark(pcap);
        assertDecodedExactly(messages, packets);
        Field request = packets.get(0).child("exported_pdu");
        Field answer = packets.get(1).child("exported_pdu");
        assertEquals("::1", first(request, "exported_pdu.ipv6_src").show());
        assertEquals("50001", first(request, "exported_pdu.src_port").show(), "real client port");
        assertEquals("50002", first(request, "exported_pdu.dst_port").show(), "real server port");
        assertEquals("50002", first(answer, "exported_pdu.src_port").show(), "answers go back");
        assertNoExpertInfo(pcap);
    }

    @Test
    void ethernetTcpFramesOnPort3868DecodeAsDiameterInOneTcpStream() throws Exception {
        InetAddress client = InetAddress.getByName("192.0.2.10");
        InetAddress server = InetAddress.getByName("192.0.2.20");
        List<DiameterMessage> messages = exchange();
        Path pcap = dir.resolve("exchange-tcp.pcap");
        try (PcapWriter w = PcapWriter.create(pcap, PcapWriter.Encapsulation.ETHERNET_TCP)) {
            for (CapturedPacket p : captured(messages, new InetSocketAddress(client, 40000),
                    new InetSocketAddress(server, 3868))) {
                w.write(p);
            }
        }
        List<Field> packets = decodeWithTshark(pcap);
        assertDecodedExactly(messages, packets);
        for (Field p : packets) {
            Field tcp = p.child("tcp");
            assertEquals("0", tcp.findAll(f -> f.name().equals("tcp.stream")).get(0).show(), "one TCP stream");
        }
        assertNoExpertInfo(pcap);
    }

    @Test
    void oracleCatchesAValueOfTheWrongLength() throws Exception {
        DiameterMessage bad = ExampleMessages.deviceWatchdogRequest().toBuilder().removeAvps(278, 0)
                .avp(Avp.builder(278).mandatory().octetString(new byte[] {1, 2, 3}).build()).build();
        Path pcap = dir.resolve("bad.pcap");
        InetAddress loopback = InetAddress.getLoopbackAddress();
        PcapWriter.write(pcap, captured(List.of(bad), new InetSocketAddress(loopback, 1),
                new InetSocketAddress(loopback, 2)));
        AssertionError e = assertThrows(AssertionError.class, () -> assertNoExpertInfo(pcap));
        assertTrue(e.getMessage().contains("Bad Unsigned32 Length"), e.getMessage());
    }

    private static Field first(Field under, String name) {
        List<Field> found = under.findAll(f -> f.name().equals(name));
        assertFalse(found.isEmpty(), "no " + name + " under " + under.name());
        return found.get(0);
    }

    private void assertNoExpertInfo(Path pcap) {
        List<String> problems = new ArrayList<>();
        for (Field packet : decodeWithTshark(pcap)) {
            for (Field f : packet.findAll(f -> f.name().startsWith("_ws.expert") && !f.showName().isEmpty()
                    || f.name().equals("_ws.malformed"))) {
                problems.add(f.name() + ": " + f.showName());
            }
        }
        String summary = tshark.run("-r", pcap.toString(), "-q", "-z", "expert").requireSuccess().stdout().strip();
        if (!problems.isEmpty() || !summary.isEmpty()) {
            throw new AssertionError("tshark reports problems in " + pcap + ": " + problems + "\n" + summary);
        }
    }

    private static void assertDecodedExactly(List<DiameterMessage> messages, List<Field> packets)
            throws java.net.UnknownHostException {
        assertEquals(messages.size(), packets.size(), "one packet per message");
        for (int i = 0; i < messages.size(); i++) {
            DiameterMessage m = messages.get(i);
            Field packet = packets.get(i);
            List<Field> diameter = packet.children("diameter");
            assertEquals(1, diameter.size(), "packet " + (i + 1) + " is decoded as one Diameter message, layers: "
                    + packet.children().stream().map(Field::name).toList());
            Field d = diameter.get(0);
            String where = "packet " + (i + 1) + " (command " + m.commandCode() + ")";
            assertEquals("0x01", d.child("diameter.version").show(), where);
            assertEquals(String.valueOf(m.length()), d.child("diameter.length").show(), where);
            assertEquals(String.format("0x%02x", m.flags()), d.child("diameter.flags").show(), where);
            assertEquals(String.valueOf(m.commandCode()), d.child("diameter.cmd.code").show(), where);
            assertEquals(String.valueOf(m.applicationIdUnsigned()), d.child("diameter.applicationId").show(), where);
            assertEquals(String.format("0x%08x", m.hopByHopId()), d.child("diameter.hopbyhopid").show(), where);
            assertEquals(String.format("0x%08x", m.endToEndId()), d.child("diameter.endtoendid").show(), where);
            assertAvps(m.avps(), d.children("diameter.avp"), where, 0);
        }
    }

    private static void assertAvps(List<Avp> ours, List<Field> theirs, String where, int depth)
            throws java.net.UnknownHostException {
        assertTrue(depth < 10, "example messages nest fewer than 10 levels");
        assertEquals(ours.size(), theirs.size(), where + ": AVP count");
        for (int i = 0; i < ours.size(); i++) {
            Avp a = ours.get(i);
            Field f = theirs.get(i);
            String at = where + ", AVP " + a.code();
            Expect expect = EXPECTED.get(a.code());
            assertTrue(expect != null, at + " is not in the test's expectations");
            assertEquals(String.valueOf(a.code()), f.child("diameter.avp.code").show(), at);
            assertEquals(String.format("0x%02x", a.flags()), f.child("diameter.avp.flags").show(), at);
            assertEquals(String.valueOf(a.length()), f.child("diameter.avp.len").show(), at);
            if (a.isVendorSpecific()) {
                assertEquals(String.valueOf(a.vendorId()), f.child("diameter.avp.vendorId").show(), at);
            } else {
                assertFalse(f.children().stream().anyMatch(c -> c.name().equals("diameter.avp.vendorId")), at);
            }
            // Wireshark may add generated fields (e.g. diameter.vendorId after Vendor-Id); the value is the one
            // field named after the AVP, and nothing may be flagged as invalid or unknown.
            List<Field> others = f.children().stream().filter(c -> !AVP_HEADER_FIELDS.contains(c.name())).toList();
            List<Field> values = f.children("diameter." + expect.name());
            assertEquals(1, values.size(), at + " decoded under Wireshark's name diameter." + expect.name()
                    + ", fields: " + others.stream().map(Field::name).toList());
            assertFalse(others.stream().anyMatch(c -> c.name().contains("invalid") || c.name().contains("unknown")),
                    at + ": " + others.stream().map(Field::name).toList());
            Field value = values.get(0);
            assertEquals(Hex.of(a.value()), value.value(), at + " value bytes");
            switch (expect.kind()) {
                case TEXT -> assertEquals(a.asUtf8String(), value.show(), at);
                case NUMBER -> assertEquals(String.valueOf(a.asUnsigned32()), value.show(), at);
                case UNSIGNED64 -> assertEquals(a.asUnsigned64().toString(), value.show(), at);
                case TIME -> assertEquals(WIRESHARK_TIME.format(a.asTime()), value.show(), at);
                case ADDRESS -> {
                    assertEquals(String.valueOf(a.asAddress().family()),
                            value.child(value.name() + ".addr_family").show(), at);
                    String family = a.asAddress().family() == 1 ? ".IPv4" : ".IPv6";
                    assertEquals(a.asAddress().toInetAddress(),
                            InetAddress.getByName(value.child(value.name() + family).show()), at);
                }
                case GROUPED -> assertAvps(a.asGrouped(), value.children("diameter.avp"), at, depth + 1);
                default -> throw new AssertionError(expect.kind());
            }
        }
    }
}
