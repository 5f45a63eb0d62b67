package io.diameterharness.dictionary;

/**
 * Named values of Enumerated (and a few labelled Unsigned32) AVPs, one nested class per AVP, named
 * after it: {@code CC_REQUEST_TYPE.avp(CcRequestType.EVENT_REQUEST)}. The values are those of the
 * cited specs; a test checks each against {@link Dictionary#builtIn()}.
 */
public final class EnumValues {
    private EnumValues() {
    }

    /** CC-Request-Type (416), RFC 4006 section 8.3. */
    public static final class CcRequestType {
        private CcRequestType() {
        }

        /** First request of a session. */
        public static final int INITIAL_REQUEST = 1;
        /** Interim request. */
        public static final int UPDATE_REQUEST = 2;
        /** Last request of a session. */
        public static final int TERMINATION_REQUEST = 3;
        /** One-time event (e.g. an SMS). */
        public static final int EVENT_REQUEST = 4;
    }

    /** Disconnect-Cause (273), RFC 6733 section 5.4.3. */
    public static final class DisconnectCause {
        private DisconnectCause() {
        }

        /** The peer is rebooting. */
        public static final int REBOOTING = 0;
        /** The peer is busy. */
        public static final int BUSY = 1;
        /** The peer does not want to talk to the receiver. */
        public static final int DO_NOT_WANT_TO_TALK_TO_YOU = 2;
    }

    /** Termination-Cause (295), RFC 6733 section 8.15. */
    public static final class TerminationCause {
        private TerminationCause() {
        }

        /** The user logged out. */
        public static final int DIAMETER_LOGOUT = 1;
        /** Service could not be provided. */
        public static final int DIAMETER_SERVICE_NOT_PROVIDED = 2;
        /** A bad answer was received. */
        public static final int DIAMETER_BAD_ANSWER = 3;
        /** Administrative reasons. */
        public static final int DIAMETER_ADMINISTRATIVE = 4;
        /** The link broke. */
        public static final int DIAMETER_LINK_BROKEN = 5;
        /** Authorization expired. */
        public static final int DIAMETER_AUTH_EXPIRED = 6;
        /** The user moved. */
        public static final int DIAMETER_USER_MOVED = 7;
        /** The session timed out. */
        public static final int DIAMETER_SESSION_TIMEOUT = 8;
    }

    /** Auth-Request-Type (274), RFC 6733 section 8.7. */
    public static final class AuthRequestType {
        private AuthRequestType() {
        }

        /** Authentication only. */
        public static final int AUTHENTICATE_ONLY = 1;
        /** Authorization only. */
        public static final int AUTHORIZE_ONLY = 2;
        /** Both. */
        public static final int AUTHORIZE_AUTHENTICATE = 3;
    }

    /** Auth-Session-State (277), RFC 6733 section 8.11. */
    public static final class AuthSessionState {
        private AuthSessionState() {
        }

        /** The server keeps session state. */
        public static final int STATE_MAINTAINED = 0;
        /** No session state. */
        public static final int NO_STATE_MAINTAINED = 1;
    }

    /** Re-Auth-Request-Type (285), RFC 6733 section 8.12. */
    public static final class ReAuthRequestType {
        private ReAuthRequestType() {
        }

        /** Re-authorize only. */
        public static final int AUTHORIZE_ONLY = 0;
        /** Re-authenticate and re-authorize. */
        public static final int AUTHORIZE_AUTHENTICATE = 1;
    }

    /** Redirect-Host-Usage (261), RFC 6733 section 6.13. */
    public static final class RedirectHostUsage {
        private RedirectHostUsage() {
        }

        /** Do not cache. */
        public static final int DONT_CACHE = 0;
        /** All messages of the session. */
        public static final int ALL_SESSION = 1;
        /** All messages to the realm. */
        public static final int ALL_REALM = 2;
        /** Realm and application. */
        public static final int REALM_AND_APPLICATION = 3;
        /** All messages of the application. */
        public static final int ALL_APPLICATION = 4;
        /** All messages to the host. */
        public static final int ALL_HOST = 5;
        /** All messages of the user. */
        public static final int ALL_USER = 6;
    }

    /** Session-Server-Failover (271), RFC 6733 section 8.18. */
    public static final class SessionServerFailover {
        private SessionServerFailover() {
        }

        /** Refuse service. */
        public static final int REFUSE_SERVICE = 0;
        /** Try again. */
        public static final int TRY_AGAIN = 1;
        /** Allow service. */
        public static final int ALLOW_SERVICE = 2;
        /** Try again, then allow service. */
        public static final int TRY_AGAIN_ALLOW_SERVICE = 3;
    }

    /** Accounting-Record-Type (480), RFC 6733 section 9.8.1. */
    public static final class AccountingRecordType {
        private AccountingRecordType() {
        }

        /** One-time event. */
        public static final int EVENT_RECORD = 1;
        /** Start of a session. */
        public static final int START_RECORD = 2;
        /** Interim record. */
        public static final int INTERIM_RECORD = 3;
        /** End of a session. */
        public static final int STOP_RECORD = 4;
    }

    /** Accounting-Realtime-Required (483), RFC 6733 section 9.8.7. */
    public static final class AccountingRealtimeRequired {
        private AccountingRealtimeRequired() {
        }

        /** Deliver and grant. */
        public static final int DELIVER_AND_GRANT = 1;
        /** Grant and store. */
        public static final int GRANT_AND_STORE = 2;
        /** Grant and lose. */
        public static final int GRANT_AND_LOSE = 3;
    }

    /** Inband-Security-Id (299, Unsigned32), RFC 6733 section 6.10. */
    public static final class InbandSecurityId {
        private InbandSecurityId() {
        }

        /** No in-band security. */
        public static final int NO_INBAND_SECURITY = 0;
        /** TLS after CER/CEA. */
        public static final int TLS = 1;
    }

    /** Subscription-Id-Type (450), RFC 4006 section 8.47. */
    public static final class SubscriptionIdType {
        private SubscriptionIdType() {
        }

        /** MSISDN in E.164. */
        public static final int END_USER_E164 = 0;
        /** IMSI. */
        public static final int END_USER_IMSI = 1;
        /** SIP URI. */
        public static final int END_USER_SIP_URI = 2;
        /** NAI. */
        public static final int END_USER_NAI = 3;
        /** Operator-private. */
        public static final int END_USER_PRIVATE = 4;
    }

    /** Requested-Action (436), RFC 4006 section 8.41. */
    public static final class RequestedAction {
        private RequestedAction() {
        }

        /** Debit directly. */
        public static final int DIRECT_DEBITING = 0;
        /** Refund. */
        public static final int REFUND_ACCOUNT = 1;
        /** Check the balance. */
        public static final int CHECK_BALANCE = 2;
        /** Price enquiry. */
        public static final int PRICE_ENQUIRY = 3;
    }

    /** CC-Session-Failover (418), RFC 4006 section 8.4. */
    public static final class CcSessionFailover {
        private CcSessionFailover() {
        }

        /** No failover. */
        public static final int FAILOVER_NOT_SUPPORTED = 0;
        /** Failover supported. */
        public static final int FAILOVER_SUPPORTED = 1;
    }

    /** Credit-Control-Failure-Handling (427), RFC 4006 section 8.14. */
    public static final class CreditControlFailureHandling {
        private CreditControlFailureHandling() {
        }

        /** Terminate the service. */
        public static final int TERMINATE = 0;
        /** Continue the service. */
        public static final int CONTINUE = 1;
        /** Retry, then terminate. */
        public static final int RETRY_AND_TERMINATE = 2;
    }

    /** Direct-Debiting-Failure-Handling (428), RFC 4006 section 8.15. */
    public static final class DirectDebitingFailureHandling {
        private DirectDebitingFailureHandling() {
        }

        /** Terminate or buffer. */
        public static final int TERMINATE_OR_BUFFER = 0;
        /** Continue. */
        public static final int CONTINUE = 1;
    }

    /** Final-Unit-Action (449), RFC 4006 section 8.35. */
    public static final class FinalUnitAction {
        private FinalUnitAction() {
        }

        /** Terminate. */
        public static final int TERMINATE = 0;
        /** Redirect. */
        public static final int REDIRECT = 1;
        /** Restrict access. */
        public static final int RESTRICT_ACCESS = 2;
    }

    /** Multiple-Services-Indicator (455), RFC 4006 section 8.40. */
    public static final class MultipleServicesIndicator {
        private MultipleServicesIndicator() {
        }

        /** Not supported. */
        public static final int MULTIPLE_SERVICES_NOT_SUPPORTED = 0;
        /** Supported. */
        public static final int MULTIPLE_SERVICES_SUPPORTED = 1;
    }

    /** Check-Balance-Result (422), RFC 4006 section 8.6. */
    public static final class CheckBalanceResult {
        private CheckBalanceResult() {
        }

        /** Enough credit. */
        public static final int ENOUGH_CREDIT = 0;
        /** No credit. */
        public static final int NO_CREDIT = 1;
    }

    /** Tariff-Change-Usage (452), RFC 4006 section 8.27. */
    public static final class TariffChangeUsage {
        private TariffChangeUsage() {
        }

        /** Before the tariff change. */
        public static final int UNIT_BEFORE_TARIFF_CHANGE = 0;
        /** After the tariff change. */
        public static final int UNIT_AFTER_TARIFF_CHANGE = 1;
        /** Indeterminate. */
        public static final int UNIT_INDETERMINATE = 2;
    }

    /** Redirect-Address-Type (433), RFC 4006 section 8.38. */
    public static final class RedirectAddressType {
        private RedirectAddressType() {
        }

        /** "IPv4 Address". */
        public static final int IPV4_ADDRESS = 0;
        /** "IPv6 Address". */
        public static final int IPV6_ADDRESS = 1;
        /** URL. */
        public static final int URL = 2;
        /** "SIP URI". */
        public static final int SIP_URI = 3;
    }

    /** User-Equipment-Info-Type (459), RFC 4006 section 8.50. */
    public static final class UserEquipmentInfoType {
        private UserEquipmentInfoType() {
        }

        /** IMEISV. */
        public static final int IMEISV = 0;
        /** MAC. */
        public static final int MAC = 1;
        /** EUI64. */
        public static final int EUI64 = 2;
        /** Modified EUI64. */
        public static final int MODIFIED_EUI64 = 3;
    }

    /** SM-Message-Type (2007, vendor 3GPP), TS 32.299. */
    public static final class SmMessageType {
        private SmMessageType() {
        }

        /** MO short message submission. */
        public static final int SUBMISSION = 0;
        /** Delivery report. */
        public static final int DELIVERY_REPORT = 1;
        /** SM service request. */
        public static final int SM_SERVICE_REQUEST = 2;
    }

    /** Address-Type (899, vendor 3GPP), TS 32.299. */
    public static final class AddressType {
        private AddressType() {
        }

        /** "e-mail address". */
        public static final int E_MAIL_ADDRESS = 0;
        /** MSISDN. */
        public static final int MSISDN = 1;
        /** "IPv4 Address". */
        public static final int IPV4_ADDRESS = 2;
        /** "IPv6 Address". */
        public static final int IPV6_ADDRESS = 3;
        /** "Numeric Shortcode". */
        public static final int NUMERIC_SHORTCODE = 4;
        /** "Alphanumeric Shortcode". */
        public static final int ALPHANUMERIC_SHORTCODE = 5;
        /** Other. */
        public static final int OTHER = 6;
        /** IMSI. */
        public static final int IMSI = 7;
    }

    /** SMS-Node (2016, vendor 3GPP), TS 32.299. */
    public static final class SmsNode {
        private SmsNode() {
        }

        /** "SMS Router". */
        public static final int SMS_ROUTER = 0;
        /** "IP-SM-GW". */
        public static final int IP_SM_GW = 1;
        /** "SMS Router and IP-SM-GW". */
        public static final int SMS_ROUTER_AND_IP_SM_GW = 2;
        /** "SMS-SC". */
        public static final int SMS_SC = 3;
    }

    /** Reply-Path-Requested (2011, vendor 3GPP), TS 32.299. */
    public static final class ReplyPathRequested {
        private ReplyPathRequested() {
        }

        /** "No Reply Path Set". */
        public static final int NO_REPLY_PATH_SET = 0;
        /** "Reply path Set". */
        public static final int REPLY_PATH_SET = 1;
    }

    /** Role-Of-Node (829, vendor 3GPP), TS 32.299. */
    public static final class RoleOfNode {
        private RoleOfNode() {
        }

        /** Originating side. */
        public static final int ORIGINATING_ROLE = 0;
        /** Terminating side. */
        public static final int TERMINATING_ROLE = 1;
        /** Forwarding. */
        public static final int FORWARDING_ROLE = 2;
    }

    /** AoC-Request-Type (2055, vendor 3GPP), TS 32.299. */
    public static final class AocRequestType {
        private AocRequestType() {
        }

        /** No advice of charge. */
        public static final int AOC_NOT_REQUESTED = 0;
        /** Full advice of charge. */
        public static final int AOC_FULL = 1;
        /** Cost only. */
        public static final int AOC_COST_ONLY = 2;
        /** Tariff only. */
        public static final int AOC_TARIFF_ONLY = 3;
    }

    /** Reporting-Reason (872, vendor 3GPP), TS 32.299. */
    public static final class ReportingReason {
        private ReportingReason() {
        }

        /** Threshold reached. */
        public static final int THRESHOLD = 0;
        /** Quota holding time expired. */
        public static final int QHT = 1;
        /** Final report. */
        public static final int FINAL = 2;
        /** Quota exhausted. */
        public static final int QUOTA_EXHAUSTED = 3;
        /** Validity time expired. */
        public static final int VALIDITY_TIME = 4;
        /** Another quota type. */
        public static final int OTHER_QUOTA_TYPE = 5;
        /** Rating condition change. */
        public static final int RATING_CONDITION_CHANGE = 6;
        /** Forced reauthorisation. */
        public static final int FORCED_REAUTHORISATION = 7;
        /** Pool exhausted. */
        public static final int POOL_EXHAUSTED = 8;
        /** Unused quota timer. */
        public static final int UNUSED_QUOTA_TIMER = 9;
    }
}
