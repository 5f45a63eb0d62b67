package io.diameterharness.matchers;

import static io.diameterharness.matchers.DiameterMatchers.everyAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasAvpCount;
import static io.diameterharness.matchers.DiameterMatchers.hasFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasNoAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static io.diameterharness.matchers.DiameterMatchers.isRequest;
import static io.diameterharness.matchers.DiameterMatchers.isRetransmission;
import static io.diameterharness.matchers.DiameterMatchers.shareOneSessionId;
import static io.diameterharness.matchers.DiameterMatchers.unspecifiedAddress;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.AvpPath;
import io.diameterharness.dictionary.Avps;
import java.util.List;
import org.hamcrest.Matcher;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.Test;

class DiameterMatchersTest {
    private static final AvpKey<List<Avp>> SUBSCRIPTION_ID = AvpKey.grouped("Subscription-Id", 443, 0, true);
    private static final AvpKey<String> SUBSCRIPTION_ID_DATA = AvpKey.text("Subscription-Id-Data", 444, 0,
            io.diameterharness.codec.AvpType.UTF8_STRING, true);
    private static final AvpPath<String> MSISDN = AvpPath.of(SUBSCRIPTION_ID, SUBSCRIPTION_ID_DATA);

    private final DiameterMessage ccr = DiameterMessage.request(272, 4).proxiable().retransmission()
            .hopByHopId(1).endToEndId(2)
            .avp(Avps.SESSION_ID.avp("c;1;2"))
            .avp(SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_DATA.avp("41780000001")))
            .avp(SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_DATA.avp("41780000009")))
            .build();
    private final DiameterMessage cca = DiameterMessage.answerTo(ccr)
            .avp(Avps.SESSION_ID.avp("c;1;2"))
            .avp(Avps.RESULT_CODE.avp(5005L))
            .avp(Avps.FAILED_AVP.avp(Avps.ORIGIN_STATE_ID.avp(0L)))
            .build();

    private static <T> String mismatch(Matcher<? super T> m, T item) {
        StringDescription d = new StringDescription();
        m.describeMismatch(item, d);
        return d.toString();
    }

    private static String description(Matcher<?> m) {
        return StringDescription.toString(m);
    }

    @Test
    void requestAndAnswerMatchersLookAtTheRBitAndCommand() {
        assertThat(ccr, isRequest(272));
        assertThat(ccr, not(isRequest(280)));
        assertThat(cca, isAnswer(272));
        assertThat(cca, not(isRequest()));
        assertThat(description(isRequest(272)), equalTo("a request of command 272"));
        assertThat(mismatch(isRequest(280), ccr), equalTo("was CCR Credit-Control-Request (272) app 4 Diameter Credit Control, flags RP-T,"
                        + " hbh 0x00000001, e2e 0x00000002, length 92"));
    }

    @Test
    void commandKeyMatchersUseShortNames() {
        assertThat(ccr, DiameterMatchers.isRequest(io.diameterharness.dictionary.Commands.CREDIT_CONTROL));
        assertThat(ccr, not(DiameterMatchers.isRequest(io.diameterharness.dictionary.Commands.DEVICE_WATCHDOG)));
        assertThat(description(DiameterMatchers.isRequest(io.diameterharness.dictionary.Commands.CREDIT_CONTROL)),
                equalTo("a CCR (Credit-Control-Request)"));
        assertThat(cca, DiameterMatchers.isAnswer(io.diameterharness.dictionary.Commands.CREDIT_CONTROL));
    }

    @Test
    void pathByNamesUsesTheDictionaryTypes() {
        assertThat(ccr, hasAvp("Subscription-Id/Subscription-Id-Data", equalTo("41780000009")));
        assertThat(ccr, not(hasAvp("subscription-id/subscription-id-data", equalTo("1"))));
        assertThat(cca, hasAvp("Result-Code", equalTo(5005L)));
        assertThat(description(hasAvp("Subscription-Id/Subscription-Id-Data", equalTo("x"))),
                equalTo("a message with Subscription-Id/Subscription-Id-Data \"x\""));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> hasAvp("Subscription-Id/No-Such-Avp", equalTo("x")));
        assertThat(e.getMessage(), startsWith("AVP path 'Subscription-Id/No-Such-Avp': segment 'No-Such-Avp'"));
    }

    @Test
    void retransmissionMatcherSeesTheTBit() {
        assertThat(ccr, isRetransmission());
        assertThat(cca, not(isRetransmission()));
    }

    @Test
    void hasAvpByPathMatchesAnyOfTheRepeatedAvps() {
        assertThat(ccr, hasAvp(MSISDN, equalTo("41780000009")));
        assertThat(ccr, not(hasAvp(MSISDN, equalTo("41780000002"))));
        assertThat(mismatch(hasAvp(MSISDN, equalTo("41780000002")), ccr),
                equalTo("Subscription-Id/Subscription-Id-Data values were [\"41780000001\", \"41780000009\"]"));
        assertThat(description(hasAvp(MSISDN, equalTo("x"))),
                equalTo("a message with Subscription-Id/Subscription-Id-Data \"x\""));
    }

    @Test
    void everyAvpNeedsAllRepeatedAvpsToMatch() {
        assertThat(ccr, everyAvp(MSISDN, startsWith("4178")));
        assertThat(ccr, not(everyAvp(MSISDN, equalTo("41780000001"))));
        assertThat(mismatch(everyAvp(MSISDN, equalTo("41780000001")), ccr),
                equalTo("Subscription-Id/Subscription-Id-Data was \"41780000009\""));
    }

    @Test
    void missingAvpMismatchPrintsTheMessageTree() {
        String text = mismatch(hasAvp(Avps.ORIGIN_HOST), ccr);
        assertThat(text, startsWith("no Origin-Host in\nCCR Credit-Control-Request (272)"));
        assertThat(text, org.hamcrest.Matchers.containsString("Subscription-Id-Data"));
    }

    @Test
    void countAndAbsenceMatchers() {
        assertThat(ccr, hasAvpCount(MSISDN, equalTo(2)));
        assertThat(ccr, not(hasAvpCount(MSISDN, greaterThan(2))));
        assertThat(ccr, hasNoAvp(Avps.ORIGIN_HOST));
        assertThat(ccr, not(hasNoAvp(Avps.SESSION_ID)));
    }

    @Test
    void resultCodeAndFailedAvp() {
        assertThat(cca, hasResultCode(5005));
        assertThat(cca, not(hasResultCode(2001)));
        assertThat(mismatch(hasResultCode(2001), cca), startsWith("Result-Code was 5005 in\n"));
        assertThat(cca, hasFailedAvp(Avps.ORIGIN_STATE_ID));
        assertThat(cca, not(hasFailedAvp(Avps.USER_NAME)));
        assertThat(mismatch(hasFailedAvp(Avps.USER_NAME), cca), equalTo("Failed-AVP named [Origin-State-Id]"));
        assertThat(mismatch(hasFailedAvp(Avps.USER_NAME), ccr), equalTo("had no Failed-AVP"));
    }

    @Test
    void experimentalResultCountsAsResultCode() {
        DiameterMessage a = DiameterMessage.answerTo(ccr)
                .avp(Avps.EXPERIMENTAL_RESULT.avp(Avps.VENDOR_ID.avp(10415L),
                        Avps.EXPERIMENTAL_RESULT_CODE.avp(5030L)))
                .build();
        assertThat(a, hasResultCode(5030));
    }

    @Test
    void unspecifiedAddressMatcher() {
        assertThat(AddressValue.parse("0.0.0.0"), unspecifiedAddress());
        assertThat(AddressValue.parse("::"), unspecifiedAddress());
        assertThat(AddressValue.parse("127.0.0.1"), not(unspecifiedAddress()));
        DiameterMessage cer = DiameterMessage.request(257, 0)
                .avp(Avps.HOST_IP_ADDRESS.avp(AddressValue.parse("127.0.0.1"))).build();
        assertThat(cer, hasAvp(Avps.HOST_IP_ADDRESS, not(unspecifiedAddress())));
    }

    @Test
    void malformedGroupedValueMatchesNothing() {
        DiameterMessage bad = DiameterMessage.request(272, 4)
                .avp(Avp.builder(443).mandatory().octetString(new byte[] {0, 0, 1}).build()).build();
        assertThat(bad, not(hasAvp(MSISDN)));
    }

    @Test
    void matchersRejectNullAndWrongTypes() {
        Matcher<DiameterMessage> m = isRequest();
        assertThat(m.matches(null), is(false));
        assertThat(((Matcher<?>) m).matches("not a message"), is(false));
    }

    @Test
    void sessionIdSequence() {
        assertThat(List.of(ccr, cca), shareOneSessionId());
        DiameterMessage other = ccr.toBuilder().removeAvps(263, 0).avp(Avps.SESSION_ID.avp("c;9;9")).build();
        assertThat(List.of(ccr, other), not(shareOneSessionId()));
        assertThat(mismatch(shareOneSessionId(), List.of(ccr, other)),
                equalTo("message #2 had Session-Id \"c;9;9\" but #1 had \"c;1;2\""));
    }
}
