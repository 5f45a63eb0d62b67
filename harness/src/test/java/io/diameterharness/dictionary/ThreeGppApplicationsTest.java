package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Gx, Rx and S6a commands of the built-in dictionary, checked on realistic messages. */
class ThreeGppApplicationsTest {
    private final Dictionary dict = Dictionary.builtIn();

    private static Avp vsai(long app) {
        return Avps.VENDOR_SPECIFIC_APPLICATION_ID.avp(Avps.VENDOR_ID.avp((long) Avps.TGPP),
                Avps.AUTH_APPLICATION_ID.avp(app));
    }

    private static DiameterMessage.Builder updateLocation() {
        return Commands.UPDATE_LOCATION.request()
                .avp(Avps.SESSION_ID.avp("mme.example;1;1"))
                .avp(vsai(Applications.S6A))
                .avp(Avps.AUTH_SESSION_STATE.avp(EnumValues.AuthSessionState.NO_STATE_MAINTAINED))
                .avp(Avps.ORIGIN_HOST.avp("mme.example"))
                .avp(Avps.ORIGIN_REALM.avp("epc.example"))
                .avp(Avps.DESTINATION_REALM.avp("hss.example"))
                .avp(Avps.USER_NAME.avp("001010123456789"))
                .avp(Avps.RAT_TYPE.avp(1004))
                .avp(Avps.ULR_FLAGS.avp(0x22L))
                .avp(Avps.VISITED_PLMN_ID.avp(new byte[] {0x00, (byte) 0xf1, 0x10}));
    }

    @Test
    void acceptsAnS6aUpdateLocationRequest() {
        assertEquals(List.of(), dict.validate(updateLocation().build()));
        assertTrue(dict.render(updateLocation().build()).startsWith("ULR Update-Location-Request (316) app 16777251"
                + " 3GPP S6a/S6d"), dict.render(updateLocation().build()));
    }

    @Test
    void reportsAMissingVisitedPlmnIdWithAnEmptyOctetStringStandIn() {
        Violation v = dict.validate(updateLocation().removeAvps(1407, Avps.TGPP).build()).get(0);
        assertEquals(ResultCode.DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("ULR/Visited-PLMN-Id", v.path());
        assertEquals(Avps.TGPP, v.failedAvp().vendorId());
        assertTrue(v.failedAvp().isVendorSpecific());
        assertArrayEquals(new byte[0], v.failedAvp().value());
    }

    @Test
    void reportsARatTypeOutsideItsEnumeration() {
        DiameterMessage m = updateLocation().removeAvps(1032, Avps.TGPP).avp(Avps.RAT_TYPE.avp(4242)).build();
        Violation v = dict.validate(m).get(0);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("ULR/RAT-Type", v.path());
    }

    @Test
    void checksAGxCreditControlRequestAgainstGxNotRfc4006() {
        DiameterMessage gx = Commands.GX_CREDIT_CONTROL.request()
                .avp(Avps.SESSION_ID.avp("pgw.example;1;1"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(Applications.GX))
                .avp(Avps.ORIGIN_HOST.avp("pgw.example"))
                .avp(Avps.ORIGIN_REALM.avp("epc.example"))
                .avp(Avps.DESTINATION_REALM.avp("pcrf.example"))
                .avp(Avps.CC_REQUEST_TYPE.avp(EnumValues.CcRequestType.INITIAL_REQUEST))
                .avp(Avps.CC_REQUEST_NUMBER.avp(0L))
                .avp(Avps.IP_CAN_TYPE.avp(5))
                .avp(Avps.RAT_TYPE.avp(1004))
                .avp(Avps.EVENT_TRIGGER.avp(13))
                .build();
        // Gx's CCR has no Service-Context-Id, which RFC 4006's requires
        assertEquals(List.of(), dict.validate(gx));
        assertEquals("Credit-Control", dict.command(272, Applications.GX).orElseThrow().name());
        assertEquals(Applications.GX, dict.command("CCR", Applications.GX).orElseThrow().applicationId());
        assertEquals(Applications.CREDIT_CONTROL, dict.command("CCR").orElseThrow().applicationId());
    }

    @Test
    void checksChargingRuleInstallContentInAGxAnswer() {
        Avp install = Avps.CHARGING_RULE_INSTALL.avp(Avps.CHARGING_RULE_DEFINITION.avp(
                Avps.PRECEDENCE.avp(10L)));
        DiameterMessage cca = DiameterMessage.answerTo(Commands.GX_CREDIT_CONTROL.request().build())
                .avp(Avps.SESSION_ID.avp("pgw.example;1;1"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(Applications.GX))
                .avp(Avps.ORIGIN_HOST.avp("pcrf.example"))
                .avp(Avps.ORIGIN_REALM.avp("pcrf.example"))
                .avp(Avps.RESULT_CODE.avp(2001L))
                .avp(Avps.CC_REQUEST_TYPE.avp(EnumValues.CcRequestType.INITIAL_REQUEST))
                .avp(Avps.CC_REQUEST_NUMBER.avp(0L))
                .avp(install)
                .build();
        Violation v = dict.validate(cca).get(0);
        assertEquals(ResultCode.DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCA/Charging-Rule-Install/Charging-Rule-Definition/Charging-Rule-Name", v.path());
        assertEquals(1001, v.failedAvp().code(), "Failed-AVP is wrapped in the enclosing Charging-Rule-Install");
    }

    @Test
    void acceptsAnRxAaRequestWithAMediaComponent() {
        DiameterMessage aar = Commands.RX_AA.request()
                .avp(Avps.SESSION_ID.avp("pcscf.example;1;1"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(Applications.RX))
                .avp(Avps.ORIGIN_HOST.avp("pcscf.example"))
                .avp(Avps.ORIGIN_REALM.avp("ims.example"))
                .avp(Avps.DESTINATION_REALM.avp("pcrf.example"))
                .avp(Avps.MEDIA_COMPONENT_DESCRIPTION.avp(
                        Avps.MEDIA_COMPONENT_NUMBER.avp(1L),
                        Avps.MEDIA_TYPE.avp(0),
                        Avps.MEDIA_SUB_COMPONENT.avp(Avps.FLOW_NUMBER.avp(1L),
                                Avps.FLOW_DESCRIPTION.avp("permit out 17 from 192.0.2.1 49152 to 198.51.100.1 50000"))))
                .build();
        assertEquals(List.of(), dict.validate(aar));
        assertEquals(List.of("permit out 17 from 192.0.2.1 49152 to 198.51.100.1 50000"),
                dict.find(aar, "Media-Component-Description/Media-Sub-Component/Flow-Description")
                        .stream().map(dict::value).toList());
    }
}
