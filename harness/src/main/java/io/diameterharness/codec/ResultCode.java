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
    public static final int DIAMETER_MULTI_ROUND_AUTH = 1001;
    // 2xxx success
    public static final int DIAMETER_SUCCESS = 2001;
    public static final int DIAMETER_LIMITED_SUCCESS = 2002;
    // 3xxx protocol errors
    public static final int DIAMETER_COMMAND_UNSUPPORTED = 3001;
    public static final int DIAMETER_UNABLE_TO_DELIVER = 3002;
    public static final int DIAMETER_REALM_NOT_SERVED = 3003;
    public static final int DIAMETER_TOO_BUSY = 3004;
    public static final int DIAMETER_LOOP_DETECTED = 3005;
    public static final int DIAMETER_REDIRECT_INDICATION = 3006;
    public static final int DIAMETER_APPLICATION_UNSUPPORTED = 3007;
    public static final int DIAMETER_INVALID_HDR_BITS = 3008;
    public static final int DIAMETER_INVALID_AVP_BITS = 3009;
    public static final int DIAMETER_UNKNOWN_PEER = 3010;
    // 4xxx transient failures
    public static final int DIAMETER_AUTHENTICATION_REJECTED = 4001;
    public static final int DIAMETER_OUT_OF_SPACE = 4002;
    public static final int ELECTION_LOST = 4003;
    public static final int DIAMETER_END_USER_SERVICE_DENIED = 4010;
    public static final int DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE = 4011;
    public static final int DIAMETER_CREDIT_LIMIT_REACHED = 4012;
    // 5xxx permanent failures
    public static final int DIAMETER_AVP_UNSUPPORTED = 5001;
    public static final int DIAMETER_UNKNOWN_SESSION_ID = 5002;
    public static final int DIAMETER_AUTHORIZATION_REJECTED = 5003;
    public static final int DIAMETER_INVALID_AVP_VALUE = 5004;
    public static final int DIAMETER_MISSING_AVP = 5005;
    public static final int DIAMETER_RESOURCES_EXCEEDED = 5006;
    public static final int DIAMETER_CONTRADICTING_AVPS = 5007;
    public static final int DIAMETER_AVP_NOT_ALLOWED = 5008;
    public static final int DIAMETER_AVP_OCCURS_TOO_MANY_TIMES = 5009;
    public static final int DIAMETER_NO_COMMON_APPLICATION = 5010;
    public static final int DIAMETER_UNSUPPORTED_VERSION = 5011;
    public static final int DIAMETER_UNABLE_TO_COMPLY = 5012;
    public static final int DIAMETER_INVALID_BIT_IN_HEADER = 5013;
    public static final int DIAMETER_INVALID_AVP_LENGTH = 5014;
    public static final int DIAMETER_INVALID_MESSAGE_LENGTH = 5015;
    public static final int DIAMETER_INVALID_AVP_BIT_COMBO = 5016;
    public static final int DIAMETER_NO_COMMON_SECURITY = 5017;
    public static final int DIAMETER_USER_UNKNOWN = 5030;
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
