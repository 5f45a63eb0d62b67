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

    /** User-Equipment-Info-IMEI (658, OctetString), RFC 4006 / RFC 8506. */
    public static final AvpKey<byte[]> USER_EQUIPMENT_INFO_IMEI = AvpKey.octets("User-Equipment-Info-IMEI", 658, 0, false);

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

    /** DRMP (301, Enumerated), IETF / 3GPP common. */
    public static final AvpKey<Integer> DRMP = AvpKey.int32("DRMP", 301, 0, AvpType.ENUMERATED, false);

    /** OC-Supported-Features (621, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> OC_SUPPORTED_FEATURES = AvpKey.grouped("OC-Supported-Features", 621, 0, false);

    /** OC-Feature-Vector (622, Unsigned64), IETF / 3GPP common. */
    public static final AvpKey<BigInteger> OC_FEATURE_VECTOR = AvpKey.unsigned64("OC-Feature-Vector", 622, 0, false);

    /** OC-OLR (623, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> OC_OLR = AvpKey.grouped("OC-OLR", 623, 0, false);

    /** OC-Sequence-Number (624, Unsigned64), IETF / 3GPP common. */
    public static final AvpKey<BigInteger> OC_SEQUENCE_NUMBER = AvpKey.unsigned64("OC-Sequence-Number", 624, 0, false);

    /** OC-Validity-Duration (625, Unsigned32), IETF / 3GPP common. */
    public static final AvpKey<Long> OC_VALIDITY_DURATION = AvpKey.int64("OC-Validity-Duration", 625, 0, AvpType.UNSIGNED32, false);

    /** OC-Report-Type (626, Enumerated), IETF / 3GPP common. */
    public static final AvpKey<Integer> OC_REPORT_TYPE = AvpKey.int32("OC-Report-Type", 626, 0, AvpType.ENUMERATED, false);

    /** OC-Reduction-Percentage (627, Unsigned32), IETF / 3GPP common. */
    public static final AvpKey<Long> OC_REDUCTION_PERCENTAGE = AvpKey.int64("OC-Reduction-Percentage", 627, 0, AvpType.UNSIGNED32, false);

    /** SourceID (649, DiameterIdentity), IETF / 3GPP common. */
    public static final AvpKey<String> SOURCEID = AvpKey.text("SourceID", 649, 0, AvpType.DIAMETER_IDENTITY, false);

    /** Load (650, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> LOAD = AvpKey.grouped("Load", 650, 0, false);

    /** Load-Type (651, Enumerated), IETF / 3GPP common. */
    public static final AvpKey<Integer> LOAD_TYPE = AvpKey.int32("Load-Type", 651, 0, AvpType.ENUMERATED, false);

    /** Load-Value (652, Unsigned64), IETF / 3GPP common. */
    public static final AvpKey<BigInteger> LOAD_VALUE = AvpKey.unsigned64("Load-Value", 652, 0, false);

    /** Framed-IP-Address (8, OctetString), IETF / 3GPP common. */
    public static final AvpKey<byte[]> FRAMED_IP_ADDRESS = AvpKey.octets("Framed-IP-Address", 8, 0, true);

    /** Framed-IPv6-Prefix (97, OctetString), IETF / 3GPP common. */
    public static final AvpKey<byte[]> FRAMED_IPV6_PREFIX = AvpKey.octets("Framed-IPv6-Prefix", 97, 0, true);

    /** Service-Selection (493, UTF8String), IETF / 3GPP common. */
    public static final AvpKey<String> SERVICE_SELECTION = AvpKey.text("Service-Selection", 493, 0, AvpType.UTF8_STRING, true);

    /** MIP6-Agent-Info (486, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> MIP6_AGENT_INFO = AvpKey.grouped("MIP6-Agent-Info", 486, 0, true);

    /** MIP-Home-Agent-Address (334, Address), IETF / 3GPP common. */
    public static final AvpKey<AddressValue> MIP_HOME_AGENT_ADDRESS = AvpKey.address("MIP-Home-Agent-Address", 334, 0, true);

    /** MIP-Home-Agent-Host (348, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> MIP_HOME_AGENT_HOST = AvpKey.grouped("MIP-Home-Agent-Host", 348, 0, true);

    /** MIP6-Home-Link-Prefix (125, OctetString), IETF / 3GPP common. */
    public static final AvpKey<byte[]> MIP6_HOME_LINK_PREFIX = AvpKey.octets("MIP6-Home-Link-Prefix", 125, 0, true);

    /** Supported-Features (628, vendor 3GPP, Grouped), IETF / 3GPP common. */
    public static final AvpKey<List<Avp>> SUPPORTED_FEATURES = AvpKey.grouped("Supported-Features", 628, TGPP, false);

    /** Feature-List-ID (629, vendor 3GPP, Unsigned32), IETF / 3GPP common. */
    public static final AvpKey<Long> FEATURE_LIST_ID = AvpKey.int64("Feature-List-ID", 629, TGPP, AvpType.UNSIGNED32, false);

    /** Feature-List (630, vendor 3GPP, Unsigned32), IETF / 3GPP common. */
    public static final AvpKey<Long> FEATURE_LIST = AvpKey.int64("Feature-List", 630, TGPP, AvpType.UNSIGNED32, false);

    /** Visited-Network-Identifier (600, vendor 3GPP, OctetString), IETF / 3GPP common. */
    public static final AvpKey<byte[]> VISITED_NETWORK_IDENTIFIER = AvpKey.octets("Visited-Network-Identifier", 600, TGPP, true);

    /** MSISDN (701, vendor 3GPP, OctetString), IETF / 3GPP common. */
    public static final AvpKey<byte[]> MSISDN = AvpKey.octets("MSISDN", 701, TGPP, true);

    /** Service-Information (873, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> SERVICE_INFORMATION = AvpKey.grouped("Service-Information", 873, TGPP, true);

    /** AoC-Request-Type (2055, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> AOC_REQUEST_TYPE = AvpKey.int32("AoC-Request-Type", 2055, TGPP, AvpType.ENUMERATED, true);

    /** SMS-Information (2000, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> SMS_INFORMATION = AvpKey.grouped("SMS-Information", 2000, TGPP, true);

    /** Data-Coding-Scheme (2001, vendor 3GPP, Integer32), 3GPP TS 32.299. */
    public static final AvpKey<Integer> DATA_CODING_SCHEME = AvpKey.int32("Data-Coding-Scheme", 2001, TGPP, AvpType.INTEGER32, true);

    /** Destination-Interface (2002, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> DESTINATION_INTERFACE = AvpKey.grouped("Destination-Interface", 2002, TGPP, true);

    /** Interface-Id (2003, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> INTERFACE_ID = AvpKey.text("Interface-Id", 2003, TGPP, AvpType.UTF8_STRING, true);

    /** Interface-Port (2004, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> INTERFACE_PORT = AvpKey.text("Interface-Port", 2004, TGPP, AvpType.UTF8_STRING, true);

    /** Interface-Text (2005, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> INTERFACE_TEXT = AvpKey.text("Interface-Text", 2005, TGPP, AvpType.UTF8_STRING, true);

    /** Interface-Type (2006, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> INTERFACE_TYPE = AvpKey.int32("Interface-Type", 2006, TGPP, AvpType.ENUMERATED, true);

    /** SM-Message-Type (2007, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> SM_MESSAGE_TYPE = AvpKey.int32("SM-Message-Type", 2007, TGPP, AvpType.ENUMERATED, true);

    /** Originator-SCCP-Address (2008, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> ORIGINATOR_SCCP_ADDRESS = AvpKey.address("Originator-SCCP-Address", 2008, TGPP, true);

    /** Originator-Interface (2009, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> ORIGINATOR_INTERFACE = AvpKey.grouped("Originator-Interface", 2009, TGPP, true);

    /** Recipient-SCCP-Address (2010, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> RECIPIENT_SCCP_ADDRESS = AvpKey.address("Recipient-SCCP-Address", 2010, TGPP, true);

    /** Reply-Path-Requested (2011, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> REPLY_PATH_REQUESTED = AvpKey.int32("Reply-Path-Requested", 2011, TGPP, AvpType.ENUMERATED, true);

    /** SM-Discharge-Time (2012, vendor 3GPP, Time), 3GPP TS 32.299. */
    public static final AvpKey<Instant> SM_DISCHARGE_TIME = AvpKey.time("SM-Discharge-Time", 2012, TGPP, true);

    /** SM-Protocol-ID (2013, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> SM_PROTOCOL_ID = AvpKey.octets("SM-Protocol-ID", 2013, TGPP, true);

    /** SM-Status (2014, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> SM_STATUS = AvpKey.octets("SM-Status", 2014, TGPP, true);

    /** SM-User-Data-Header (2015, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> SM_USER_DATA_HEADER = AvpKey.octets("SM-User-Data-Header", 2015, TGPP, true);

    /** SMS-Node (2016, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> SMS_NODE = AvpKey.int32("SMS-Node", 2016, TGPP, AvpType.ENUMERATED, true);

    /** SMSC-Address (2017, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> SMSC_ADDRESS = AvpKey.address("SMSC-Address", 2017, TGPP, true);

    /** Client-Address (2018, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> CLIENT_ADDRESS = AvpKey.address("Client-Address", 2018, TGPP, true);

    /** Number-Of-Messages-Sent (2019, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> NUMBER_OF_MESSAGES_SENT = AvpKey.int64("Number-Of-Messages-Sent", 2019, TGPP, AvpType.UNSIGNED32, true);

    /** Recipient-Info (2026, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> RECIPIENT_INFO = AvpKey.grouped("Recipient-Info", 2026, TGPP, true);

    /** Originator-Received-Address (2027, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> ORIGINATOR_RECEIVED_ADDRESS = AvpKey.grouped("Originator-Received-Address", 2027, TGPP, true);

    /** Recipient-Received-Address (2028, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> RECIPIENT_RECEIVED_ADDRESS = AvpKey.grouped("Recipient-Received-Address", 2028, TGPP, true);

    /** SM-Service-Type (2029, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> SM_SERVICE_TYPE = AvpKey.int32("SM-Service-Type", 2029, TGPP, AvpType.ENUMERATED, true);

    /** SM-Sequence-Number (3408, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> SM_SEQUENCE_NUMBER = AvpKey.int64("SM-Sequence-Number", 3408, TGPP, AvpType.UNSIGNED32, false);

    /** SMS-Result (3409, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> SMS_RESULT = AvpKey.int64("SMS-Result", 3409, TGPP, AvpType.UNSIGNED32, false);

    /** SGSN-Number (1489, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> SGSN_NUMBER = AvpKey.octets("SGSN-Number", 1489, TGPP, true);

    /** Recipient-Address (1201, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> RECIPIENT_ADDRESS = AvpKey.grouped("Recipient-Address", 1201, TGPP, true);

    /** Address-Data (897, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> ADDRESS_DATA = AvpKey.text("Address-Data", 897, TGPP, AvpType.UTF8_STRING, true);

    /** Address-Domain (898, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> ADDRESS_DOMAIN = AvpKey.grouped("Address-Domain", 898, TGPP, true);

    /** Address-Type (899, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> ADDRESS_TYPE = AvpKey.int32("Address-Type", 899, TGPP, AvpType.ENUMERATED, true);

    /** Addressee-Type (1208, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> ADDRESSEE_TYPE = AvpKey.int32("Addressee-Type", 1208, TGPP, AvpType.ENUMERATED, true);

    /** Domain-Name (1200, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> DOMAIN_NAME = AvpKey.text("Domain-Name", 1200, TGPP, AvpType.UTF8_STRING, true);

    /** Originator-Address (886, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> ORIGINATOR_ADDRESS = AvpKey.grouped("Originator-Address", 886, TGPP, true);

    /** IMS-Information (876, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> IMS_INFORMATION = AvpKey.grouped("IMS-Information", 876, TGPP, true);

    /** Event-Type (823, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> EVENT_TYPE = AvpKey.grouped("Event-Type", 823, TGPP, true);

    /** SIP-Method (824, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SIP_METHOD = AvpKey.text("SIP-Method", 824, TGPP, AvpType.UTF8_STRING, true);

    /** Event (825, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> EVENT = AvpKey.text("Event", 825, TGPP, AvpType.UTF8_STRING, true);

    /** Role-Of-Node (829, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> ROLE_OF_NODE = AvpKey.int32("Role-Of-Node", 829, TGPP, AvpType.ENUMERATED, true);

    /** User-Session-Id (830, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> USER_SESSION_ID = AvpKey.text("User-Session-Id", 830, TGPP, AvpType.UTF8_STRING, true);

    /** Calling-Party-Address (831, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> CALLING_PARTY_ADDRESS = AvpKey.text("Calling-Party-Address", 831, TGPP, AvpType.UTF8_STRING, true);

    /** Called-Party-Address (832, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> CALLED_PARTY_ADDRESS = AvpKey.text("Called-Party-Address", 832, TGPP, AvpType.UTF8_STRING, true);

    /** Time-Stamps (833, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> TIME_STAMPS = AvpKey.grouped("Time-Stamps", 833, TGPP, true);

    /** SIP-Request-Timestamp (834, vendor 3GPP, Time), 3GPP TS 32.299. */
    public static final AvpKey<Instant> SIP_REQUEST_TIMESTAMP = AvpKey.time("SIP-Request-Timestamp", 834, TGPP, true);

    /** SIP-Response-Timestamp (835, vendor 3GPP, Time), 3GPP TS 32.299. */
    public static final AvpKey<Instant> SIP_RESPONSE_TIMESTAMP = AvpKey.time("SIP-Response-Timestamp", 835, TGPP, true);

    /** Application-Server (836, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> APPLICATION_SERVER = AvpKey.text("Application-Server", 836, TGPP, AvpType.UTF8_STRING, true);

    /** Inter-Operator-Identifier (838, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> INTER_OPERATOR_IDENTIFIER = AvpKey.grouped("Inter-Operator-Identifier", 838, TGPP, true);

    /** Originating-IOI (839, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> ORIGINATING_IOI = AvpKey.text("Originating-IOI", 839, TGPP, AvpType.UTF8_STRING, true);

    /** Terminating-IOI (840, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TERMINATING_IOI = AvpKey.text("Terminating-IOI", 840, TGPP, AvpType.UTF8_STRING, true);

    /** IMS-Charging-Identifier (841, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> IMS_CHARGING_IDENTIFIER = AvpKey.text("IMS-Charging-Identifier", 841, TGPP, AvpType.UTF8_STRING, true);

    /** SDP-Session-Description (842, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SDP_SESSION_DESCRIPTION = AvpKey.text("SDP-Session-Description", 842, TGPP, AvpType.UTF8_STRING, true);

    /** SDP-Media-Component (843, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> SDP_MEDIA_COMPONENT = AvpKey.grouped("SDP-Media-Component", 843, TGPP, true);

    /** SDP-Media-Name (844, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SDP_MEDIA_NAME = AvpKey.text("SDP-Media-Name", 844, TGPP, AvpType.UTF8_STRING, true);

    /** SDP-Media-Description (845, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SDP_MEDIA_DESCRIPTION = AvpKey.text("SDP-Media-Description", 845, TGPP, AvpType.UTF8_STRING, true);

    /** Application-Server-Information (850, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> APPLICATION_SERVER_INFORMATION = AvpKey.grouped("Application-Server-Information", 850, TGPP, true);

    /** Service-Id (855, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SERVICE_ID = AvpKey.text("Service-Id", 855, TGPP, AvpType.UTF8_STRING, true);

    /** Cause-Code (861, vendor 3GPP, Integer32), 3GPP TS 32.299. */
    public static final AvpKey<Integer> CAUSE_CODE = AvpKey.int32("Cause-Code", 861, TGPP, AvpType.INTEGER32, true);

    /** Node-Functionality (862, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> NODE_FUNCTIONALITY = AvpKey.int32("Node-Functionality", 862, TGPP, AvpType.ENUMERATED, true);

    /** Expires (888, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> EXPIRES = AvpKey.int64("Expires", 888, TGPP, AvpType.UNSIGNED32, true);

    /** Called-Asserted-Identity (1250, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> CALLED_ASSERTED_IDENTITY = AvpKey.text("Called-Asserted-Identity", 1250, TGPP, AvpType.UTF8_STRING, true);

    /** Requested-Party-Address (1251, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> REQUESTED_PARTY_ADDRESS = AvpKey.text("Requested-Party-Address", 1251, TGPP, AvpType.UTF8_STRING, true);

    /** Access-Network-Information (1263, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> ACCESS_NETWORK_INFORMATION = AvpKey.octets("Access-Network-Information", 1263, TGPP, true);

    /** MMS-Information (877, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> MMS_INFORMATION = AvpKey.grouped("MMS-Information", 877, TGPP, true);

    /** PS-Information (874, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> PS_INFORMATION = AvpKey.grouped("PS-Information", 874, TGPP, true);

    /** GGSN-Address (847, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> GGSN_ADDRESS = AvpKey.address("GGSN-Address", 847, TGPP, true);

    /** PS-Furnish-Charging-Information (865, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> PS_FURNISH_CHARGING_INFORMATION = AvpKey.grouped("PS-Furnish-Charging-Information", 865, TGPP, true);

    /** PDP-Address (1227, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> PDP_ADDRESS = AvpKey.address("PDP-Address", 1227, TGPP, true);

    /** SGSN-Address (1228, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> SGSN_ADDRESS = AvpKey.address("SGSN-Address", 1228, TGPP, true);

    /** Start-Time (2041, vendor 3GPP, Time), 3GPP TS 32.299. */
    public static final AvpKey<Instant> START_TIME = AvpKey.time("Start-Time", 2041, TGPP, true);

    /** Stop-Time (2042, vendor 3GPP, Time), 3GPP TS 32.299. */
    public static final AvpKey<Instant> STOP_TIME = AvpKey.time("Stop-Time", 2042, TGPP, true);

    /** Serving-Node-Type (2047, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> SERVING_NODE_TYPE = AvpKey.int32("Serving-Node-Type", 2047, TGPP, AvpType.ENUMERATED, true);

    /** PDN-Connection-Charging-ID (2050, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> PDN_CONNECTION_CHARGING_ID = AvpKey.int64("PDN-Connection-Charging-ID", 2050, TGPP, AvpType.UNSIGNED32, true);

    /** Node-Id (2064, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> NODE_ID = AvpKey.text("Node-Id", 2064, TGPP, AvpType.UTF8_STRING, true);

    /** Charging-Characteristics-Selection-Mode (2066, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> CHARGING_CHARACTERISTICS_SELECTION_MODE = AvpKey.int32("Charging-Characteristics-Selection-Mode", 2066, TGPP, AvpType.ENUMERATED, true);

    /** SGW-Address (2067, vendor 3GPP, Address), 3GPP TS 32.299. */
    public static final AvpKey<AddressValue> SGW_ADDRESS = AvpKey.address("SGW-Address", 2067, TGPP, true);

    /** User-CSG-Information (2319, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> USER_CSG_INFORMATION = AvpKey.grouped("User-CSG-Information", 2319, TGPP, true);

    /** Terminal-Information (1401, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> TERMINAL_INFORMATION = AvpKey.grouped("Terminal-Information", 1401, TGPP, true);

    /** IMEI (1402, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> IMEI = AvpKey.text("IMEI", 1402, TGPP, AvpType.UTF8_STRING, true);

    /** Software-Version (1403, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> SOFTWARE_VERSION = AvpKey.text("Software-Version", 1403, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-IMSI (1, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_IMSI = AvpKey.text("3GPP-IMSI", 1, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-Charging-Id (2, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> TGPP_CHARGING_ID = AvpKey.int64("3GPP-Charging-Id", 2, TGPP, AvpType.UNSIGNED32, true);

    /** 3GPP-PDP-Type (3, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> TGPP_PDP_TYPE = AvpKey.int32("3GPP-PDP-Type", 3, TGPP, AvpType.ENUMERATED, true);

    /** 3GPP-SGSN-Address (6, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_SGSN_ADDRESS = AvpKey.octets("3GPP-SGSN-Address", 6, TGPP, false);

    /** 3GPP-GGSN-Address (7, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_GGSN_ADDRESS = AvpKey.octets("3GPP-GGSN-Address", 7, TGPP, false);

    /** 3GPP-IMSI-MCC-MNC (8, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_IMSI_MCC_MNC = AvpKey.text("3GPP-IMSI-MCC-MNC", 8, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-GGSN-MCC-MNC (9, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_GGSN_MCC_MNC = AvpKey.text("3GPP-GGSN-MCC-MNC", 9, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-NSAPI (10, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_NSAPI = AvpKey.octets("3GPP-NSAPI", 10, TGPP, true);

    /** 3GPP-Selection-Mode (12, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_SELECTION_MODE = AvpKey.text("3GPP-Selection-Mode", 12, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-Charging-Characteristics (13, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_CHARGING_CHARACTERISTICS = AvpKey.text("3GPP-Charging-Characteristics", 13, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-SGSN-MCC-MNC (18, vendor 3GPP, UTF8String), 3GPP TS 32.299. */
    public static final AvpKey<String> TGPP_SGSN_MCC_MNC = AvpKey.text("3GPP-SGSN-MCC-MNC", 18, TGPP, AvpType.UTF8_STRING, true);

    /** 3GPP-RAT-Type (21, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_RAT_TYPE = AvpKey.octets("3GPP-RAT-Type", 21, TGPP, true);

    /** 3GPP-User-Location-Info (22, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_USER_LOCATION_INFO = AvpKey.octets("3GPP-User-Location-Info", 22, TGPP, true);

    /** 3GPP-MS-TimeZone (23, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> TGPP_MS_TIMEZONE = AvpKey.octets("3GPP-MS-TimeZone", 23, TGPP, true);

    /** Time-Quota-Threshold (868, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> TIME_QUOTA_THRESHOLD = AvpKey.int64("Time-Quota-Threshold", 868, TGPP, AvpType.UNSIGNED32, true);

    /** Volume-Quota-Threshold (869, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> VOLUME_QUOTA_THRESHOLD = AvpKey.int64("Volume-Quota-Threshold", 869, TGPP, AvpType.UNSIGNED32, true);

    /** Trigger-Type (870, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> TRIGGER_TYPE = AvpKey.int32("Trigger-Type", 870, TGPP, AvpType.ENUMERATED, true);

    /** Quota-Holding-Time (871, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> QUOTA_HOLDING_TIME = AvpKey.int64("Quota-Holding-Time", 871, TGPP, AvpType.UNSIGNED32, true);

    /** Reporting-Reason (872, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> REPORTING_REASON = AvpKey.int32("Reporting-Reason", 872, TGPP, AvpType.ENUMERATED, true);

    /** Quota-Consumption-Time (881, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> QUOTA_CONSUMPTION_TIME = AvpKey.int64("Quota-Consumption-Time", 881, TGPP, AvpType.UNSIGNED32, true);

    /** Unit-Quota-Threshold (1226, vendor 3GPP, Unsigned32), 3GPP TS 32.299. */
    public static final AvpKey<Long> UNIT_QUOTA_THRESHOLD = AvpKey.int64("Unit-Quota-Threshold", 1226, TGPP, AvpType.UNSIGNED32, true);

    /** Trigger (1264, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> TRIGGER = AvpKey.grouped("Trigger", 1264, TGPP, true);

    /** Envelope-Reporting (1268, vendor 3GPP, Enumerated), 3GPP TS 32.299. */
    public static final AvpKey<Integer> ENVELOPE_REPORTING = AvpKey.int32("Envelope-Reporting", 1268, TGPP, AvpType.ENUMERATED, true);

    /** AF-Correlation-Information (1276, vendor 3GPP, Grouped), 3GPP TS 32.299. */
    public static final AvpKey<List<Avp>> AF_CORRELATION_INFORMATION = AvpKey.grouped("AF-Correlation-Information", 1276, TGPP, true);

    /** Refund-Information (2022, vendor 3GPP, OctetString), 3GPP TS 32.299. */
    public static final AvpKey<byte[]> REFUND_INFORMATION = AvpKey.octets("Refund-Information", 2022, TGPP, true);

    /** Charging-Rule-Install (1001, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> CHARGING_RULE_INSTALL = AvpKey.grouped("Charging-Rule-Install", 1001, TGPP, true);

    /** Charging-Rule-Remove (1002, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> CHARGING_RULE_REMOVE = AvpKey.grouped("Charging-Rule-Remove", 1002, TGPP, true);

    /** Charging-Rule-Definition (1003, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> CHARGING_RULE_DEFINITION = AvpKey.grouped("Charging-Rule-Definition", 1003, TGPP, true);

    /** Charging-Rule-Base-Name (1004, vendor 3GPP, UTF8String), 3GPP TS 29.212. */
    public static final AvpKey<String> CHARGING_RULE_BASE_NAME = AvpKey.text("Charging-Rule-Base-Name", 1004, TGPP, AvpType.UTF8_STRING, true);

    /** Charging-Rule-Name (1005, vendor 3GPP, OctetString), 3GPP TS 29.212. */
    public static final AvpKey<byte[]> CHARGING_RULE_NAME = AvpKey.octets("Charging-Rule-Name", 1005, TGPP, true);

    /** Event-Trigger (1006, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> EVENT_TRIGGER = AvpKey.int32("Event-Trigger", 1006, TGPP, AvpType.ENUMERATED, true);

    /** Metering-Method (1007, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> METERING_METHOD = AvpKey.int32("Metering-Method", 1007, TGPP, AvpType.ENUMERATED, true);

    /** Offline (1008, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> OFFLINE = AvpKey.int32("Offline", 1008, TGPP, AvpType.ENUMERATED, true);

    /** Online (1009, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> ONLINE = AvpKey.int32("Online", 1009, TGPP, AvpType.ENUMERATED, true);

    /** Precedence (1010, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> PRECEDENCE = AvpKey.int64("Precedence", 1010, TGPP, AvpType.UNSIGNED32, true);

    /** Reporting-Level (1011, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> REPORTING_LEVEL = AvpKey.int32("Reporting-Level", 1011, TGPP, AvpType.ENUMERATED, true);

    /** QoS-Information (1016, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> QOS_INFORMATION = AvpKey.grouped("QoS-Information", 1016, TGPP, true);

    /** Charging-Rule-Report (1018, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> CHARGING_RULE_REPORT = AvpKey.grouped("Charging-Rule-Report", 1018, TGPP, true);

    /** PCC-Rule-Status (1019, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> PCC_RULE_STATUS = AvpKey.int32("PCC-Rule-Status", 1019, TGPP, AvpType.ENUMERATED, true);

    /** Bearer-Identifier (1020, vendor 3GPP, OctetString), 3GPP TS 29.212. */
    public static final AvpKey<byte[]> BEARER_IDENTIFIER = AvpKey.octets("Bearer-Identifier", 1020, TGPP, true);

    /** Bearer-Operation (1021, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> BEARER_OPERATION = AvpKey.int32("Bearer-Operation", 1021, TGPP, AvpType.ENUMERATED, true);

    /** Bearer-Control-Mode (1023, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> BEARER_CONTROL_MODE = AvpKey.int32("Bearer-Control-Mode", 1023, TGPP, AvpType.ENUMERATED, true);

    /** Network-Request-Support (1024, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> NETWORK_REQUEST_SUPPORT = AvpKey.int32("Network-Request-Support", 1024, TGPP, AvpType.ENUMERATED, true);

    /** Guaranteed-Bitrate-DL (1025, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> GUARANTEED_BITRATE_DL = AvpKey.int64("Guaranteed-Bitrate-DL", 1025, TGPP, AvpType.UNSIGNED32, true);

    /** Guaranteed-Bitrate-UL (1026, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> GUARANTEED_BITRATE_UL = AvpKey.int64("Guaranteed-Bitrate-UL", 1026, TGPP, AvpType.UNSIGNED32, true);

    /** IP-CAN-Type (1027, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> IP_CAN_TYPE = AvpKey.int32("IP-CAN-Type", 1027, TGPP, AvpType.ENUMERATED, true);

    /** QoS-Class-Identifier (1028, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> QOS_CLASS_IDENTIFIER = AvpKey.int32("QoS-Class-Identifier", 1028, TGPP, AvpType.ENUMERATED, true);

    /** Rule-Failure-Code (1031, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> RULE_FAILURE_CODE = AvpKey.int32("Rule-Failure-Code", 1031, TGPP, AvpType.ENUMERATED, true);

    /** RAT-Type (1032, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> RAT_TYPE = AvpKey.int32("RAT-Type", 1032, TGPP, AvpType.ENUMERATED, false);

    /** Allocation-Retention-Priority (1034, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> ALLOCATION_RETENTION_PRIORITY = AvpKey.grouped("Allocation-Retention-Priority", 1034, TGPP, false);

    /** APN-Aggregate-Max-Bitrate-DL (1040, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> APN_AGGREGATE_MAX_BITRATE_DL = AvpKey.int64("APN-Aggregate-Max-Bitrate-DL", 1040, TGPP, AvpType.UNSIGNED32, false);

    /** APN-Aggregate-Max-Bitrate-UL (1041, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> APN_AGGREGATE_MAX_BITRATE_UL = AvpKey.int64("APN-Aggregate-Max-Bitrate-UL", 1041, TGPP, AvpType.UNSIGNED32, false);

    /** Revalidation-Time (1042, vendor 3GPP, Time), 3GPP TS 29.212. */
    public static final AvpKey<Instant> REVALIDATION_TIME = AvpKey.time("Revalidation-Time", 1042, TGPP, true);

    /** Session-Release-Cause (1045, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> SESSION_RELEASE_CAUSE = AvpKey.int32("Session-Release-Cause", 1045, TGPP, AvpType.ENUMERATED, true);

    /** Priority-Level (1046, vendor 3GPP, Unsigned32), 3GPP TS 29.212. */
    public static final AvpKey<Long> PRIORITY_LEVEL = AvpKey.int64("Priority-Level", 1046, TGPP, AvpType.UNSIGNED32, false);

    /** Pre-emption-Capability (1047, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> PRE_EMPTION_CAPABILITY = AvpKey.int32("Pre-emption-Capability", 1047, TGPP, AvpType.ENUMERATED, false);

    /** Pre-emption-Vulnerability (1048, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> PRE_EMPTION_VULNERABILITY = AvpKey.int32("Pre-emption-Vulnerability", 1048, TGPP, AvpType.ENUMERATED, false);

    /** Default-EPS-Bearer-QoS (1049, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> DEFAULT_EPS_BEARER_QOS = AvpKey.grouped("Default-EPS-Bearer-QoS", 1049, TGPP, false);

    /** AN-GW-Address (1050, vendor 3GPP, Address), 3GPP TS 29.212. */
    public static final AvpKey<AddressValue> AN_GW_ADDRESS = AvpKey.address("AN-GW-Address", 1050, TGPP, false);

    /** Flow-Information (1058, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> FLOW_INFORMATION = AvpKey.grouped("Flow-Information", 1058, TGPP, false);

    /** Monitoring-Key (1066, vendor 3GPP, OctetString), 3GPP TS 29.212. */
    public static final AvpKey<byte[]> MONITORING_KEY = AvpKey.octets("Monitoring-Key", 1066, TGPP, false);

    /** Usage-Monitoring-Information (1067, vendor 3GPP, Grouped), 3GPP TS 29.212. */
    public static final AvpKey<List<Avp>> USAGE_MONITORING_INFORMATION = AvpKey.grouped("Usage-Monitoring-Information", 1067, TGPP, false);

    /** Usage-Monitoring-Level (1068, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> USAGE_MONITORING_LEVEL = AvpKey.int32("Usage-Monitoring-Level", 1068, TGPP, AvpType.ENUMERATED, false);

    /** Usage-Monitoring-Report (1069, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> USAGE_MONITORING_REPORT = AvpKey.int32("Usage-Monitoring-Report", 1069, TGPP, AvpType.ENUMERATED, false);

    /** Flow-Direction (1080, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> FLOW_DIRECTION = AvpKey.int32("Flow-Direction", 1080, TGPP, AvpType.ENUMERATED, false);

    /** RAI (909, vendor 3GPP, UTF8String), 3GPP TS 29.212. */
    public static final AvpKey<String> RAI = AvpKey.text("RAI", 909, TGPP, AvpType.UTF8_STRING, true);

    /** AN-Trusted (1503, vendor 3GPP, Enumerated), 3GPP TS 29.212. */
    public static final AvpKey<Integer> AN_TRUSTED = AvpKey.int32("AN-Trusted", 1503, TGPP, AvpType.ENUMERATED, true);

    /** Abort-Cause (500, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> ABORT_CAUSE = AvpKey.int32("Abort-Cause", 500, TGPP, AvpType.ENUMERATED, true);

    /** Access-Network-Charging-Address (501, vendor 3GPP, Address), 3GPP TS 29.214. */
    public static final AvpKey<AddressValue> ACCESS_NETWORK_CHARGING_ADDRESS = AvpKey.address("Access-Network-Charging-Address", 501, TGPP, true);

    /** Access-Network-Charging-Identifier (502, vendor 3GPP, Grouped), 3GPP TS 29.214. */
    public static final AvpKey<List<Avp>> ACCESS_NETWORK_CHARGING_IDENTIFIER = AvpKey.grouped("Access-Network-Charging-Identifier", 502, TGPP, true);

    /** Access-Network-Charging-Identifier-Value (503, vendor 3GPP, OctetString), 3GPP TS 29.214. */
    public static final AvpKey<byte[]> ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE = AvpKey.octets("Access-Network-Charging-Identifier-Value", 503, TGPP, true);

    /** AF-Application-Identifier (504, vendor 3GPP, OctetString), 3GPP TS 29.214. */
    public static final AvpKey<byte[]> AF_APPLICATION_IDENTIFIER = AvpKey.octets("AF-Application-Identifier", 504, TGPP, true);

    /** AF-Charging-Identifier (505, vendor 3GPP, OctetString), 3GPP TS 29.214. */
    public static final AvpKey<byte[]> AF_CHARGING_IDENTIFIER = AvpKey.octets("AF-Charging-Identifier", 505, TGPP, true);

    /** Flow-Description (507, vendor 3GPP, IPFilterRule), 3GPP TS 29.214. */
    public static final AvpKey<String> FLOW_DESCRIPTION = AvpKey.text("Flow-Description", 507, TGPP, AvpType.IP_FILTER_RULE, true);

    /** Flow-Number (509, vendor 3GPP, Unsigned32), 3GPP TS 29.214. */
    public static final AvpKey<Long> FLOW_NUMBER = AvpKey.int64("Flow-Number", 509, TGPP, AvpType.UNSIGNED32, true);

    /** Flows (510, vendor 3GPP, Grouped), 3GPP TS 29.214. */
    public static final AvpKey<List<Avp>> FLOWS = AvpKey.grouped("Flows", 510, TGPP, true);

    /** Flow-Status (511, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> FLOW_STATUS = AvpKey.int32("Flow-Status", 511, TGPP, AvpType.ENUMERATED, true);

    /** Flow-Usage (512, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> FLOW_USAGE = AvpKey.int32("Flow-Usage", 512, TGPP, AvpType.ENUMERATED, true);

    /** Specific-Action (513, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> SPECIFIC_ACTION = AvpKey.int32("Specific-Action", 513, TGPP, AvpType.ENUMERATED, true);

    /** Max-Requested-Bandwidth-DL (515, vendor 3GPP, Unsigned32), 3GPP TS 29.214. */
    public static final AvpKey<Long> MAX_REQUESTED_BANDWIDTH_DL = AvpKey.int64("Max-Requested-Bandwidth-DL", 515, TGPP, AvpType.UNSIGNED32, true);

    /** Max-Requested-Bandwidth-UL (516, vendor 3GPP, Unsigned32), 3GPP TS 29.214. */
    public static final AvpKey<Long> MAX_REQUESTED_BANDWIDTH_UL = AvpKey.int64("Max-Requested-Bandwidth-UL", 516, TGPP, AvpType.UNSIGNED32, true);

    /** Media-Component-Description (517, vendor 3GPP, Grouped), 3GPP TS 29.214. */
    public static final AvpKey<List<Avp>> MEDIA_COMPONENT_DESCRIPTION = AvpKey.grouped("Media-Component-Description", 517, TGPP, true);

    /** Media-Component-Number (518, vendor 3GPP, Unsigned32), 3GPP TS 29.214. */
    public static final AvpKey<Long> MEDIA_COMPONENT_NUMBER = AvpKey.int64("Media-Component-Number", 518, TGPP, AvpType.UNSIGNED32, true);

    /** Media-Sub-Component (519, vendor 3GPP, Grouped), 3GPP TS 29.214. */
    public static final AvpKey<List<Avp>> MEDIA_SUB_COMPONENT = AvpKey.grouped("Media-Sub-Component", 519, TGPP, true);

    /** Media-Type (520, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> MEDIA_TYPE = AvpKey.int32("Media-Type", 520, TGPP, AvpType.ENUMERATED, true);

    /** SIP-Forking-Indication (523, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> SIP_FORKING_INDICATION = AvpKey.int32("SIP-Forking-Indication", 523, TGPP, AvpType.ENUMERATED, true);

    /** Service-Info-Status (527, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> SERVICE_INFO_STATUS = AvpKey.int32("Service-Info-Status", 527, TGPP, AvpType.ENUMERATED, true);

    /** Sponsored-Connectivity-Data (530, vendor 3GPP, Grouped), 3GPP TS 29.214. */
    public static final AvpKey<List<Avp>> SPONSORED_CONNECTIVITY_DATA = AvpKey.grouped("Sponsored-Connectivity-Data", 530, TGPP, false);

    /** Rx-Request-Type (533, vendor 3GPP, Enumerated), 3GPP TS 29.214. */
    public static final AvpKey<Integer> RX_REQUEST_TYPE = AvpKey.int32("Rx-Request-Type", 533, TGPP, AvpType.ENUMERATED, false);

    /** Subscription-Data (1400, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> SUBSCRIPTION_DATA = AvpKey.grouped("Subscription-Data", 1400, TGPP, true);

    /** ULR-Flags (1405, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> ULR_FLAGS = AvpKey.int64("ULR-Flags", 1405, TGPP, AvpType.UNSIGNED32, true);

    /** ULA-Flags (1406, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> ULA_FLAGS = AvpKey.int64("ULA-Flags", 1406, TGPP, AvpType.UNSIGNED32, true);

    /** Visited-PLMN-Id (1407, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> VISITED_PLMN_ID = AvpKey.octets("Visited-PLMN-Id", 1407, TGPP, true);

    /** Requested-EUTRAN-Authentication-Info (1408, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> REQUESTED_EUTRAN_AUTHENTICATION_INFO = AvpKey.grouped("Requested-EUTRAN-Authentication-Info", 1408, TGPP, true);

    /** Requested-UTRAN-GERAN-Authentication-Info (1409, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO = AvpKey.grouped("Requested-UTRAN-GERAN-Authentication-Info", 1409, TGPP, true);

    /** Number-Of-Requested-Vectors (1410, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> NUMBER_OF_REQUESTED_VECTORS = AvpKey.int64("Number-Of-Requested-Vectors", 1410, TGPP, AvpType.UNSIGNED32, true);

    /** Re-Synchronization-Info (1411, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> RE_SYNCHRONIZATION_INFO = AvpKey.octets("Re-Synchronization-Info", 1411, TGPP, true);

    /** Immediate-Response-Preferred (1412, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> IMMEDIATE_RESPONSE_PREFERRED = AvpKey.int64("Immediate-Response-Preferred", 1412, TGPP, AvpType.UNSIGNED32, true);

    /** Authentication-Info (1413, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> AUTHENTICATION_INFO = AvpKey.grouped("Authentication-Info", 1413, TGPP, true);

    /** E-UTRAN-Vector (1414, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> E_UTRAN_VECTOR = AvpKey.grouped("E-UTRAN-Vector", 1414, TGPP, true);

    /** UTRAN-Vector (1415, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> UTRAN_VECTOR = AvpKey.grouped("UTRAN-Vector", 1415, TGPP, true);

    /** GERAN-Vector (1416, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> GERAN_VECTOR = AvpKey.grouped("GERAN-Vector", 1416, TGPP, true);

    /** Network-Access-Mode (1417, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> NETWORK_ACCESS_MODE = AvpKey.int32("Network-Access-Mode", 1417, TGPP, AvpType.ENUMERATED, true);

    /** Item-Number (1419, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> ITEM_NUMBER = AvpKey.int64("Item-Number", 1419, TGPP, AvpType.UNSIGNED32, true);

    /** Cancellation-Type (1420, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> CANCELLATION_TYPE = AvpKey.int32("Cancellation-Type", 1420, TGPP, AvpType.ENUMERATED, true);

    /** DSR-Flags (1421, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> DSR_FLAGS = AvpKey.int64("DSR-Flags", 1421, TGPP, AvpType.UNSIGNED32, true);

    /** DSA-Flags (1422, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> DSA_FLAGS = AvpKey.int64("DSA-Flags", 1422, TGPP, AvpType.UNSIGNED32, true);

    /** Context-Identifier (1423, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> CONTEXT_IDENTIFIER = AvpKey.int64("Context-Identifier", 1423, TGPP, AvpType.UNSIGNED32, true);

    /** Subscriber-Status (1424, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> SUBSCRIBER_STATUS = AvpKey.int32("Subscriber-Status", 1424, TGPP, AvpType.ENUMERATED, true);

    /** Access-Restriction-Data (1426, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> ACCESS_RESTRICTION_DATA = AvpKey.int64("Access-Restriction-Data", 1426, TGPP, AvpType.UNSIGNED32, true);

    /** All-APN-Configurations-Included-Indicator (1428, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR = AvpKey.int32("All-APN-Configurations-Included-Indicator", 1428, TGPP, AvpType.ENUMERATED, true);

    /** APN-Configuration-Profile (1429, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> APN_CONFIGURATION_PROFILE = AvpKey.grouped("APN-Configuration-Profile", 1429, TGPP, true);

    /** APN-Configuration (1430, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> APN_CONFIGURATION = AvpKey.grouped("APN-Configuration", 1430, TGPP, true);

    /** EPS-Subscribed-QoS-Profile (1431, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> EPS_SUBSCRIBED_QOS_PROFILE = AvpKey.grouped("EPS-Subscribed-QoS-Profile", 1431, TGPP, true);

    /** Alert-Reason (1434, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> ALERT_REASON = AvpKey.int32("Alert-Reason", 1434, TGPP, AvpType.ENUMERATED, true);

    /** AMBR (1435, vendor 3GPP, Grouped), 3GPP TS 29.272. */
    public static final AvpKey<List<Avp>> AMBR = AvpKey.grouped("AMBR", 1435, TGPP, true);

    /** IDA-Flags (1441, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> IDA_FLAGS = AvpKey.int64("IDA-Flags", 1441, TGPP, AvpType.UNSIGNED32, true);

    /** PUA-Flags (1442, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> PUA_FLAGS = AvpKey.int64("PUA-Flags", 1442, TGPP, AvpType.UNSIGNED32, true);

    /** NOR-Flags (1443, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> NOR_FLAGS = AvpKey.int64("NOR-Flags", 1443, TGPP, AvpType.UNSIGNED32, true);

    /** RAND (1447, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> RAND = AvpKey.octets("RAND", 1447, TGPP, true);

    /** XRES (1448, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> XRES = AvpKey.octets("XRES", 1448, TGPP, true);

    /** AUTN (1449, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> AUTN = AvpKey.octets("AUTN", 1449, TGPP, true);

    /** KASME (1450, vendor 3GPP, OctetString), 3GPP TS 29.272. */
    public static final AvpKey<byte[]> KASME = AvpKey.octets("KASME", 1450, TGPP, true);

    /** PDN-Type (1456, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> PDN_TYPE = AvpKey.int32("PDN-Type", 1456, TGPP, AvpType.ENUMERATED, true);

    /** IDR-Flags (1490, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> IDR_FLAGS = AvpKey.int64("IDR-Flags", 1490, TGPP, AvpType.UNSIGNED32, true);

    /** Error-Diagnostic (1614, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> ERROR_DIAGNOSTIC = AvpKey.int32("Error-Diagnostic", 1614, TGPP, AvpType.ENUMERATED, false);

    /** UE-SRVCC-Capability (1615, vendor 3GPP, Enumerated), 3GPP TS 29.272. */
    public static final AvpKey<Integer> UE_SRVCC_CAPABILITY = AvpKey.int32("UE-SRVCC-Capability", 1615, TGPP, AvpType.ENUMERATED, false);

    /** PUR-Flags (1635, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> PUR_FLAGS = AvpKey.int64("PUR-Flags", 1635, TGPP, AvpType.UNSIGNED32, false);

    /** CLR-Flags (1638, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> CLR_FLAGS = AvpKey.int64("CLR-Flags", 1638, TGPP, AvpType.UNSIGNED32, false);

    /** AIR-Flags (1679, vendor 3GPP, Unsigned32), 3GPP TS 29.272. */
    public static final AvpKey<Long> AIR_FLAGS = AvpKey.int64("AIR-Flags", 1679, TGPP, AvpType.UNSIGNED32, false);

    /**
     * Acct-Session-Id (44, OctetString), RFC 6733.
     *
     * @deprecated RFC 6733 names this AVP Acct-Session-Id: use {@link #ACCT_SESSION_ID}.
     */
    @Deprecated
    public static final AvpKey<byte[]> ACCOUNTING_SESSION_ID = ACCT_SESSION_ID;
}
