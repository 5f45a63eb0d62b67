package io.diameterharness.dictionary;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An RFC 5777 Filter-Rule in an RFC 8506 QoS-Final-Unit-Indication, across a real loopback connection. */
@Timeout(30)
class FilterRuleLoopbackTest {
    @DiameterPeer(name = "ocs", realm = "ocs.example")
    FakeServer ocs;
    @DiameterPeer(name = "pcef", realm = "pcef.example", connectTo = "ocs")
    FakeClient client;

    @Test
    void aCcaCarryingAFilterRuleArrivesIntactValidAndRenderedWithNames() {
        Avp qosFui = FilterRuleTest.qosFinalUnitIndication(
                FilterRuleTest.filterRule(FilterRuleTest.classifier(true), FilterRuleTest.PERMIT));
        ocs.on(creditControlRequest()).answer(success().with(qosFui));

        DiameterMessage cca = client.send(client.creditControlSession().event()
                .avp(Avps.SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .build());

        Avp received = cca.avps().stream().filter(a -> a.code() == 669).findFirst().orElseThrow();
        assertEquals(qosFui, received, "the whole Filter-Rule tree survives encoding, the socket and decoding");
        assertEquals(List.of(), Dictionary.builtIn().validate(cca));
        String tree = Dictionary.builtIn().render(cca);
        assertTrue(tree.contains("        From-Spec (515) -M-\n          IP-Address (518) -M- 192.0.2.10\n"), tree);
        assertTrue(tree.contains("      Treatment-Action (572) -M- 3 (permit)\n"), tree);
    }
}
