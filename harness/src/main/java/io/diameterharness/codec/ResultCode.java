package io.diameterharness.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * Result-Code values of RFC 6733 section 7.1 and RFC 4006 section 9, with their names.
 * Plain {@code int} constants so they read as in the RFC: {@code DIAMETER_MISSING_AVP}.
 */
public final class ResultCode {
    private ResultCode() {
    }

    // 1xxx informational
    /** 1001 DIAMETER_MULTI_ROUND_AUTH. */
    public static final int DIAMETER_MULTI_ROUND_AUTH = 1001;
    // 2xxx success
    /** 2001 DIAMETER_SUCCESS. */
    public static final int DIAMETER_SUCCESS = 2001;
    /** 2002 DIAMETER_LIMITED_SUCCESS. */
    public static final int DIAMETER_LIMITED_SUCCESS = 2002;
    // 3xxx protocol errors
    /** 3001 DIAMETER_COMMAND_UNSUPPORTED. */
    public static final int DIAMETER_COMMAND_UNSUPPORTED = 3001;
    /** 3002 DIAMETER_UNABLE_TO_DELIVER. */
    public static final int DIAMETER_UNABLE_TO_DELIVER = 3002;
    /** 3003 DIAMETER_REALM_NOT_SERVED. */
    public static final int DIAMETER_REALM_NOT_SERVED = 3003;
    /** 3004 DIAMETER_TOO_BUSY. */
    public static final int DIAMETER_TOO_BUSY = 3004;
    /** 3005 DIAMETER_LOOP_DETECTED. */
    public static final int DIAMETER_LOOP_DETECTED = 3005;
    /** 3006 DIAMETER_REDIRECT_INDICATION. */
    public static final int DIAMETER_REDIRECT_INDICATION = 3006;
    /** 3007 DIAMETER_APPLICATION_UNSUPPORTED. */
    public static final int DIAMETER_APPLICATION_UNSUPPORTED = 3007;
    /** 3008 DIAMETER_INVALID_HDR_BITS. */
    public static final int DIAMETER_INVALID_HDR_BITS = 3008;
    /** 3009 DIAMETER_INVALID_AVP_BITS. */
    public static final int DIAMETER_INVALID_AVP_BITS = 3009;
    /** 3010 DIAMETER_UNKNOWN_PEER. */
    public static final int DIAMETER_UNKNOWN_PEER = 3010;
    // 4xxx transient failures
    /** 4001 DIAMETER_AUTHENTICATION_REJECTED. */
    public static final int DIAMETER_AUTHENTICATION_REJECTED = 4001;
    /** 4002 DIAMETER_OUT_OF_SPACE. */
    public static final int DIAMETER_OUT_OF_SPACE = 4002;
    /** 4003 ELECTION_LOST. */
    public static final int ELECTION_LOST = 4003;
    /** 4010 DIAMETER_END_USER_SERVICE_DENIED. */
    public static final int DIAMETER_END_USER_SERVICE_DENIED = 4010;
    /** 4011 DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE. */
    public static final int DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE = 4011;
    /** 4012 DIAMETER_CREDIT_LIMIT_REACHED. */
    public static final int DIAMETER_CREDIT_LIMIT_REACHED = 4012;
    // 5xxx permanent failures
    /** 5001 DIAMETER_AVP_UNSUPPORTED. */
    public static final int DIAMETER_AVP_UNSUPPORTED = 5001;
    /** 5002 DIAMETER_UNKNOWN_SESSION_ID. */
    public static final int DIAMETER_UNKNOWN_SESSION_ID = 5002;
    /** 5003 DIAMETER_AUTHORIZATION_REJECTED. */
    public static final int DIAMETER_AUTHORIZATION_REJECTED = 5003;
    /** 5004 DIAMETER_INVALID_AVP_VALUE. */
    public static final int DIAMETER_INVALID_AVP_VALUE = 5004;
    /** 5005 DIAMETER_MISSING_AVP. */
    public static final int DIAMETER_MISSING_AVP = 5005;
    /** 5006 DIAMETER_RESOURCES_EXCEEDED. */
    public static final int DIAMETER_RESOURCES_EXCEEDED = 5006;
    /** 5007 DIAMETER_CONTRADICTING_AVPS. */
    public static final int DIAMETER_CONTRADICTING_AVPS = 5007;
    /** 5008 DIAMETER_AVP_NOT_ALLOWED. */
    public static final int DIAMETER_AVP_NOT_ALLOWED = 5008;
    /** 5009 DIAMETER_AVP_OCCURS_TOO_MANY_TIMES. */
    public static final int DIAMETER_AVP_OCCURS_TOO_MANY_TIMES = 5009;
    /** 5010 DIAMETER_NO_COMMON_APPLICATION. */
    public static final int DIAMETER_NO_COMMON_APPLICATION = 5010;
    /** 5011 DIAMETER_UNSUPPORTED_VERSION. */
    public static final int DIAMETER_UNSUPPORTED_VERSION = 5011;
    /** 5012 DIAMETER_UNABLE_TO_COMPLY. */
    public static final int DIAMETER_UNABLE_TO_COMPLY = 5012;
    /** 5013 DIAMETER_INVALID_BIT_IN_HEADER. */
    public static final int DIAMETER_INVALID_BIT_IN_HEADER = 5013;
    /** 5014 DIAMETER_INVALID_AVP_LENGTH. */
    public static final int DIAMETER_INVALID_AVP_LENGTH = 5014;
    /** 5015 DIAMETER_INVALID_MESSAGE_LENGTH. */
    public static final int DIAMETER_INVALID_MESSAGE_LENGTH = 5015;
    /** 5016 DIAMETER_INVALID_AVP_BIT_COMBO. */
    public static final int DIAMETER_INVALID_AVP_BIT_COMBO = 5016;
    /** 5017 DIAMETER_NO_COMMON_SECURITY. */
    public static final int DIAMETER_NO_COMMON_SECURITY = 5017;
    /** 5030 DIAMETER_USER_UNKNOWN. */
    public static final int DIAMETER_USER_UNKNOWN = 5030;
    /** 5031 DIAMETER_RATING_FAILED. */
    public static final int DIAMETER_RATING_FAILED = 5031;

    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (var f : ResultCode.class.getFields()) {
            if (f.getType() == int.class) {
                try {
                    NAMES.put(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    /** The RFC name of a Result-Code, or {@code "UNKNOWN"} for one not listed here. */
    public static String name(int resultCode) {
        return NAMES.getOrDefault(resultCode, "UNKNOWN");
    }

    /** Whether the code is a protocol error (3xxx), which RFC 6733 answers with the E bit. */
    public static boolean isProtocolError(long resultCode) {
        return resultCode >= 3000 && resultCode < 4000;
    }
}
