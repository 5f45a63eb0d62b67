package io.diameterharness.behaviour;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
    private static final Avp RSU = Avp.builder(437).mandatory()
            .grouped(Avp.builder(417).mandatory().unsigned64(BigInteger.ONE).build()).build();
    private final DiameterMessage ccr = DiameterMessage.request(272, 4).proxiable()
            .hopByHopId(0x11).endToEndId(0x22)
            .avp(Avps.SESSION_ID.avp("client.example.net;1;2"))
            .avp(Avps.ORIGIN_HOST.avp("client.example.net"))
            .avp(Avps.AUTH_APPLICATION_ID.avp(4L))
            .avp(Avp.builder(416).mandatory().enumerated(4).build())
            .avp(Avp.builder(415).mandatory().unsigned32(3).build())
            .avp(Avp.builder(456).mandatory().grouped(RSU,
                    Avp.builder(439).mandatory().unsigned32(1).build()).build())
            .build();

    private static List<Integer> codes(DiameterMessage m) {
        List<Integer> out = new ArrayList<>();
        for (Avp a : m.avps()) {
            out.add(a.code());
        }
        return out;
    }

    @Test
    void successCopiesIdentifiersSessionIdAndEchoesCreditControlFields() {
        DiameterMessage cca = Answer.success().toMessage(ccr, "ocs.example.net", "example.net");
        assertThat(cca.isRequest(), is(false));
        assertThat(cca.isProxiable(), is(true));
        assertThat(cca.isError(), is(false));
        assertThat(cca.hopByHopId(), is(0x11));
        assertThat(cca.endToEndId(), is(0x22));
        assertThat(codes(cca), contains(263, 268, 264, 296, 258, 416, 415));
        assertThat(cca.avp(415).orElseThrow().asUnsigned32(), is(3L));
        assertThat(Avps.ORIGIN_HOST.read(cca.avp(264).orElseThrow()), equalTo("ocs.example.net"));
    }

    @Test
    void protocolErrorSetsTheEBitAndCarriesErrorMessage() {
        DiameterMessage a = Answer.failure(ResultCode.DIAMETER_UNABLE_TO_DELIVER).errorMessage("no such host")
                .toMessage(ccr, "ocs.example.net", "example.net");
        assertThat(a.isError(), is(true));
        assertThat(Avps.ERROR_MESSAGE.read(a.avp(281).orElseThrow()), equalTo("no such host"));
    }

    @Test
    void permanentFailureHasNoEBitUnlessForced() {
        assertThat(Answer.failure(5005).toMessage(ccr, "h", "r").isError(), is(false));
        assertThat(Answer.failure(5005).errorBit(true).toMessage(ccr, "h", "r").isError(), is(true));
    }

    @Test
    void failedAvpForAMissingAvpHasTheMinimumLengthZeroValue() {
        DiameterMessage a = Answer.failure(ResultCode.DIAMETER_MISSING_AVP).failedAvp(Avps.ORIGIN_STATE_ID)
                .toMessage(ccr, "h", "r");
        Avp failed = a.avp(279).orElseThrow().asGrouped().get(0);
        assertThat(failed.code(), is(278));
        assertThat(failed.value(), equalTo(new byte[4]));
    }

    @Test
    void experimentalResultCarriesVendorAndCode() {
        DiameterMessage a = Answer.experimentalResult(10415, 5030).toMessage(ccr, "h", "r");
        List<Avp> er = a.avp(297).orElseThrow().asGrouped();
        assertThat(er.get(0).asUnsigned32(), is(10415L));
        assertThat(er.get(1).asUnsigned32(), is(5030L));
        assertThat(a.avp(268).isPresent(), is(false));
    }

    @Test
    void grantingRequestedUnitsMirrorsEachRequestedServiceUnit() {
        DiameterMessage a = Answer.success().grantingRequestedUnits().toMessage(ccr, "h", "r");
        List<Avp> mscc = a.avp(456).orElseThrow().asGrouped();
        assertThat(mscc.get(0).code(), is(431));
        assertThat(mscc.get(0).asGrouped(), equalTo(RSU.asGrouped()));
        assertThat(mscc.get(1).code(), is(439));
        assertThat(mscc.get(2).asUnsigned32(), is(2001L));
    }

    @Test
    void withoutCreditControlEchoLeavesOutRequestTypeAndNumber() {
        DiameterMessage a = Answer.success().withoutCreditControlEcho().toMessage(ccr, "h", "r");
        assertThat(codes(a), contains(263, 268, 264, 296, 258));
    }

    @Test
    void computedAvpsSeeTheRequest() {
        DiameterMessage a = Answer.success()
                .withComputed(r -> List.of(Avps.USER_NAME.avp("hbh " + r.hopByHopId())))
                .toMessage(ccr, "h", "r");
        assertThat(Avps.USER_NAME.read(a.avp(1).orElseThrow()), equalTo("hbh 17"));
    }
}
