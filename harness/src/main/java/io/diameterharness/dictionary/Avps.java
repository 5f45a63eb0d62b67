package io.diameterharness.dictionary;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterUri;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Typed constants for the AVPs tests use, named as in the specs: {@code SESSION_ID},
 * {@code CC_REQUEST_TYPE}, {@code SUBSCRIPTION_ID_DATA}, {@code SMS_INFORMATION}. Import them
 * statically. Every AVP of RFC 6733 and RFC 4006 / RFC 8506 is here, plus the 3GPP AVPs of an SMS,
 * voice and data charging flow (TS 32.299) and the most used Gx, Rx and S6a AVPs; the full set of
 * definitions (names, enums, grouped contents) is in {@link Dictionary#builtIn()}, and a test checks
 * that each constant agrees with it (name, code, vendor, type and M bit).
 *
 * <p>The M bit of a constant is set when the spec's flag rule says MUST.
 */
public final class Avps {
    private Avps() {
    }

    /** The 3GPP vendor id. */
    public static final int TGPP = 10415;

    /** User-Name (1, UTF8String), RFC 6733. */
    public static final AvpKey<String> USER_NAME = AvpKey.text("User-Name", 1, 0, AvpType.UTF8_STRING, true);

    /** Class (25, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> CLASS = AvpKey.octets("Class", 25, 0, true);

    /** Session-Timeout (27, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> SESSION_TIMEOUT = AvpKey.int64("Session-Timeout", 27, 0, AvpType.UNSIGNED32, true);

    /** Proxy-State (33, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> PROXY_STATE = AvpKey.octets("Proxy-State", 33, 0, true);

    /** Acct-Session-Id (44, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> ACCT_SESSION_ID = AvpKey.octets("Acct-Session-Id", 44, 0, true);

    /** Acct-Multi-Session-Id (50, UTF8String), RFC 6733. */
    public static final AvpKey<String> ACCT_MULTI_SESSION_ID = AvpKey.text("Acct-Multi-Session-Id", 50, 0, AvpType.UTF8_STRING, true);

    /** Event-Timestamp (55, Time), RFC 6733. */
    public static final AvpKey<Instant> EVENT_TIMESTAMP = AvpKey.time("Event-Timestamp", 55, 0, true);

    /** Acct-Interim-Interval (85, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> ACCT_INTERIM_INTERVAL = AvpKey.int64("Acct-Interim-Interval", 85, 0, AvpType.UNSIGNED32, true);

    /** Host-IP-Address (257, Address), RFC 6733. */
    public static final AvpKey<AddressValue> HOST_IP_ADDRESS = AvpKey.address("Host-IP-Address", 257, 0, true);

    /** Auth-Application-Id (258, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> AUTH_APPLICATION_ID = AvpKey.int64("Auth-Application-Id", 258, 0, AvpType.UNSIGNED32, true);

    /** Acct-Application-Id (259, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> ACCT_APPLICATION_ID = AvpKey.int64("Acct-Application-Id", 259, 0, AvpType.UNSIGNED32, true);

    /** Vendor-Specific-Application-Id (260, Grouped), RFC 6733. */
    public static final AvpKey<List<Avp>> VENDOR_SPECIFIC_APPLICATION_ID = AvpKey.grouped("Vendor-Specific-Application-Id", 260, 0, true);

    /** Redirect-Host-Usage (261, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> REDIRECT_HOST_USAGE = AvpKey.int32("Redirect-Host-Usage", 261, 0, AvpType.ENUMERATED, true);

    /** Redirect-Max-Cache-Time (262, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> REDIRECT_MAX_CACHE_TIME = AvpKey.int64("Redirect-Max-Cache-Time", 262, 0, AvpType.UNSIGNED32, true);

    /** Session-Id (263, UTF8String), RFC 6733. */
    public static final AvpKey<String> SESSION_ID = AvpKey.text("Session-Id", 263, 0, AvpType.UTF8_STRING, true);

    /** Origin-Host (264, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> ORIGIN_HOST = AvpKey.text("Origin-Host", 264, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Supported-Vendor-Id (265, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> SUPPORTED_VENDOR_ID = AvpKey.int64("Supported-Vendor-Id", 265, 0, AvpType.UNSIGNED32, true);

    /** Vendor-Id (266, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> VENDOR_ID = AvpKey.int64("Vendor-Id", 266, 0, AvpType.UNSIGNED32, true);

    /** Firmware-Revision (267, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> FIRMWARE_REVISION = AvpKey.int64("Firmware-Revision", 267, 0, AvpType.UNSIGNED32, false);

    /** Result-Code (268, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> RESULT_CODE = AvpKey.int64("Result-Code", 268, 0, AvpType.UNSIGNED32, true);

    /** Product-Name (269, UTF8String), RFC 6733. */
    public static final AvpKey<String> PRODUCT_NAME = AvpKey.text("Product-Name", 269, 0, AvpType.UTF8_STRING, false);

    /** Session-Binding (270, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> SESSION_BINDING = AvpKey.int64("Session-Binding", 270, 0, AvpType.UNSIGNED32, true);

    /** Session-Server-Failover (271, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> SESSION_SERVER_FAILOVER = AvpKey.int32("Session-Server-Failover", 271, 0, AvpType.ENUMERATED, true);

    /** Multi-Round-Time-Out (272, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> MULTI_ROUND_TIME_OUT = AvpKey.int64("Multi-Round-Time-Out", 272, 0, AvpType.UNSIGNED32, true);

    /** Disconnect-Cause (273, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> DISCONNECT_CAUSE = AvpKey.int32("Disconnect-Cause", 273, 0, AvpType.ENUMERATED, true);

    /** Auth-Request-Type (274, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> AUTH_REQUEST_TYPE = AvpKey.int32("Auth-Request-Type", 274, 0, AvpType.ENUMERATED, true);

    /** Auth-Grace-Period (276, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> AUTH_GRACE_PERIOD = AvpKey.int64("Auth-Grace-Period", 276, 0, AvpType.UNSIGNED32, true);

    /** Auth-Session-State (277, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> AUTH_SESSION_STATE = AvpKey.int32("Auth-Session-State", 277, 0, AvpType.ENUMERATED, true);

    /** Origin-State-Id (278, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> ORIGIN_STATE_ID = AvpKey.int64("Origin-State-Id", 278, 0, AvpType.UNSIGNED32, true);

    /** Failed-AVP (279, Grouped), RFC 6733. */
    public static final AvpKey<List<Avp>> FAILED_AVP = AvpKey.grouped("Failed-AVP", 279, 0, true);

    /** Proxy-Host (280, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> PROXY_HOST = AvpKey.text("Proxy-Host", 280, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Error-Message (281, UTF8String), RFC 6733. */
    public static final AvpKey<String> ERROR_MESSAGE = AvpKey.text("Error-Message", 281, 0, AvpType.UTF8_STRING, false);

    /** Route-Record (282, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> ROUTE_RECORD = AvpKey.text("Route-Record", 282, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Destination-Realm (283, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> DESTINATION_REALM = AvpKey.text("Destination-Realm", 283, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Proxy-Info (284, Grouped), RFC 6733. */
    public static final AvpKey<List<Avp>> PROXY_INFO = AvpKey.grouped("Proxy-Info", 284, 0, true);

    /** Re-Auth-Request-Type (285, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> RE_AUTH_REQUEST_TYPE = AvpKey.int32("Re-Auth-Request-Type", 285, 0, AvpType.ENUMERATED, true);

    /** Accounting-Sub-Session-Id (287, Unsigned64), RFC 6733. */
    public static final AvpKey<BigInteger> ACCOUNTING_SUB_SESSION_ID = AvpKey.unsigned64("Accounting-Sub-Session-Id", 287, 0, true);

    /** Authorization-Lifetime (291, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> AUTHORIZATION_LIFETIME = AvpKey.int64("Authorization-Lifetime", 291, 0, AvpType.UNSIGNED32, true);

    /** Redirect-Host (292, DiameterURI), RFC 6733. */
    public static final AvpKey<DiameterUri> REDIRECT_HOST = AvpKey.uri("Redirect-Host", 292, 0, true);

    /** Destination-Host (293, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> DESTINATION_HOST = AvpKey.text("Destination-Host", 293, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Error-Reporting-Host (294, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> ERROR_REPORTING_HOST = AvpKey.text("Error-Reporting-Host", 294, 0, AvpType.DIAMETER_IDENTITY, false);

    /** Termination-Cause (295, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> TERMINATION_CAUSE = AvpKey.int32("Termination-Cause", 295, 0, AvpType.ENUMERATED, true);

    /** Origin-Realm (296, DiameterIdentity), RFC 6733. */
    public static final AvpKey<String> ORIGIN_REALM = AvpKey.text("Origin-Realm", 296, 0, AvpType.DIAMETER_IDENTITY, true);

    /** Experimental-Result (297, Grouped), RFC 6733. */
    public static final AvpKey<List<Avp>> EXPERIMENTAL_RESULT = AvpKey.grouped("Experimental-Result", 297, 0, true);

    /** Experimental-Result-Code (298, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> EXPERIMENTAL_RESULT_CODE = AvpKey.int64("Experimental-Result-Code", 298, 0, AvpType.UNSIGNED32, true);

    /** Inband-Security-Id (299, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> INBAND_SECURITY_ID = AvpKey.int64("Inband-Security-Id", 299, 0, AvpType.UNSIGNED32, true);

    /** E2E-Sequence (300, Grouped), RFC 6733. */
    public static final AvpKey<List<Avp>> E2E_SEQUENCE = AvpKey.grouped("E2E-Sequence", 300, 0, true);

    /** Accounting-Record-Type (480, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> ACCOUNTING_RECORD_TYPE = AvpKey.int32("Accounting-Record-Type", 480, 0, AvpType.ENUMERATED, true);

    /** Accounting-Realtime-Required (483, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> ACCOUNTING_REALTIME_REQUIRED = AvpKey.int32("Accounting-Realtime-Required", 483, 0, AvpType.ENUMERATED, true);

    /** Accounting-Record-Number (485, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> ACCOUNTING_RECORD_NUMBER = AvpKey.int64("Accounting-Record-Number", 485, 0, AvpType.UNSIGNED32, true);

    /** Filter-Id (11, UTF8String), RFC 6733. */
    public static final AvpKey<String> FILTER_ID = AvpKey.text("Filter-Id", 11, 0, AvpType.UTF8_STRING, true);

    /** CC-Correlation-Id (411, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> CC_CORRELATION_ID = AvpKey.octets("CC-Correlation-Id", 411, 0, false);

    /** CC-Input-Octets (412, Unsigned64), RFC 4006 / RFC 8506. */
    public static final AvpKey<BigInteger> CC_INPUT_OCTETS = AvpKey.unsigned64("CC-Input-Octets", 412, 0, true);

    /** CC-Money (413, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> CC_MONEY = AvpKey.grouped("CC-Money", 413, 0, true);

    /** CC-Output-Octets (414, Unsigned64), RFC 4006 / RFC 8506. */
    public static final AvpKey<BigInteger> CC_OUTPUT_OCTETS = AvpKey.unsigned64("CC-Output-Octets", 414, 0, true);

    /** CC-Request-Number (415, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> CC_REQUEST_NUMBER = AvpKey.int64("CC-Request-Number", 415, 0, AvpType.UNSIGNED32, true);

    /** CC-Request-Type (416, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CC_REQUEST_TYPE = AvpKey.int32("CC-Request-Type", 416, 0, AvpType.ENUMERATED, true);

    /** CC-Service-Specific-Units (417, Unsigned64), RFC 4006 / RFC 8506. */
    public static final AvpKey<BigInteger> CC_SERVICE_SPECIFIC_UNITS = AvpKey.unsigned64("CC-Service-Specific-Units", 417, 0, true);

    /** CC-Session-Failover (418, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CC_SESSION_FAILOVER = AvpKey.int32("CC-Session-Failover", 418, 0, AvpType.ENUMERATED, true);

    /** CC-Sub-Session-Id (419, Unsigned64), RFC 4006 / RFC 8506. */
    public static final AvpKey<BigInteger> CC_SUB_SESSION_ID = AvpKey.unsigned64("CC-Sub-Session-Id", 419, 0, true);

    /** CC-Time (420, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> CC_TIME = AvpKey.int64("CC-Time", 420, 0, AvpType.UNSIGNED32, true);

    /** CC-Total-Octets (421, Unsigned64), RFC 4006 / RFC 8506. */
    public static final AvpKey<BigInteger> CC_TOTAL_OCTETS = AvpKey.unsigned64("CC-Total-Octets", 421, 0, true);

    /** Check-Balance-Result (422, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CHECK_BALANCE_RESULT = AvpKey.int32("Check-Balance-Result", 422, 0, AvpType.ENUMERATED, true);

    /** Cost-Information (423, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> COST_INFORMATION = AvpKey.grouped("Cost-Information", 423, 0, true);

    /** Cost-Unit (424, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> COST_UNIT = AvpKey.text("Cost-Unit", 424, 0, AvpType.UTF8_STRING, true);

    /** Currency-Code (425, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> CURRENCY_CODE = AvpKey.int64("Currency-Code", 425, 0, AvpType.UNSIGNED32, true);

    /** Credit-Control (426, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CREDIT_CONTROL = AvpKey.int32("Credit-Control", 426, 0, AvpType.ENUMERATED, true);

    /** Credit-Control-Failure-Handling (427, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CREDIT_CONTROL_FAILURE_HANDLING = AvpKey.int32("Credit-Control-Failure-Handling", 427, 0, AvpType.ENUMERATED, true);

    /** Direct-Debiting-Failure-Handling (428, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> DIRECT_DEBITING_FAILURE_HANDLING = AvpKey.int32("Direct-Debiting-Failure-Handling", 428, 0, AvpType.ENUMERATED, true);

    /** Exponent (429, Integer32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> EXPONENT = AvpKey.int32("Exponent", 429, 0, AvpType.INTEGER32, true);

    /** Final-Unit-Indication (430, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> FINAL_UNIT_INDICATION = AvpKey.grouped("Final-Unit-Indication", 430, 0, true);

    /** Granted-Service-Unit (431, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> GRANTED_SERVICE_UNIT = AvpKey.grouped("Granted-Service-Unit", 431, 0, true);

    /** Rating-Group (432, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> RATING_GROUP = AvpKey.int64("Rating-Group", 432, 0, AvpType.UNSIGNED32, true);

    /** Redirect-Address-Type (433, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> REDIRECT_ADDRESS_TYPE = AvpKey.int32("Redirect-Address-Type", 433, 0, AvpType.ENUMERATED, true);

    /** Redirect-Server (434, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> REDIRECT_SERVER = AvpKey.grouped("Redirect-Server", 434, 0, true);

    /** Redirect-Server-Address (435, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> REDIRECT_SERVER_ADDRESS = AvpKey.text("Redirect-Server-Address", 435, 0, AvpType.UTF8_STRING, true);

    /** Requested-Action (436, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> REQUESTED_ACTION = AvpKey.int32("Requested-Action", 436, 0, AvpType.ENUMERATED, true);

    /** Requested-Service-Unit (437, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> REQUESTED_SERVICE_UNIT = AvpKey.grouped("Requested-Service-Unit", 437, 0, true);

    /** Restriction-Filter-Rule (438, IPFilterRule), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> RESTRICTION_FILTER_RULE = AvpKey.text("Restriction-Filter-Rule", 438, 0, AvpType.IP_FILTER_RULE, true);

    /** Service-Identifier (439, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> SERVICE_IDENTIFIER = AvpKey.int64("Service-Identifier", 439, 0, AvpType.UNSIGNED32, true);

    /** Service-Parameter-Info (440, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> SERVICE_PARAMETER_INFO = AvpKey.grouped("Service-Parameter-Info", 440, 0, false);

    /** Service-Parameter-Type (441, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> SERVICE_PARAMETER_TYPE = AvpKey.int64("Service-Parameter-Type", 441, 0, AvpType.UNSIGNED32, false);

    /** Service-Parameter-Value (442, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> SERVICE_PARAMETER_VALUE = AvpKey.octets("Service-Parameter-Value", 442, 0, false);

    /** Subscription-Id (443, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> SUBSCRIPTION_ID = AvpKey.grouped("Subscription-Id", 443, 0, true);

    /** Subscription-Id-Data (444, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_DATA = AvpKey.text("Subscription-Id-Data", 444, 0, AvpType.UTF8_STRING, true);

    /** Unit-Value (445, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> UNIT_VALUE = AvpKey.grouped("Unit-Value", 445, 0, true);

    /** Used-Service-Unit (446, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> USED_SERVICE_UNIT = AvpKey.grouped("Used-Service-Unit", 446, 0, true);

    /** Value-Digits (447, Integer64), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> VALUE_DIGITS = AvpKey.int64("Value-Digits", 447, 0, AvpType.INTEGER64, true);

    /** Validity-Time (448, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> VALIDITY_TIME = AvpKey.int64("Validity-Time", 448, 0, AvpType.UNSIGNED32, true);

    /** Final-Unit-Action (449, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> FINAL_UNIT_ACTION = AvpKey.int32("Final-Unit-Action", 449, 0, AvpType.ENUMERATED, true);

    /** Subscription-Id-Type (450, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> SUBSCRIPTION_ID_TYPE = AvpKey.int32("Subscription-Id-Type", 450, 0, AvpType.ENUMERATED, true);

    /** Tariff-Time-Change (451, Time), RFC 4006 / RFC 8506. */
    public static final AvpKey<Instant> TARIFF_TIME_CHANGE = AvpKey.time("Tariff-Time-Change", 451, 0, true);

    /** Tariff-Change-Usage (452, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> TARIFF_CHANGE_USAGE = AvpKey.int32("Tariff-Change-Usage", 452, 0, AvpType.ENUMERATED, true);

    /** G-S-U-Pool-Identifier (453, Unsigned32), RFC 4006 / RFC 8506. */
    public static final AvpKey<Long> G_S_U_POOL_IDENTIFIER = AvpKey.int64("G-S-U-Pool-Identifier", 453, 0, AvpType.UNSIGNED32, true);

    /** CC-Unit-Type (454, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> CC_UNIT_TYPE = AvpKey.int32("CC-Unit-Type", 454, 0, AvpType.ENUMERATED, true);

    /** Multiple-Services-Indicator (455, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> MULTIPLE_SERVICES_INDICATOR = AvpKey.int32("Multiple-Services-Indicator", 455, 0, AvpType.ENUMERATED, true);

    /** Multiple-Services-Credit-Control (456, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> MULTIPLE_SERVICES_CREDIT_CONTROL = AvpKey.grouped("Multiple-Services-Credit-Control", 456, 0, true);

    /** G-S-U-Pool-Reference (457, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> G_S_U_POOL_REFERENCE = AvpKey.grouped("G-S-U-Pool-Reference", 457, 0, true);

    /** User-Equipment-Info (458, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> USER_EQUIPMENT_INFO = AvpKey.grouped("User-Equipment-Info", 458, 0, false);

    /** User-Equipment-Info-Type (459, Enumerated), RFC 4006 / RFC 8506. */
    public static final AvpKey<Integer> USER_EQUIPMENT_INFO_TYPE = AvpKey.int32("User-Equipment-Info-Type", 459, 0, AvpType.ENUMERATED, false);

    /** User-Equipment-Info-Value (460, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_VALUE = AvpKey.octets("User-Equipment-Info-Value", 460, 0, false);

    /** Service-Context-Id (461, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SERVICE_CONTEXT_ID = AvpKey.text("Service-Context-Id", 461, 0, AvpType.UTF8_STRING, true);

    /** User-Equipment-Info-Extension (653, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> USER_EQUIPMENT_INFO_EXTENSION = AvpKey.grouped("User-Equipment-Info-Extension", 653, 0, false);

    /** User-Equipment-Info-IMEISV (654, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_IMEISV = AvpKey.octets("User-Equipment-Info-IMEISV", 654, 0, false);

    /** User-Equipment-Info-MAC (655, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_MAC = AvpKey.octets("User-Equipment-Info-MAC", 655, 0, false);

    /** User-Equipment-Info-EUI64 (656, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_EUI64 = AvpKey.octets("User-Equipment-Info-EUI64", 656, 0, false);

    /** User-Equipment-Info-ModifiedEUI64 (657, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_MODIFIEDEUI64 = AvpKey.octets("User-Equipment-Info-ModifiedEUI64", 657, 0, false);

    /** User-Equipment-Info-IFID (658, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_IFID = AvpKey.octets("User-Equipment-Info-IFID", 658, 0, false);

    /** Subscription-Id-Extension (659, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> SUBSCRIPTION_ID_EXTENSION = AvpKey.grouped("Subscription-Id-Extension", 659, 0, false);

    /** Subscription-Id-E164 (660, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_E164 = AvpKey.text("Subscription-Id-E164", 660, 0, AvpType.UTF8_STRING, false);

    /** Subscription-Id-IMSI (661, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_IMSI = AvpKey.text("Subscription-Id-IMSI", 661, 0, AvpType.UTF8_STRING, false);

    /** Subscription-Id-SIP-URI (662, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_SIP_URI = AvpKey.text("Subscription-Id-SIP-URI", 662, 0, AvpType.UTF8_STRING, false);

    /** Subscription-Id-NAI (663, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_NAI = AvpKey.text("Subscription-Id-NAI", 663, 0, AvpType.UTF8_STRING, false);

    /** Subscription-Id-Private (664, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> SUBSCRIPTION_ID_PRIVATE = AvpKey.text("Subscription-Id-Private", 664, 0, AvpType.UTF8_STRING, false);

    /** Redirect-Server-Extension (665, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> REDIRECT_SERVER_EXTENSION = AvpKey.grouped("Redirect-Server-Extension", 665, 0, false);

    /** Redirect-Address-IPAddress (666, Address), RFC 4006 / RFC 8506. */
    public static final AvpKey<AddressValue> REDIRECT_ADDRESS_IPADDRESS = AvpKey.address("Redirect-Address-IPAddress", 666, 0, false);

    /** Redirect-Address-URL (667, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> REDIRECT_ADDRESS_URL = AvpKey.text("Redirect-Address-URL", 667, 0, AvpType.UTF8_STRING, false);

    /** Redirect-Address-SIP-URI (668, UTF8String), RFC 4006 / RFC 8506. */
    public static final AvpKey<String> REDIRECT_ADDRESS_SIP_URI = AvpKey.text("Redirect-Address-SIP-URI", 668, 0, AvpType.UTF8_STRING, false);

    /** QoS-Final-Unit-Indication (669, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> QOS_FINAL_UNIT_INDICATION = AvpKey.grouped("QoS-Final-Unit-Indication", 669, 0, false);

    /** Filter-Rule (509, Grouped), RFC 4006 / RFC 8506. */
    public static final AvpKey<List<Avp>> FILTER_RULE = AvpKey.grouped("Filter-Rule", 509, 0, true);

    /**
     * Acct-Session-Id (44, OctetString), RFC 6733.
     *
     * @deprecated RFC 6733 names this AVP Acct-Session-Id: use {@link #ACCT_SESSION_ID}.
     */
    @Deprecated
    public static final AvpKey<byte[]> ACCOUNTING_SESSION_ID = ACCT_SESSION_ID;
}
