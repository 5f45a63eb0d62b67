package io.diameterharness.samples.sms.diameter;

/**
 * The command, application, AVP and result codes this application uses, from RFC 6733 (base),
 * RFC 4006 (credit control) and 3GPP TS 32.299 (vendor 10415). Only what the SMS charging client
 * needs; the codes were checked against the RFC text and Wireshark's dictionary.
 */
public final class Codes {

    private Codes() {
    }

    /** 3GPP's IANA enterprise number, the Vendor-Id of TS 32.299 AVPs. */
    public static final long VENDOR_3GPP = 10415;

    /** Application-Id 0: Diameter common messages. */
    public static final long APP_COMMON = 0;
    /** Application-Id 4: Diameter Credit-Control (RFC 4006). */
    public static final long APP_CREDIT_CONTROL = 4;
    /** Application-Id 0xFFFFFFFF: relay. */
    public static final long APP_RELAY = 0xFFFF_FFFFL;

    /** Capabilities-Exchange-Request/Answer. */
    public static final int CMD_CAPABILITIES_EXCHANGE = 257;
    /** Device-Watchdog-Request/Answer. */
    public static final int CMD_DEVICE_WATCHDOG = 280;
    /** Disconnect-Peer-Request/Answer. */
    public static final int CMD_DISCONNECT_PEER = 282;
    /** Credit-Control-Request/Answer (RFC 4006). */
    public static final int CMD_CREDIT_CONTROL = 272;

    /** User-Name (1), UTF8String. */
    public static final int USER_NAME = 1;
    /** Event-Timestamp (55), Time. */
    public static final int EVENT_TIMESTAMP = 55;
    /** Host-IP-Address (257), Address. */
    public static final int HOST_IP_ADDRESS = 257;
    /** Auth-Application-Id (258), Unsigned32. */
    public static final int AUTH_APPLICATION_ID = 258;
    /** Vendor-Specific-Application-Id (260), Grouped. */
    public static final int VENDOR_SPECIFIC_APPLICATION_ID = 260;
    /** Session-Id (263), UTF8String. */
    public static final int SESSION_ID = 263;
    /** Origin-Host (264), DiameterIdentity. */
    public static final int ORIGIN_HOST = 264;
    /** Supported-Vendor-Id (265), Unsigned32. */
    public static final int SUPPORTED_VENDOR_ID = 265;
    /** Vendor-Id (266), Unsigned32. */
    public static final int VENDOR_ID = 266;
    /** Firmware-Revision (267), Unsigned32. */
    public static final int FIRMWARE_REVISION = 267;
    /** Result-Code (268), Unsigned32. */
    public static final int RESULT_CODE = 268;
    /** Product-Name (269), UTF8String. */
    public static final int PRODUCT_NAME = 269;
    /** Disconnect-Cause (273), Enumerated. */
    public static final int DISCONNECT_CAUSE = 273;
    /** Origin-State-Id (278), Unsigned32. */
    public static final int ORIGIN_STATE_ID = 278;
    /** Failed-AVP (279), Grouped. */
    public static final int FAILED_AVP = 279;
    /** Error-Message (281), UTF8String. */
    public static final int ERROR_MESSAGE = 281;
    /** Destination-Realm (283), DiameterIdentity. */
    public static final int DESTINATION_REALM = 283;
    /** Destination-Host (293), DiameterIdentity. */
    public static final int DESTINATION_HOST = 293;
    /** Origin-Realm (296), DiameterIdentity. */
    public static final int ORIGIN_REALM = 296;
    /** Experimental-Result (297), Grouped. */
    public static final int EXPERIMENTAL_RESULT = 297;
    /** Experimental-Result-Code (298), Unsigned32. */
    public static final int EXPERIMENTAL_RESULT_CODE = 298;

    /** CC-Request-Number (415), Unsigned32. */
    public static final int CC_REQUEST_NUMBER = 415;
    /** CC-Request-Type (416), Enumerated. */
    public static final int CC_REQUEST_TYPE = 416;
    /** CC-Service-Specific-Units (417), Unsigned64. */
    public static final int CC_SERVICE_SPECIFIC_UNITS = 417;
    /** Granted-Service-Unit (431), Grouped. */
    public static final int GRANTED_SERVICE_UNIT = 431;
    /** Requested-Action (436), Enumerated. */
    public static final int REQUESTED_ACTION = 436;
    /** Requested-Service-Unit (437), Grouped. */
    public static final int REQUESTED_SERVICE_UNIT = 437;
    /** Service-Identifier (439), Unsigned32. */
    public static final int SERVICE_IDENTIFIER = 439;
    /** Subscription-Id (443), Grouped. */
    public static final int SUBSCRIPTION_ID = 443;
    /** Subscription-Id-Data (444), UTF8String. */
    public static final int SUBSCRIPTION_ID_DATA = 444;
    /** Subscription-Id-Type (450), Enumerated. */
    public static final int SUBSCRIPTION_ID_TYPE = 450;
    /** Multiple-Services-Credit-Control (456), Grouped. */
    public static final int MULTIPLE_SERVICES_CREDIT_CONTROL = 456;
    /** Service-Context-Id (461), UTF8String. */
    public static final int SERVICE_CONTEXT_ID = 461;

    /** Service-Information (873, 3GPP), Grouped. */
    public static final int SERVICE_INFORMATION = 873;
    /** Address-Data (897, 3GPP), UTF8String. */
    public static final int ADDRESS_DATA = 897;
    /** Address-Type (899, 3GPP), Enumerated. */
    public static final int ADDRESS_TYPE = 899;
    /** Recipient-Address (1201, 3GPP), Grouped. */
    public static final int RECIPIENT_ADDRESS = 1201;
    /** SMS-Information (2000, 3GPP), Grouped. */
    public static final int SMS_INFORMATION = 2000;
    /** Data-Coding-Scheme (2001, 3GPP), Integer32. */
    public static final int DATA_CODING_SCHEME = 2001;
    /** SM-Message-Type (2007, 3GPP), Enumerated. */
    public static final int SM_MESSAGE_TYPE = 2007;
    /** Recipient-Info (2026, 3GPP), Grouped. */
    public static final int RECIPIENT_INFO = 2026;

    /** CC-Request-Type EVENT_REQUEST. */
    public static final int EVENT_REQUEST = 4;
    /** Requested-Action DIRECT_DEBITING. */
    public static final int DIRECT_DEBITING = 0;
    /** Subscription-Id-Type END_USER_E164. */
    public static final int END_USER_E164 = 0;
    /** SM-Message-Type SUBMISSION. */
    public static final int SM_SUBMISSION = 0;
    /** Address-Type MSISDN. */
    public static final int ADDRESS_TYPE_MSISDN = 1;
    /** Disconnect-Cause REBOOTING. */
    public static final int DISCONNECT_REBOOTING = 0;
    /** Disconnect-Cause BUSY. */
    public static final int DISCONNECT_BUSY = 1;
    /** Disconnect-Cause DO_NOT_WANT_TO_TALK_TO_YOU. */
    public static final int DISCONNECT_DO_NOT_WANT_TO_TALK_TO_YOU = 2;

    /** 2001 DIAMETER_SUCCESS. */
    public static final long DIAMETER_SUCCESS = 2001;
    /** 3001 DIAMETER_COMMAND_UNSUPPORTED. */
    public static final long DIAMETER_COMMAND_UNSUPPORTED = 3001;
    /** 3004 DIAMETER_TOO_BUSY. */
    public static final long DIAMETER_TOO_BUSY = 3004;
    /** 4012 DIAMETER_CREDIT_LIMIT_REACHED (RFC 4006 section 9.1). */
    public static final long DIAMETER_CREDIT_LIMIT_REACHED = 4012;
    /** 5005 DIAMETER_MISSING_AVP. */
    public static final long DIAMETER_MISSING_AVP = 5005;

    /**
     * A readable command name.
     *
     * @param commandCode the command code
     * @param request whether it is the request or the answer
     * @return e.g. {@code CER}, {@code CCA}, or {@code command 999 request}
     */
    public static String commandName(int commandCode, boolean request) {
        String stem = switch (commandCode) {
            case CMD_CAPABILITIES_EXCHANGE -> "CE";
            case CMD_DEVICE_WATCHDOG -> "DW";
            case CMD_DISCONNECT_PEER -> "DP";
            case CMD_CREDIT_CONTROL -> "CC";
            default -> null;
        };
        if (stem == null) {
            return "command " + commandCode + (request ? " request" : " answer");
        }
        return stem + (request ? "R" : "A");
    }
}
