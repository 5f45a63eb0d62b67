package io.diameterharness.peer;

/** Command codes and application ids of the base protocol (RFC 6733 sections 2.4 and 5). */
final class BaseProtocol {
    static final int CAPABILITIES_EXCHANGE = 257;
    static final int DEVICE_WATCHDOG = 280;
    static final int DISCONNECT_PEER = 282;
    static final long COMMON_MESSAGES_APPLICATION = 0;
    static final long RELAY_APPLICATION = 0xFFFFFFFFL;

    private BaseProtocol() {
    }

    static boolean isBase(int commandCode) {
        return commandCode == CAPABILITIES_EXCHANGE || commandCode == DEVICE_WATCHDOG
                || commandCode == DISCONNECT_PEER;
    }

    static String name(int commandCode, boolean request) {
        switch (commandCode) {
            case CAPABILITIES_EXCHANGE: return request ? "CER" : "CEA";
            case DEVICE_WATCHDOG: return request ? "DWR" : "DWA";
            case DISCONNECT_PEER: return request ? "DPR" : "DPA";
            default: return (request ? "request " : "answer ") + commandCode;
        }
    }
}
