package io.diameterharness.dictionary;

import static io.diameterharness.codec.ResultCode.DIAMETER_INVALID_AVP_VALUE;
import static io.diameterharness.codec.ResultCode.DIAMETER_MISSING_AVP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 5777's Filter-Rule tree as RFC 8506 carries it in a CCA's QoS-Final-Unit-Indication: the
 * built-in dictionary knows every member, so it validates the content (required members, enumerated
 * values) and renders it with names.
 */
class FilterRuleTest {
    private static final int FINAL_UNIT_INDICATION = 430;
    private static final int FINAL_UNIT_ACTION = 449;
    private static final int RESTRICT_ACCESS = 2;
    private static final int REDIRECT = 1;
    private static final int RESTRICTION_FILTER_RULE = 438;
    private static final int QOS_FINAL_UNIT_INDICATION = 669;
    private static final int REDIRECT_SERVER_EXTENSION = 665;
    private static final int REDIRECT_ADDRESS_URL = 667;
    private static final int FILTER_RULE = 509;
    private static final int FILTER_RULE_PRECEDENCE = 510;
    private static final int CLASSIFIER = 511;
    private static final int CLASSIFIER_ID = 512;
    private static final int PROTOCOL = 513;
    private static final int DIRECTION = 514;
    private static final int FROM_SPEC = 515;
    private static final int TO_SPEC = 516;
    private static final int IP_ADDRESS = 518;
    private static final int IP_ADDRESS_MASK = 522;
    private static final int IP_BIT_MASK_WIDTH = 523;
    private static final int PORT = 530;
    private static final int PORT_RANGE = 531;
    private static final int PORT_START = 532;
    private static final int PORT_END = 533;
    private static final int TREATMENT_ACTION = 572;
    static final int PERMIT = 3;
    private static final int TCP = 6;
    private static final int OUT = 1;

    private final Dictionary dict = Dictionary.builtIn();

    private static Avp m(int code, Avp... members) {
        return Avp.builder(code).mandatory().grouped(members).build();
    }

    private static Avp enumerated(int code, int value) {
        return Avp.builder(code).mandatory().enumerated(value).build();
    }

    private static Avp unsigned(int code, long value) {
        return Avp.builder(code).mandatory().unsigned32(value).build();
    }

    private static Avp integer(int code, int value) {
        return Avp.builder(code).mandatory().integer32(value).build();
    }

    private static Avp address(int code, String literal) {
        try {
            return Avp.builder(code).mandatory().address(InetAddress.getByName(literal)).build();
        } catch (UnknownHostException e) {
            throw new AssertionError(literal + " is an address literal", e);
        }
    }

    /** A web classifier: TCP from 192.0.2.10, ports 1024-65535, to 198.51.100.0/24 port 443. */
    static Avp classifier(boolean withId) {
        List<Avp> members = new ArrayList<>();
        if (withId) {
            members.add(Avp.builder(CLASSIFIER_ID).mandatory().octetString("web".getBytes()).build());
        }
        members.add(enumerated(PROTOCOL, TCP));
        members.add(enumerated(DIRECTION, OUT));
        members.add(m(FROM_SPEC, address(IP_ADDRESS, "192.0.2.10"),
                m(PORT_RANGE, integer(PORT_START, 1024), integer(PORT_END, 65535))));
        members.add(m(TO_SPEC, m(IP_ADDRESS_MASK, address(IP_ADDRESS, "198.51.100.0"), unsigned(IP_BIT_MASK_WIDTH, 24)),
                integer(PORT, 443)));
        return Avp.builder(CLASSIFIER).mandatory().grouped(members).build();
    }

    static Avp filterRule(Avp classifier, int treatmentAction) {
        return m(FILTER_RULE, unsigned(FILTER_RULE_PRECEDENCE, 10), classifier,
                enumerated(TREATMENT_ACTION, treatmentAction));
    }

    static Avp qosFinalUnitIndication(Avp... rules) {
        List<Avp> members = new ArrayList<>();
        members.add(enumerated(FINAL_UNIT_ACTION, RESTRICT_ACCESS));
        members.addAll(List.of(rules));
        // M bit MAY (RFC 8506 section 8): sent without it, as RFC 8506 senders do for new AVPs
        return Avp.builder(QOS_FINAL_UNIT_INDICATION).grouped(members).build();
    }

    private static DiameterMessage cca(Avp... extra) {
        DiameterMessage.Builder b = DiameterMessage.answerTo(ValidationTest.ccr().build())
                .avp(Avps.SESSION_ID.avp("client.example;1;1"))
                .avp(Avps.RESULT_CODE.avp(2001L))
                .avp(Avps.ORIGIN_HOST.avp("ocs.example"))
                .avp(Avps.ORIGIN_REALM.avp("ocs.example"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(4L))
                .avp(Avps.CC_REQUEST_TYPE.avp(EnumValues.CcRequestType.EVENT_REQUEST))
                .avp(Avps.CC_REQUEST_NUMBER.avp(0L));
        for (Avp a : extra) {
            b.avp(a);
        }
        return b.build();
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        return violations.get(0);
    }

    @Test
    void acceptsACcaRestrictingAccessWithAFilterRuleClassifierInQosFinalUnitIndication() {
        Avp fui = m(FINAL_UNIT_INDICATION, enumerated(FINAL_UNIT_ACTION, RESTRICT_ACCESS),
                Avp.builder(RESTRICTION_FILTER_RULE).mandatory()
                        .ipFilterRule("permit out 6 from 192.0.2.10 to 198.51.100.0/24 443").build());
        DiameterMessage cca = cca(fui, qosFinalUnitIndication(filterRule(classifier(true), PERMIT)));
        assertEquals(List.of(), dict.validate(cca));
    }

    @Test
    void acceptsAQosFinalUnitIndicationRedirectingThroughRedirectServerExtension() {
        Avp redirect = Avp.builder(QOS_FINAL_UNIT_INDICATION).grouped(
                enumerated(FINAL_UNIT_ACTION, REDIRECT),
                Avp.builder(REDIRECT_SERVER_EXTENSION).grouped(
                        Avp.builder(REDIRECT_ADDRESS_URL).utf8String("http://topup.example/").build()).build())
                .build();
        assertEquals(List.of(), dict.validate(cca(redirect)));
    }

    @Test
    void reportsAClassifierWithoutItsClassifierIdAsMissingWithFailedAvpNamingClassifierId() {
        DiameterMessage cca = cca(qosFinalUnitIndication(filterRule(classifier(false), PERMIT)));
        Violation v = only(dict.validate(cca));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCA/QoS-Final-Unit-Indication/Filter-Rule/Classifier/Classifier-ID", v.path());
        // Failed-AVP: the top-level AVP wrapping only the path down to a zero-length Classifier-ID
        Avp failed = v.failedAvp();
        int[] path = {QOS_FINAL_UNIT_INDICATION, FILTER_RULE, CLASSIFIER};
        for (int code : path) {
            Avp level = failed;
            assertEquals(code, level.code());
            assertEquals(1, level.asGrouped().size(), () -> "only the path to the missing AVP in " + level);
            failed = level.asGrouped().get(0);
        }
        assertEquals(CLASSIFIER_ID, failed.code());
        assertEquals(0, failed.valueLength(), "OctetString: the minimum length is 0 (RFC 6733 section 7.5)");
        assertEquals(CLASSIFIER_ID, v.offendingAvp().code());
        assertTrue(v.description().contains("Classifier-ID"), v.description());
    }

    @Test
    void reportsAnUnknownTreatmentActionValueAsAnInvalidAvpValue() {
        DiameterMessage cca = cca(qosFinalUnitIndication(filterRule(classifier(true), 7)));
        Violation v = only(dict.validate(cca));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CCA/QoS-Final-Unit-Indication/Filter-Rule/Treatment-Action", v.path());
        assertEquals(TREATMENT_ACTION, v.offendingAvp().code());
        assertEquals(7, v.offendingAvp().asEnumerated());
    }

    @Test
    void acceptsAnyProtocolNumberBecauseTheIanaRegistryValuesAreNotEnumerated() {
        Avp gre = m(CLASSIFIER, Avp.builder(CLASSIFIER_ID).mandatory().octetString(new byte[] {1}).build(),
                enumerated(PROTOCOL, 47));
        assertEquals(List.of(), dict.validate(cca(qosFinalUnitIndication(m(FILTER_RULE, gre)))));
    }

    @Test
    void rendersTheFilterRuleTreeWithNamesAndEnumLabels() {
        String tree = dict.render(cca(qosFinalUnitIndication(filterRule(classifier(true), PERMIT))));
        List<String> lines = List.of(tree.split("\n"));
        int start = lines.indexOf("  QoS-Final-Unit-Indication (669) ---");
        assertTrue(start > 0, tree);
        assertEquals(List.of(
                "  QoS-Final-Unit-Indication (669) ---",
                "    Final-Unit-Action (449) -M- 2 (RESTRICT_ACCESS)",
                "    Filter-Rule (509) -M-",
                "      Filter-Rule-Precedence (510) -M- 10",
                "      Classifier (511) -M-",
                "        Classifier-ID (512) -M- 0x776562 (\"web\")",
                "        Protocol (513) -M- 6",
                "        Direction (514) -M- 1 (OUT)",
                "        From-Spec (515) -M-",
                "          IP-Address (518) -M- 192.0.2.10",
                "          Port-Range (531) -M-",
                "            Port-Start (532) -M- 1024",
                "            Port-End (533) -M- 65535",
                "        To-Spec (516) -M-",
                "          IP-Address-Mask (522) -M-",
                "            IP-Address (518) -M- 198.51.100.0",
                "            IP-Bit-Mask-Width (523) -M- 24",
                "          Port (530) -M- 443",
                "      Treatment-Action (572) -M- 3 (permit)"), lines.subList(start, start + 19), tree);
    }

    @Test
    void definesFilterRuleInTheRfc5777FileNotInCreditControl() {
        AvpDefinition rule = dict.avp("Filter-Rule").orElseThrow();
        assertTrue(rule.source().contains("rfc5777-classifiers.xml"), rule.source());
        assertEquals(List.of("Filter-Rule-Precedence", "Classifier", "Time-Of-Day-Condition", "Treatment-Action",
                        "QoS-Semantics", "QoS-Profile-Template", "QoS-Parameters", "Excess-Treatment"),
                rule.groupedContent().orElseThrow().rules().stream().map(AvpRule::avpName).toList());
    }
}
