package io.diameterharness.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo and the example messages it shows. */
class ExampleCcrDemoTest {

    @Test
    void demoWritesTheEncodedCcrToAPcapAndPrintsItsTree(@TempDir Path dir) throws Exception {
        Path pcap = dir.resolve("out/ccr.pcap");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        DiameterMessage decoded = ExampleCcrDemo.run(pcap, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(ExampleMessages.creditControlRequest(), decoded);
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Wrote 484-byte Credit-Control-Request to " + pcap.toAbsolutePath()), printed);
        assertTrue(printed.contains("Subscription-Id-Data (444) -M- \"41780000001\""), printed);
        byte[] file = Files.readAllBytes(pcap);
        byte[] wire = ExampleMessages.creditControlRequest().encode();
        assertArrayEquals(wire, Arrays.copyOfRange(file, file.length - wire.length, file.length),
                "the pcap's last record ends with the message bytes");
    }

    @Test
    void exampleCcrCarriesTheSmsChargingAvps() {
        DiameterMessage ccr = ExampleMessages.creditControlRequest();
        assertTrue(ccr.isRequest());
        assertTrue(ccr.isProxiable());
        assertEquals(272, ccr.commandCode());
        assertEquals(4, ccr.applicationId());
        assertEquals("32274@3gpp.org", ccr.avp(461).orElseThrow().asUtf8String());
        assertEquals(4, ccr.avp(416).orElseThrow().asEnumerated());
        List<Avp> subscription = ccr.avp(443).orElseThrow().asGrouped();
        assertEquals("41780000001", subscription.get(1).asUtf8String());
        Avp sms = ccr.avp(873, 10415).orElseThrow().asGrouped().get(0);
        assertEquals(2000, sms.code());
        assertEquals(8, sms.asGrouped().get(0).asInteger32());
        Avp recipientAddress = sms.asGrouped().get(2).asGrouped().get(0);
        assertEquals("41780000002", recipientAddress.asGrouped().get(1).asUtf8String());
        assertEquals(1, recipientAddress.asGrouped().get(0).asEnumerated());
    }

    @Test
    void answersEchoTheirRequestsIdentifiers() {
        List<DiameterMessage[]> pairs = List.of(
                new DiameterMessage[] {ExampleMessages.capabilitiesExchangeRequest(), ExampleMessages.capabilitiesExchangeAnswer()},
                new DiameterMessage[] {ExampleMessages.deviceWatchdogRequest(), ExampleMessages.deviceWatchdogAnswer()},
                new DiameterMessage[] {ExampleMessages.disconnectPeerRequest(), ExampleMessages.disconnectPeerAnswer()},
                new DiameterMessage[] {ExampleMessages.creditControlRequest(), ExampleMessages.creditControlAnswer()});
        for (DiameterMessage[] p : pairs) {
            assertTrue(p[0].isRequest());
            assertTrue(p[1].isAnswer());
            assertEquals(p[0].commandCode(), p[1].commandCode());
            assertEquals(p[0].hopByHopId(), p[1].hopByHopId());
            assertEquals(p[0].endToEndId(), p[1].endToEndId());
            assertEquals(2001L, p[1].avp(268).orElseThrow().asUnsigned32());
        }
    }
}
