package io.diameterharness.dictionary;

import static io.diameterharness.codec.ResultCode.DIAMETER_APPLICATION_UNSUPPORTED;
import static io.diameterharness.codec.ResultCode.DIAMETER_AVP_NOT_ALLOWED;
import static io.diameterharness.codec.ResultCode.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES;
import static io.diameterharness.codec.ResultCode.DIAMETER_AVP_UNSUPPORTED;
import static io.diameterharness.codec.ResultCode.DIAMETER_COMMAND_UNSUPPORTED;
import static io.diameterharness.codec.ResultCode.DIAMETER_INVALID_AVP_BITS;
import static io.diameterharness.codec.ResultCode.DIAMETER_INVALID_AVP_VALUE;
import static io.diameterharness.codec.ResultCode.DIAMETER_MISSING_AVP;
import static io.diameterharness.dictionary.Avps.AUTH_APPLICATION_ID;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_NUMBER;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_TYPE;
import static io.diameterharness.dictionary.Avps.DESTINATION_REALM;
import static io.diameterharness.dictionary.Avps.ORIGIN_HOST;
import static io.diameterharness.dictionary.Avps.ORIGIN_REALM;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID_DATA;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID_TYPE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.EnumValues.CcRequestType;
import io.diameterharness.dictionary.EnumValues.SubscriptionIdType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private final Dictionary dict = Dictionary.builtIn();

    static Avp subscription(String msisdn) {
        return SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_TYPE.avp(SubscriptionIdType.END_USER_E164),
                SUBSCRIPTION_ID_DATA.avp(msisdn));
    }

    static DiameterMessage.Builder ccr() {
        return Commands.CREDIT_CONTROL.request()
                .avp(SESSION_ID.avp("client.example;1;1"))
                .avp(ORIGIN_HOST.avp("client.example"))
                .avp(ORIGIN_REALM.avp("example"))
                .avp(DESTINATION_REALM.avp("ocs.example"))
                .avp(AUTH_APPLICATION_ID.avp(4L))
                .avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .avp(CC_REQUEST_TYPE.avp(CcRequestType.EVENT_REQUEST))
                .avp(CC_REQUEST_NUMBER.avp(0L))
                .avp(subscription("41780000001"));
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        return violations.get(0);
    }

    @Test
    void acceptsAWellFormedCcr() {
        assertEquals(List.of(), dict.validate(ccr().build()));
    }

    @Test
    void reportsAMissingRequiredAvpWithAZeroFilledFailedAvpOfItsTypesMinimumLength() {
        DiameterMessage m = ccr().removeAvps(415, 0).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCR/CC-Request-Number", v.path());
        Avp failed = v.failedAvp();
        assertEquals(415, failed.code());
        assertTrue(failed.isMandatory());
        assertArrayEquals(new byte[4], failed.value(), "Unsigned32: 4 zero bytes (RFC 6733 section 7.5)");
    }

    @Test
    void reportsAMissingGroupedAvpWithAnEmptyGroupedValue() {
        Dictionary strict = dict.withRequirements(Requirement.inRequest("CCR").requires("Subscription-Id"));
        Violation v = only(strict.validate(ccr().removeAvps(443, 0).build()));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals(443, v.failedAvp().code());
        assertEquals(0, v.failedAvp().valueLength());
        assertEquals(8, v.failedAvp().length(), "header only");
    }

    @Test
    void reportsAMissingAvpInsideAGroupWrappedInItsGroupForFailedAvp() {
        Avp broken = SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_TYPE.avp(SubscriptionIdType.END_USER_E164));
        DiameterMessage m = ccr().removeAvps(443, 0).avp(broken).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCR/Subscription-Id/Subscription-Id-Data", v.path());
        assertEquals(443, v.failedAvp().code(), "Failed-AVP holds the enclosing Subscription-Id");
        List<Avp> inside = v.failedAvp().asGrouped();
        assertEquals(1, inside.size(), "only the offending child");
        assertEquals(444, inside.get(0).code());
        assertEquals(444, v.offendingAvp().code());
    }

    @Test
    void reportsTheFirstOccurrenceBeyondTheMaximum() {
        Avp second = CC_REQUEST_TYPE.avp(CcRequestType.INITIAL_REQUEST);
        Violation v = only(dict.validate(ccr().avp(second).build()));
        assertEquals(DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, v.resultCode());
        assertSame(second, v.failedAvp());
    }

    @Test
    void reportsAnAvpThatTheGroupDoesNotAllow() {
        Avp group = SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_TYPE.avp(0), SUBSCRIPTION_ID_DATA.avp("1"),
                ORIGIN_HOST.avp("stray.example"));
        Violation v = only(dict.validate(ccr().removeAvps(443, 0).avp(group).build()));
        assertEquals(DIAMETER_AVP_NOT_ALLOWED, v.resultCode());
        assertEquals("CCR/Subscription-Id/Origin-Host", v.path());
    }

    @Test
    void reportsAFixedPositionAvpOutOfPlace() {
        DiameterMessage m = ccr().removeAvps(263, 0).avp(SESSION_ID.avp("late;1")).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_AVP_NOT_ALLOWED, v.resultCode());
        assertTrue(v.description().contains("fixed position"), v.description());
    }

    @Test
    void reportsAnUnknownAvpWithTheMBitAsUnsupported() {
        Avp unknown = Avp.builder(99999).vendor(12345).mandatory().octetString(new byte[] {1}).build();
        Violation v = only(dict.validate(ccr().avp(unknown).build()));
        assertEquals(DIAMETER_AVP_UNSUPPORTED, v.resultCode());
        assertSame(unknown, v.failedAvp());
    }

    @Test
    void acceptsAnUnknownAvpWithoutTheMBitWhereTheAbnfAllowsAnyAvp() {
        Avp unknown = Avp.builder(99999).vendor(12345).octetString(new byte[] {1}).build();
        assertEquals(List.of(), dict.validate(ccr().avp(unknown).build()));
    }

    @Test
    void reportsAnUndefinedEnumeratedValue() {
        DiameterMessage m = ccr().removeAvps(416, 0).avp(CC_REQUEST_TYPE.avp(9)).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals(416, v.failedAvp().code());
    }

    @Test
    void reportsBadUtf8AsAnInvalidValue() {
        Avp bad = SESSION_ID.builder().octetString(new byte[] {(byte) 0xC3, 0x28}).build();
        DiameterMessage m = ccr().removeAvps(263, 0).avpAt(0, bad).build();
        assertEquals(DIAMETER_INVALID_AVP_VALUE, only(dict.validate(m)).resultCode());
    }

    @Test
    void reportsAWrongValueLengthForTheTypeAsAnInvalidValue() {
        Avp shortNumber = CC_REQUEST_NUMBER.builder().octetString(new byte[3]).build();
        DiameterMessage m = ccr().removeAvps(415, 0).avp(shortNumber).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertSame(shortNumber, v.failedAvp());
    }

    @Test
    void reportsABadAddress() {
        DiameterMessage cer = Commands.CAPABILITIES_EXCHANGE.request()
                .avp(ORIGIN_HOST.avp("client.example")).avp(ORIGIN_REALM.avp("example"))
                .avp(Avps.HOST_IP_ADDRESS.builder().octetString(new byte[] {0, 1, 127, 0, 0}).build())
                .avp(Avps.VENDOR_ID.avp(0L)).avp(Avps.PRODUCT_NAME.avp("test")).build();
        Violation v = only(dict.validate(cer));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CER/Host-IP-Address", v.path());
    }

    @Test
    void reportsAnMBitThatContradictsTheDefinition() {
        Avp clear = SESSION_ID.builder().notMandatory().utf8String("s;1").build();
        DiameterMessage m = ccr().removeAvps(263, 0).avpAt(0, clear).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_INVALID_AVP_BITS, v.resultCode());
        assertTrue(v.description().contains("M bit"), v.description());
    }

    @Test
    void reportsAVBitOnAnIetfAvp() {
        Avp withV = Avp.builder(263).vendor(0).mandatory().utf8String("s;1").build();
        DiameterMessage m = ccr().removeAvps(263, 0).avpAt(0, withV).build();
        assertEquals(DIAMETER_INVALID_AVP_BITS, only(dict.validate(m)).resultCode());
    }

    @Test
    void reportsAVendorAvpSentWithoutItsVBitAsInvalidBitsNotAsUnknown() {
        // Service-Information (873) is only defined for 3GPP: without the V bit it arrives as 873 of vendor 0
        Avp noV = Avp.builder(873).mandatory().grouped().build();
        Violation v = only(dict.validate(ccr().avp(noV).build()));
        assertEquals(DIAMETER_INVALID_AVP_BITS, v.resultCode(), v.toString());
        assertTrue(v.description().contains("Service-Information") && v.description().contains("V bit"),
                v.description());
        assertSame(noV, v.failedAvp(), "Failed-AVP carries the AVP as received");
    }

    @Test
    void reportsAProxiableRequestWithoutItsPBit() {
        DiameterMessage noP = ccr().flags(DiameterMessage.FLAG_REQUEST).build();
        Violation v = only(dict.validate(noP));
        assertEquals(ResultCode.DIAMETER_INVALID_HDR_BITS, v.resultCode());
        assertEquals("CCR has the P bit clear but Credit-Control is proxiable (RFC 6733 section 3)", v.description());
        assertEquals(null, v.failedAvp(), "a header error names no AVP");
    }

    @Test
    void reportsACapabilitiesExchangeWithThePBit() {
        DiameterMessage cer = Commands.CAPABILITIES_EXCHANGE.request().proxiable()
                .avp(ORIGIN_HOST.avp("client.example")).avp(ORIGIN_REALM.avp("example"))
                .avp(Avps.HOST_IP_ADDRESS.avp(io.diameterharness.codec.AddressValue.parse("127.0.0.1")))
                .avp(Avps.VENDOR_ID.avp(0L)).avp(Avps.PRODUCT_NAME.avp("test")).build();
        Violation v = only(dict.validate(cer));
        assertEquals(ResultCode.DIAMETER_INVALID_HDR_BITS, v.resultCode());
        assertTrue(v.description().contains("not proxiable"), v.description());
        assertEquals(List.of(), dict.validate(cer.toBuilder().flags(DiameterMessage.FLAG_REQUEST).build()));
    }

    @Test
    void reportsAnUnknownCommand() {
        DiameterMessage m = DiameterMessage.request(9999, 0).build();
        Violation v = only(dict.validate(m));
        assertEquals(DIAMETER_COMMAND_UNSUPPORTED, v.resultCode());
        assertEquals(null, v.failedAvp());
    }

    @Test
    void reportsAnUnknownApplication() {
        DiameterMessage m = DiameterMessage.request(272, 424242).build();
        assertEquals(DIAMETER_APPLICATION_UNSUPPORTED, only(dict.validate(m)).resultCode());
    }

    @Test
    void checksAnErrorAnswerAgainstTheGenericErrorAnswerAbnf() {
        DiameterMessage answer = DiameterMessage.answerTo(ccr().build()).error()
                .avp(SESSION_ID.avp("client.example;1;1")).avp(ORIGIN_HOST.avp("ocs.example"))
                .avp(ORIGIN_REALM.avp("example")).avp(Avps.RESULT_CODE.avp(3002L)).build();
        assertEquals(List.of(), dict.validate(answer));
        DiameterMessage noResult = answer.toBuilder().removeAvps(268, 0).build();
        assertEquals(DIAMETER_MISSING_AVP, only(dict.validate(noResult)).resultCode());
    }

    @Test
    void stopsDescendingAtTheDepthLimit() {
        Violation v = only(dict.validate(ccr().build(), 0));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertTrue(v.description().contains("nested deeper"), v.description());
        assertEquals(List.of(), dict.validate(ccr().build(), 1));
    }

    @Test
    void checksUserRequirementsLikeAbnfRules() {
        Dictionary strict = dict.withRequirements(
                Requirement.inRequest("CCR").requires("User-Name"),
                Requirement.inAvp("Subscription-Id").forbids("Subscription-Id-Type"));
        List<Violation> violations = strict.validate(ccr().build());
        assertEquals(2, violations.size(), violations::toString);
        assertEquals(DIAMETER_AVP_NOT_ALLOWED, violations.get(0).resultCode());
        assertEquals("CCR/Subscription-Id/Subscription-Id-Type", violations.get(0).path());
        assertEquals(DIAMETER_MISSING_AVP, violations.get(1).resultCode());
        assertEquals("CCR/User-Name", violations.get(1).path());
        assertEquals(List.of(), dict.validate(ccr().build()), "the original dictionary is unchanged");
    }

    @Test
    void namesTheResultCodeOfEachViolation() {
        Violation v = only(dict.validate(ccr().removeAvps(415, 0).build()));
        assertEquals("DIAMETER_MISSING_AVP", v.resultCodeName());
        assertEquals(ResultCode.DIAMETER_MISSING_AVP + " DIAMETER_MISSING_AVP at CCR/CC-Request-Number: "
                + "CC-Request-Number is missing ({ CC-Request-Number })", v.toString());
    }
}
