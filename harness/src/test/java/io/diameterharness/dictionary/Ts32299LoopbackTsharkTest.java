package io.diameterharness.dictionary;

import static io.diameterharness.dictionary.Avps.RESULT_CODE;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Ts32299Messages.avp;
import static io.diameterharness.dictionary.Ts32299Messages.group;
import static io.diameterharness.dictionary.Ts32299Messages.serviceInformation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.fixtures.Pdml;
import io.diameterharness.fixtures.Pdml.Field;
import io.diameterharness.fixtures.Tshark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TS 32.299 CCR with IMS, PS, LCS and MMTel information over a real loopback connection: the
 * fake OCS validates it with the built-in dictionary and answers 2001; with a required MBMS member
 * missing it answers 5005 and names it in Failed-AVP. Wireshark's dissector then reads the
 * OCS's journal written as pcap and decodes the subtrees with no malformed packet or expert item.
 */
@Timeout(60)
class Ts32299LoopbackTsharkTest {
    @DiameterPeer(name = "ocs", realm = "ocs.example")
    FakeServer ocs;
    @DiameterPeer(name = "ctf", realm = "ctf.example", connectTo = "ocs")
    FakeClient ctf;

    @TempDir
    Path dir;

    private DiameterMessage roCcr(Avp serviceInformation) {
        return ctf.creditControlSession().event()
                .avp(SERVICE_CONTEXT_ID.avp("32260@3gpp.org"))
                .avp(serviceInformation)
                .build();
    }

    @Test
    void fakeOcsAcceptsTheCcrOverLoopbackAndAnswers5005ForAMissingTmgi() {
        DiameterMessage cca = ctf.send(roCcr(serviceInformation()));
        assertEquals(ResultCode.DIAMETER_SUCCESS, RESULT_CODE.read(cca.avp(268, 0).orElseThrow()).intValue());
        assertTrue(cca.avp(279, 0).isEmpty(), "no Failed-AVP in a 2001");

        Avp mbms = group("MBMS-Information", avp("MBMS-Service-Type", 0), avp("MBMS-User-Service-Type", 1));
        DiameterMessage rejected = ctf.send(roCcr(group("Service-Information", mbms)));
        assertEquals(ResultCode.DIAMETER_MISSING_AVP, RESULT_CODE.read(rejected.avp(268, 0).orElseThrow()).intValue());
        Avp failed = rejected.avp(279, 0).orElseThrow();
        Avp si = failed.asGrouped().get(0);
        assertEquals(873, si.code());
        Avp inner = si.asGrouped().get(0);
        assertEquals(880, inner.code());
        assertEquals(900, inner.asGrouped().get(0).code(), "Failed-AVP names the missing TMGI inside MBMS-Information");
    }

    @Test
    void wiresharkDecodesTheCcrFromTheJournalWithoutMalformedOrExpertItems() throws Exception {
        Tshark tshark = Tshark.requireOrSkip();
        DiameterMessage ccr = roCcr(serviceInformation());
        DiameterMessage cca = ctf.send(ccr);
        assertEquals(ResultCode.DIAMETER_SUCCESS, RESULT_CODE.read(cca.avp(268, 0).orElseThrow()).intValue());
        ocs.journal().take("CCA", e -> e.isAnswer() && e.commandCode() == 272, Duration.ofSeconds(5));
        Path pcap = dir.resolve("ro.pcap");
        ocs.journal().writePcap(pcap);

        List<Field> packets = Pdml.parse(tshark.run(Duration.ofSeconds(60), "-r", pcap.toString(), "-T", "pdml")
                .requireSuccess().stdout());
        Field request = null;
        for (Field p : packets) {
            for (Field d : p.children("diameter")) {
                boolean requestBit = (Integer.decode(d.child("diameter.flags").show()) & 0x80) != 0;
                if (d.child("diameter.cmd.code").show().equals("272") && requestBit) {
                    request = d;
                }
            }
        }
        assertTrue(request != null, "tshark finds the CCR among " + packets.size() + " packets");
        assertEquals(String.valueOf(ccr.length()), request.child("diameter.length").show());

        Set<String> decoded = new TreeSet<>();
        for (Field f : request.findAll(f -> f.name().startsWith("diameter."))) {
            decoded.add(f.name());
        }
        for (String avp : List.of("Service-Information", "IMS-Information", "Role-Of-Node", "SDP-Media-Component",
                "PS-Information", "Presence-Reporting-Area-Information", "Service-Data-Container", "Enhanced-Diagnostics",
                "APN-Rate-Control-Uplink", "LCS-Information", "LCS-Client-ID", "LCS-Client-Type", "LCS-Name-String",
                "Location-Estimate-Type", "MMTel-Information", "Supplementary-Service", "AoC-Cost-Information",
                "Accumulated-Cost", "Tariff-Information", "Current-Tariff", "Rate-Element", "Unit-Cost")) {
            assertTrue(decoded.contains("diameter." + avp), () -> "Wireshark decodes " + avp + "; it shows " + decoded);
        }
        assertEquals("1", first(request, "diameter.LCS-Client-Type").show(), "VALUE_ADDED_SERVICES");
        assertEquals("client-7", first(request, "diameter.LCS-Client-External-ID").show());

        List<String> problems = new ArrayList<>();
        for (Field p : packets) {
            for (Field f : p.findAll(f -> f.name().startsWith("_ws.expert") && !f.showName().isEmpty()
                    || f.name().equals("_ws.malformed"))) {
                problems.add(f.name() + ": " + f.showName());
            }
        }
        String summary = tshark.run("-r", pcap.toString(), "-q", "-z", "expert").requireSuccess().stdout().strip();
        assertTrue(problems.isEmpty() && summary.isEmpty(), () -> "tshark reports " + problems + "\n" + summary);
    }

    private static Field first(Field under, String name) {
        List<Field> found = under.findAll(f -> f.name().equals(name));
        assertFalse(found.isEmpty(), "no " + name + " under " + under.name());
        return found.get(0);
    }
}
