package io.diameterharness.demo;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.time.Instant;

/**
 * Realistic, fully deterministic messages used across the project (tests, demo, benchmarks,
 * samples): the SMS charging Credit-Control exchange of RFC 4006 with the 3GPP TS 32.299
 * SMS-Information, and the base protocol's capabilities exchange, watchdog and disconnect
 * (RFC 6733). A client {@value #CLIENT_HOST} talks to an online charging server {@value #SERVER_HOST}.
 *
 * <p>Codes and flags: RFC 6733 section 4.5 and 8 (base), RFC 4006 section 8 (Credit-Control),
 * 3GPP TS 32.299 section 7.2 (vendor 10415 AVPs, sent with the V and M bits).
 */
public final class ExampleMessages {
    private ExampleMessages() {
    }

    /** The client's Origin-Host. */
    public static final String CLIENT_HOST = "smsc.client.example";
    /** The client's Origin-Realm. */
    public static final String CLIENT_REALM = "client.example";
    /** The server's Origin-Host. */
    public static final String SERVER_HOST = "ocs.server.example";
    /** The server's Origin-Realm. */
    public static final String SERVER_REALM = "server.example";
    /** The Session-Id of the example Credit-Control session. */
    public static final String SESSION_ID = "smsc.client.example;1795392000;1";
    /** The charged subscriber's MSISDN (Subscription-Id-Data). */
    public static final String SUBSCRIBER_MSISDN = "41780000001";
    /** The SMS recipient's MSISDN (Address-Data). */
    public static final String RECIPIENT_MSISDN = "41780000002";
    /** The Event-Timestamp of the example CCR. */
    public static final Instant EVENT_TIME = Instant.parse("2026-11-22T00:00:00Z");
    /** The Service-Context-Id of 3GPP SMS charging (TS 32.274). */
    public static final String SMS_SERVICE_CONTEXT = "32274@3gpp.org";
    /** The client's Host-IP-Address. */
    public static final String CLIENT_IP = "192.0.2.10";
    /** The server's Host-IP-Address. */
    public static final String SERVER_IP = "192.0.2.20";

    /** Vendor-Id of 3GPP. */
    public static final int VENDOR_3GPP = 10415;
    /** Application-Id of Diameter Credit-Control (RFC 4006). */
    public static final int CREDIT_CONTROL_APPLICATION = 4;

    // Command codes (RFC 6733 section 3.1, RFC 4006 section 3)
    /** Capabilities-Exchange-Request/Answer. */
    public static final int CAPABILITIES_EXCHANGE = 257;
    /** Credit-Control-Request/Answer. */
    public static final int CREDIT_CONTROL = 272;
    /** Device-Watchdog-Request/Answer. */
    public static final int DEVICE_WATCHDOG = 280;
    /** Disconnect-Peer-Request/Answer. */
    public static final int DISCONNECT_PEER = 282;

    // Base protocol AVPs (RFC 6733)
    private static final int USER_NAME = 1;
    private static final int EVENT_TIMESTAMP = 55;
    private static final int HOST_IP_ADDRESS = 257;
    private static final int AUTH_APPLICATION_ID = 258;
    private static final int SESSION_ID_AVP = 263;
    private static final int ORIGIN_HOST = 264;
    private static final int SUPPORTED_VENDOR_ID = 265;
    private static final int VENDOR_ID = 266;
    private static final int FIRMWARE_REVISION = 267;
    private static final int RESULT_CODE = 268;
    private static final int PRODUCT_NAME = 269;
    private static final int DISCONNECT_CAUSE = 273;
    private static final int ORIGIN_STATE_ID = 278;
    private static final int DESTINATION_REALM = 283;
    private static final int DESTINATION_HOST = 293;
    private static final int ORIGIN_REALM = 296;
    // Credit-Control AVPs (RFC 4006)
    private static final int CC_REQUEST_NUMBER = 415;
    private static final int CC_REQUEST_TYPE = 416;
    private static final int CC_SERVICE_SPECIFIC_UNITS = 417;
    private static final int GRANTED_SERVICE_UNIT = 431;
    private static final int REQUESTED_ACTION = 436;
    private static final int REQUESTED_SERVICE_UNIT = 437;
    private static final int SERVICE_IDENTIFIER = 439;
    private static final int SUBSCRIPTION_ID = 443;
    private static final int SUBSCRIPTION_ID_DATA = 444;
    private static final int VALIDITY_TIME = 448;
    private static final int SUBSCRIPTION_ID_TYPE = 450;
    private static final int MULTIPLE_SERVICES_CREDIT_CONTROL = 456;
    private static final int SERVICE_CONTEXT_ID = 461;
    // 3GPP TS 32.299 AVPs (vendor 10415)
    private static final int SERVICE_INFORMATION = 873;
    private static final int ADDRESS_DATA = 897;
    private static final int ADDRESS_TYPE = 899;
    private static final int RECIPIENT_ADDRESS = 1201;
    private static final int SMS_INFORMATION = 2000;
    private static final int DATA_CODING_SCHEME = 2001;
    private static final int SM_MESSAGE_TYPE = 2007;
    private static final int RECIPIENT_INFO = 2026;

    /** CC-Request-Type EVENT_REQUEST (RFC 4006 section 8.3). */
    public static final int EVENT_REQUEST = 4;
    /** Requested-Action DIRECT_DEBITING (RFC 4006 section 8.41). */
    public static final int DIRECT_DEBITING = 0;
    /** Subscription-Id-Type END_USER_E164 (RFC 4006 section 8.47). */
    public static final int END_USER_E164 = 0;
    /** Address-Type MSISDN (3GPP TS 32.299). */
    public static final int ADDRESS_TYPE_MSISDN = 1;
    /** SM-Message-Type SUBMISSION (3GPP TS 32.299). */
    public static final int SUBMISSION = 0;
    /** Data-Coding-Scheme 8: UCS2 (3GPP TS 23.038). */
    public static final int DCS_UCS2 = 8;
    /** Result-Code DIAMETER_SUCCESS. */
    public static final int DIAMETER_SUCCESS = 2001;

    /**
     * The SMS charging Credit-Control-Request (272, R and P bits, application 4): an EVENT_REQUEST
     * with direct debiting of one service-specific unit for {@value #SUBSCRIBER_MSISDN} sending an SMS
     * to {@value #RECIPIENT_MSISDN}.
     */
    public static DiameterMessage creditControlRequest() {
        return DiameterMessage.request(CREDIT_CONTROL, CREDIT_CONTROL_APPLICATION).proxiable()
                .hopByHopId(0x2a000001).endToEndId(0x7d000001)
                .avp(utf8(SESSION_ID_AVP, SESSION_ID))
                .avp(identity(ORIGIN_HOST, CLIENT_HOST))
                .avp(identity(ORIGIN_REALM, CLIENT_REALM))
                .avp(identity(DESTINATION_REALM, SERVER_REALM))
                .avp(identity(DESTINATION_HOST, SERVER_HOST))
                .avp(unsigned32(AUTH_APPLICATION_ID, CREDIT_CONTROL_APPLICATION))
                .avp(utf8(SERVICE_CONTEXT_ID, SMS_SERVICE_CONTEXT))
                .avp(enumerated(CC_REQUEST_TYPE, EVENT_REQUEST))
                .avp(unsigned32(CC_REQUEST_NUMBER, 0))
                .avp(unsigned32(ORIGIN_STATE_ID, 1795392000L))
                .avp(utf8(USER_NAME, SUBSCRIBER_MSISDN))
                .avp(Avp.builder(EVENT_TIMESTAMP).mandatory().time(EVENT_TIME).build())
                .avp(enumerated(REQUESTED_ACTION, DIRECT_DEBITING))
                .avp(grouped(SUBSCRIPTION_ID,
                        enumerated(SUBSCRIPTION_ID_TYPE, END_USER_E164),
                        utf8(SUBSCRIPTION_ID_DATA, SUBSCRIBER_MSISDN)))
                .avp(grouped(MULTIPLE_SERVICES_CREDIT_CONTROL,
                        grouped(REQUESTED_SERVICE_UNIT,
                                Avp.builder(CC_SERVICE_SPECIFIC_UNITS).mandatory().unsigned64(1).build()),
                        unsigned32(SERVICE_IDENTIFIER, 1)))
                .avp(tgppGrouped(SERVICE_INFORMATION,
                        tgppGrouped(SMS_INFORMATION,
                                Avp.builder(DATA_CODING_SCHEME).vendor(VENDOR_3GPP).mandatory()
                                        .integer32(DCS_UCS2).build(),
                                Avp.builder(SM_MESSAGE_TYPE).vendor(VENDOR_3GPP).mandatory()
                                        .enumerated(SUBMISSION).build(),
                                tgppGrouped(RECIPIENT_INFO,
                                        tgppGrouped(RECIPIENT_ADDRESS,
                                                Avp.builder(ADDRESS_TYPE).vendor(VENDOR_3GPP).mandatory()
                                                        .enumerated(ADDRESS_TYPE_MSISDN).build(),
                                                Avp.builder(ADDRESS_DATA).vendor(VENDOR_3GPP).mandatory()
                                                        .utf8String(RECIPIENT_MSISDN).build())))))
                .build();
    }

    /** The Credit-Control-Answer to {@link #creditControlRequest()}: 2001, one unit granted. */
    public static DiameterMessage creditControlAnswer() {
        return DiameterMessage.answerTo(creditControlRequest())
                .avp(utf8(SESSION_ID_AVP, SESSION_ID))
                .avp(unsigned32(RESULT_CODE, DIAMETER_SUCCESS))
                .avp(identity(ORIGIN_HOST, SERVER_HOST))
                .avp(identity(ORIGIN_REALM, SERVER_REALM))
                .avp(unsigned32(AUTH_APPLICATION_ID, CREDIT_CONTROL_APPLICATION))
                .avp(enumerated(CC_REQUEST_TYPE, EVENT_REQUEST))
                .avp(unsigned32(CC_REQUEST_NUMBER, 0))
                .avp(grouped(MULTIPLE_SERVICES_CREDIT_CONTROL,
                        grouped(GRANTED_SERVICE_UNIT,
                                Avp.builder(CC_SERVICE_SPECIFIC_UNITS).mandatory().unsigned64(1).build()),
                        unsigned32(SERVICE_IDENTIFIER, 1),
                        unsigned32(VALIDITY_TIME, 3600),
                        unsigned32(RESULT_CODE, DIAMETER_SUCCESS)))
                .build();
    }

    /** The client's Capabilities-Exchange-Request (257, R bit, application 0) offering application 4. */
    public static DiameterMessage capabilitiesExchangeRequest() {
        return DiameterMessage.request(CAPABILITIES_EXCHANGE, 0)
                .hopByHopId(0x2a000000).endToEndId(0x7d000000)
                .avp(identity(ORIGIN_HOST, CLIENT_HOST))
                .avp(identity(ORIGIN_REALM, CLIENT_REALM))
                .avp(Avp.builder(HOST_IP_ADDRESS).mandatory().address(AddressValue.parse(CLIENT_IP)).build())
                .avp(unsigned32(VENDOR_ID, 0))
                .avp(Avp.builder(PRODUCT_NAME).utf8String("Diameter Harness").build())
                .avp(unsigned32(ORIGIN_STATE_ID, 1795392000L))
                .avp(unsigned32(SUPPORTED_VENDOR_ID, VENDOR_3GPP))
                .avp(unsigned32(AUTH_APPLICATION_ID, CREDIT_CONTROL_APPLICATION))
                .avp(Avp.builder(FIRMWARE_REVISION).unsigned32(1).build())
                .build();
    }

    /** The server's Capabilities-Exchange-Answer: 2001 and application 4 in common. */
    public static DiameterMessage capabilitiesExchangeAnswer() {
        return DiameterMessage.answerTo(capabilitiesExchangeRequest())
                .avp(unsigned32(RESULT_CODE, DIAMETER_SUCCESS))
                .avp(identity(ORIGIN_HOST, SERVER_HOST))
                .avp(identity(ORIGIN_REALM, SERVER_REALM))
                .avp(Avp.builder(HOST_IP_ADDRESS).mandatory().address(AddressValue.parse(SERVER_IP)).build())
                .avp(unsigned32(VENDOR_ID, 0))
                .avp(Avp.builder(PRODUCT_NAME).utf8String("Example OCS").build())
                .avp(unsigned32(SUPPORTED_VENDOR_ID, VENDOR_3GPP))
                .avp(unsigned32(AUTH_APPLICATION_ID, CREDIT_CONTROL_APPLICATION))
                .build();
    }

    /** The client's Device-Watchdog-Request (280, R bit). */
    public static DiameterMessage deviceWatchdogRequest() {
        return DiameterMessage.request(DEVICE_WATCHDOG, 0)
                .hopByHopId(0x2a000002).endToEndId(0x7d000002)
                .avp(identity(ORIGIN_HOST, CLIENT_HOST))
                .avp(identity(ORIGIN_REALM, CLIENT_REALM))
                .avp(unsigned32(ORIGIN_STATE_ID, 1795392000L))
                .build();
    }

    /** The server's Device-Watchdog-Answer: 2001. */
    public static DiameterMessage deviceWatchdogAnswer() {
        return DiameterMessage.answerTo(deviceWatchdogRequest())
                .avp(unsigned32(RESULT_CODE, DIAMETER_SUCCESS))
                .avp(identity(ORIGIN_HOST, SERVER_HOST))
                .avp(identity(ORIGIN_REALM, SERVER_REALM))
                .build();
    }

    /** The client's Disconnect-Peer-Request (282, R bit) with Disconnect-Cause DO_NOT_WANT_TO_TALK_TO_YOU (2). */
    public static DiameterMessage disconnectPeerRequest() {
        return DiameterMessage.request(DISCONNECT_PEER, 0)
                .hopByHopId(0x2a000003).endToEndId(0x7d000003)
                .avp(identity(ORIGIN_HOST, CLIENT_HOST))
                .avp(identity(ORIGIN_REALM, CLIENT_REALM))
                .avp(enumerated(DISCONNECT_CAUSE, 2))
                .build();
    }

    /** The server's Disconnect-Peer-Answer: 2001. */
    public static DiameterMessage disconnectPeerAnswer() {
        return DiameterMessage.answerTo(disconnectPeerRequest())
                .avp(unsigned32(RESULT_CODE, DIAMETER_SUCCESS))
                .avp(identity(ORIGIN_HOST, SERVER_HOST))
                .avp(identity(ORIGIN_REALM, SERVER_REALM))
                .build();
    }

    private static Avp utf8(int code, String text) {
        return Avp.builder(code).mandatory().utf8String(text).build();
    }

    private static Avp identity(int code, String fqdn) {
        return Avp.builder(code).mandatory().diameterIdentity(fqdn).build();
    }

    private static Avp unsigned32(int code, long value) {
        return Avp.builder(code).mandatory().unsigned32(value).build();
    }

    private static Avp enumerated(int code, int value) {
        return Avp.builder(code).mandatory().enumerated(value).build();
    }

    private static Avp grouped(int code, Avp... avps) {
        return Avp.builder(code).mandatory().grouped(avps).build();
    }

    private static Avp tgppGrouped(int code, Avp... avps) {
        return Avp.builder(code).vendor(VENDOR_3GPP).mandatory().grouped(avps).build();
    }
}
