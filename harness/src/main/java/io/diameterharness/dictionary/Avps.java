package io.diameterharness.dictionary;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterUri;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Typed constants for the AVPs tests use most, named as in the specs: {@code SESSION_ID},
 * {@code CC_REQUEST_TYPE}, {@code SUBSCRIPTION_ID_DATA}. Import them statically.
 * The full set of definitions (names, enums, grouped contents) is in the {@link Dictionary}.
 */
public final class Avps {
    private Avps() {
    }

    /** The 3GPP vendor id. */
    public static final int TGPP = 10415;

    // ---- RFC 6733 section 4.5 and 8 (base protocol) ----

    /** User-Name (1, Utf8String), RFC 6733. */
    public static final AvpKey<String> USER_NAME = AvpKey.text("User-Name", 1, 0, AvpType.UTF8_STRING, true);

    /** Class (25, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> CLASS = AvpKey.octets("Class", 25, 0, true);

    /** Session-Timeout (27, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> SESSION_TIMEOUT = AvpKey.int64("Session-Timeout", 27, 0, AvpType.UNSIGNED32, true);

    /** Proxy-State (33, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> PROXY_STATE = AvpKey.octets("Proxy-State", 33, 0, true);

    /** Accounting-Session-Id (44, OctetString), RFC 6733. */
    public static final AvpKey<byte[]> ACCOUNTING_SESSION_ID = AvpKey.octets("Accounting-Session-Id", 44, 0, true);

    /** Acct-Multi-Session-Id (50, Utf8String), RFC 6733. */
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

    /** Session-Id (263, Utf8String), RFC 6733. */
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

    /** Product-Name (269, Utf8String), RFC 6733. */
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

    /** Error-Message (281, Utf8String), RFC 6733. */
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

    /** Redirect-Host (292, DiameterUri), RFC 6733. */
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

    /** Accounting-Record-Type (480, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> ACCOUNTING_RECORD_TYPE = AvpKey.int32("Accounting-Record-Type", 480, 0, AvpType.ENUMERATED, true);

    /** Accounting-Realtime-Required (483, Enumerated), RFC 6733. */
    public static final AvpKey<Integer> ACCOUNTING_REALTIME_REQUIRED = AvpKey.int32("Accounting-Realtime-Required", 483, 0, AvpType.ENUMERATED, true);

    /** Accounting-Record-Number (485, Unsigned32), RFC 6733. */
    public static final AvpKey<Long> ACCOUNTING_RECORD_NUMBER = AvpKey.int64("Accounting-Record-Number", 485, 0, AvpType.UNSIGNED32, true);
}
