package io.diameterharness.samples.sms;

import io.diameterharness.samples.sms.diameter.Avp;
import io.diameterharness.samples.sms.diameter.Codes;
import io.diameterharness.samples.sms.diameter.DiameterClientConfig;
import io.diameterharness.samples.sms.diameter.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Credit-Control-Request (RFC 4006, 3GPP TS 32.299 SMS charging) for one SMS: an
 * EVENT_REQUEST with DIRECT_DEBITING of one service-specific unit, AVPs in the order of the CCR
 * ABNF.
 */
final class SmsCreditControlRequest {

    /** Service-Context-Id of SMS charging, TS 32.299 / TS 32.274. */
    static final String SMS_SERVICE_CONTEXT_ID = "32274@3gpp.org";
    /** Data-Coding-Scheme 8: UCS2 (TS 23.038). */
    static final int DATA_CODING_SCHEME_UCS2 = 8;

    private SmsCreditControlRequest() {
    }

    static Message build(DiameterClientConfig config, String sessionId, long originStateId, Instant eventTime,
            String senderMsisdn, String recipientMsisdn) {
        long tgpp = Codes.VENDOR_3GPP;
        List<Avp> avps = new ArrayList<>();
        avps.add(Avp.utf8(Codes.SESSION_ID, sessionId));
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()));
        avps.add(Avp.utf8(Codes.DESTINATION_REALM, config.destinationRealm()));
        avps.add(Avp.unsigned32(Codes.AUTH_APPLICATION_ID, Codes.APP_CREDIT_CONTROL));
        avps.add(Avp.utf8(Codes.SERVICE_CONTEXT_ID, SMS_SERVICE_CONTEXT_ID));
        avps.add(Avp.unsigned32(Codes.CC_REQUEST_TYPE, Codes.EVENT_REQUEST));
        avps.add(Avp.unsigned32(Codes.CC_REQUEST_NUMBER, 0));
        config.destinationHost().ifPresent(h -> avps.add(Avp.utf8(Codes.DESTINATION_HOST, h)));
        avps.add(Avp.utf8(Codes.USER_NAME, senderMsisdn));
        avps.add(Avp.unsigned32(Codes.ORIGIN_STATE_ID, originStateId));
        avps.add(Avp.time(Codes.EVENT_TIMESTAMP, eventTime));
        avps.add(Avp.grouped(Codes.SUBSCRIPTION_ID, 0,
                Avp.unsigned32(Codes.SUBSCRIPTION_ID_TYPE, Codes.END_USER_E164),
                Avp.utf8(Codes.SUBSCRIPTION_ID_DATA, senderMsisdn)));
        avps.add(Avp.unsigned32(Codes.REQUESTED_ACTION, Codes.DIRECT_DEBITING));
        avps.add(Avp.grouped(Codes.MULTIPLE_SERVICES_CREDIT_CONTROL, 0,
                Avp.grouped(Codes.REQUESTED_SERVICE_UNIT, 0, Avp.unsigned64(Codes.CC_SERVICE_SPECIFIC_UNITS, 1)),
                Avp.unsigned32(Codes.SERVICE_IDENTIFIER, 1)));
        avps.add(Avp.grouped(Codes.SERVICE_INFORMATION, tgpp,
                Avp.grouped(Codes.SMS_INFORMATION, tgpp,
                        Avp.integer32(Codes.DATA_CODING_SCHEME, tgpp, DATA_CODING_SCHEME_UCS2),
                        Avp.integer32(Codes.SM_MESSAGE_TYPE, tgpp, Codes.SM_SUBMISSION),
                        Avp.grouped(Codes.RECIPIENT_INFO, tgpp,
                                Avp.grouped(Codes.RECIPIENT_ADDRESS, tgpp,
                                        Avp.integer32(Codes.ADDRESS_TYPE, tgpp, Codes.ADDRESS_TYPE_MSISDN),
                                        Avp.utf8(Codes.ADDRESS_DATA, tgpp, recipientMsisdn))))));
        return Message.request(Codes.CMD_CREDIT_CONTROL, Codes.APP_CREDIT_CONTROL, true, avps);
    }
}
