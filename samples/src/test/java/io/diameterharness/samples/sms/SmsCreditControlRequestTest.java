package io.diameterharness.samples.sms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.samples.sms.diameter.DiameterClientConfig;
import io.diameterharness.samples.sms.diameter.MessageCodec;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example CCR as the application encodes it, decoded by the harness codec (an independent
 * decoder): every AVP code, vendor, flag and value of RFC 4006 and TS 32.299 SMS charging.
 */
class SmsCreditControlRequestTest {

    private static final int TGPP = 10415;

    private static DiameterMessage encodeAndDecodeWithTheHarness(boolean withDestinationHost) {
        DiameterClientConfig config = DiameterClientConfig.builder()
                .primary(InetSocketAddress.createUnresolved("ocs1", 3868)).originHost("sms.client.example")
                .originRealm("client.example").destinationRealm("ocs.example")
                .destinationHost(withDestinationHost ? "ocs1.ocs.example" : null).build();
        byte[] bytes = MessageCodec.encode(SmsCreditControlRequest.build(config, "sms.client.example;1700000000;7",
                1_700_000_000L, Instant.parse("2026-11-22T08:30:00Z"), "41780000001", "41780000002")
                .withHopByHopId(11).withEndToEndId(12));
        DecodeResult result = MessageDecoder.decode(bytes);
        assertTrue(result.isSuccess(), () -> "the harness cannot decode the CCR: " + result);
        return result.message();
    }

    @Test
    void isAProxiableCreditControlRequestOfApplication4() {
        DiameterMessage ccr = encodeAndDecodeWithTheHarness(false);

        assertThat(ccr.commandCode(), is(272));
        assertThat(ccr.isRequest(), is(true));
        assertThat(ccr.isProxiable(), is(true));
        assertThat(ccr.isError(), is(false));
        assertThat(ccr.isRetransmission(), is(false));
        assertThat(ccr.applicationIdUnsigned(), is(4L));
        assertThat(ccr.hopByHopId(), is(11));
        assertThat(ccr.endToEndId(), is(12));
    }

    @Test
    void carriesTheRfc4006AvpsInAbnfOrder() {
        DiameterMessage ccr = encodeAndDecodeWithTheHarness(true);

        assertThat(ccr.avps().stream().map(Avp::code).toList(),
                contains(263, 264, 296, 283, 258, 461, 416, 415, 293, 1, 278, 55, 443, 436, 456, 873));
        assertThat(ccr.avp(263).orElseThrow().asUtf8String(), equalTo("sms.client.example;1700000000;7"));
        assertThat(ccr.avp(264).orElseThrow().asDiameterIdentity(), equalTo("sms.client.example"));
        assertThat(ccr.avp(296).orElseThrow().asDiameterIdentity(), equalTo("client.example"));
        assertThat(ccr.avp(283).orElseThrow().asDiameterIdentity(), equalTo("ocs.example"));
        assertThat(ccr.avp(293).orElseThrow().asDiameterIdentity(), equalTo("ocs1.ocs.example"));
        assertThat(ccr.avp(258).orElseThrow().asUnsigned32(), is(4L));
        assertThat(ccr.avp(461).orElseThrow().asUtf8String(), equalTo("32274@3gpp.org"));
        assertThat(ccr.avp(416).orElseThrow().asEnumerated(), is(4));
        assertThat(ccr.avp(415).orElseThrow().asUnsigned32(), is(0L));
        assertThat(ccr.avp(1).orElseThrow().asUtf8String(), equalTo("41780000001"));
        assertThat(ccr.avp(278).orElseThrow().asUnsigned32(), is(1_700_000_000L));
        assertThat(ccr.avp(55).orElseThrow().asTime(), equalTo(Instant.parse("2026-11-22T08:30:00Z")));
        assertThat(ccr.avp(436).orElseThrow().asEnumerated(), is(0));
        for (Avp avp : ccr.avps()) {
            assertTrue(avp.isMandatory(), () -> "M flag missing on " + avp);
            assertThat("V flag on " + avp, avp.isVendorSpecific(), is(avp.code() == 873));
        }
    }

    @Test
    void leavesDestinationHostOutUnlessConfigured() {
        assertTrue(encodeAndDecodeWithTheHarness(false).avp(293).isEmpty());
    }

    @Test
    void identifiesTheSenderByE164SubscriptionId() {
        List<Avp> subscriptionId = encodeAndDecodeWithTheHarness(false).avp(443).orElseThrow().asGrouped();

        assertThat(subscriptionId.get(0).code(), is(450));
        assertThat(subscriptionId.get(0).asEnumerated(), is(0));
        assertThat(subscriptionId.get(1).code(), is(444));
        assertThat(subscriptionId.get(1).asUtf8String(), equalTo("41780000001"));
    }

    @Test
    void requestsOneServiceSpecificUnitOfService1() {
        List<Avp> mscc = encodeAndDecodeWithTheHarness(false).avp(456).orElseThrow().asGrouped();

        assertThat(mscc.get(0).code(), is(437));
        Avp units = mscc.get(0).asGrouped().get(0);
        assertThat(units.code(), is(417));
        assertThat(units.asUnsigned64(), equalTo(BigInteger.ONE));
        assertThat(mscc.get(1).code(), is(439));
        assertThat(mscc.get(1).asUnsigned32(), is(1L));
    }

    @Test
    void describesTheSmsInThe3gppServiceInformation() {
        Avp serviceInformation = encodeAndDecodeWithTheHarness(false).avp(873, TGPP).orElseThrow();
        Avp sms = serviceInformation.asGrouped().get(0);
        List<Avp> smsFields = sms.asGrouped();
        Avp recipientAddress = smsFields.get(2).asGrouped().get(0);
        List<Avp> address = recipientAddress.asGrouped();

        assertThat(sms.code(), is(2000));
        assertThat(smsFields.stream().map(Avp::code).toList(), contains(2001, 2007, 2026));
        assertThat(smsFields.get(0).asInteger32(), is(8));
        assertThat(smsFields.get(1).asEnumerated(), is(0));
        assertThat(recipientAddress.code(), is(1201));
        assertThat(address.get(0).code(), is(899));
        assertThat(address.get(0).asEnumerated(), is(1));
        assertThat(address.get(1).code(), is(897));
        assertThat(address.get(1).asUtf8String(), equalTo("41780000002"));
        for (Avp avp : List.of(serviceInformation, sms, smsFields.get(0), smsFields.get(1), smsFields.get(2),
                recipientAddress, address.get(0), address.get(1))) {
            assertThat("vendor of " + avp, avp.vendorId(), is(TGPP));
            assertTrue(avp.isVendorSpecific() && avp.isMandatory(), () -> "V and M flags on " + avp);
        }
    }
}
