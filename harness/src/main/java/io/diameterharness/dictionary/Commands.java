package io.diameterharness.dictionary;

/**
 * Typed command constants with code, Application-Id, names and P bit, as the specs define them.
 * A test checks each against {@link Dictionary#builtIn()}.
 */
public final class Commands {
    private Commands() {
    }

    // ---- RFC 6733 base protocol (application 0, or the application that reuses them) ----

    /** CER/CEA (257), RFC 6733 section 5.3. */
    public static final CommandKey CAPABILITIES_EXCHANGE =
            new CommandKey(257, Applications.COMMON, "Capabilities-Exchange", "CE", false);
    /** RAR/RAA (258), RFC 6733 section 8.3, as sent in application 0; applications reuse it with their id. */
    public static final CommandKey RE_AUTH = new CommandKey(258, Applications.COMMON, "Re-Auth", "RA", true);
    /** ACR/ACA (271) of base accounting (application 3), RFC 6733 section 9.7. */
    public static final CommandKey ACCOUNTING =
            new CommandKey(271, Applications.BASE_ACCOUNTING, "Accounting", "AC", true);
    /** ASR/ASA (274), RFC 6733 section 8.5. */
    public static final CommandKey ABORT_SESSION = new CommandKey(274, Applications.COMMON, "Abort-Session", "AS", true);
    /** STR/STA (275), RFC 6733 section 8.4. */
    public static final CommandKey SESSION_TERMINATION =
            new CommandKey(275, Applications.COMMON, "Session-Termination", "ST", true);
    /** DWR/DWA (280), RFC 6733 section 5.5. */
    public static final CommandKey DEVICE_WATCHDOG = new CommandKey(280, Applications.COMMON, "Device-Watchdog", "DW", false);
    /** DPR/DPA (282), RFC 6733 section 5.4. */
    public static final CommandKey DISCONNECT_PEER = new CommandKey(282, Applications.COMMON, "Disconnect-Peer", "DP", false);

    // ---- RFC 4006 / RFC 8506 credit control, also Ro/Gy (TS 32.299) ----

    /** CCR/CCA (272) of Diameter Credit-Control (application 4), RFC 4006 / RFC 8506 section 3. */
    public static final CommandKey CREDIT_CONTROL =
            new CommandKey(272, Applications.CREDIT_CONTROL, "Credit-Control", "CC", true);
    /** RAR/RAA (258) in the credit-control application, RFC 4006 section 5.5. */
    public static final CommandKey CREDIT_CONTROL_RE_AUTH =
            new CommandKey(258, Applications.CREDIT_CONTROL, "Re-Auth", "RA", true);

    // ---- 3GPP TS 29.212 Gx ----

    /** Gx CCR/CCA (272), TS 29.212 section 5.6.2 and 5.6.3. */
    public static final CommandKey GX_CREDIT_CONTROL = new CommandKey(272, Applications.GX, "Credit-Control", "CC", true);
    /** Gx RAR/RAA (258), TS 29.212 section 5.6.4 and 5.6.5. */
    public static final CommandKey GX_RE_AUTH = new CommandKey(258, Applications.GX, "Re-Auth", "RA", true);

    // ---- 3GPP TS 29.214 Rx ----

    /** Rx AAR/AAA (265), TS 29.214 section 5.6.1 and 5.6.2. */
    public static final CommandKey RX_AA = new CommandKey(265, Applications.RX, "AA", "AA", true);
    /** Rx RAR/RAA (258), TS 29.214 section 5.6.3 and 5.6.4. */
    public static final CommandKey RX_RE_AUTH = new CommandKey(258, Applications.RX, "Re-Auth", "RA", true);
    /** Rx STR/STA (275), TS 29.214 section 5.6.5 and 5.6.6. */
    public static final CommandKey RX_SESSION_TERMINATION =
            new CommandKey(275, Applications.RX, "Session-Termination", "ST", true);
    /** Rx ASR/ASA (274), TS 29.214 section 5.6.7 and 5.6.8. */
    public static final CommandKey RX_ABORT_SESSION = new CommandKey(274, Applications.RX, "Abort-Session", "AS", true);

    // ---- 3GPP TS 29.272 S6a/S6d ----

    /** ULR/ULA (316), TS 29.272 section 7.2.3 and 7.2.4. */
    public static final CommandKey UPDATE_LOCATION = new CommandKey(316, Applications.S6A, "Update-Location", "UL", true);
    /** CLR/CLA (317), TS 29.272 section 7.2.7 and 7.2.8. */
    public static final CommandKey CANCEL_LOCATION = new CommandKey(317, Applications.S6A, "Cancel-Location", "CL", true);
    /** AIR/AIA (318), TS 29.272 section 7.2.5 and 7.2.6. */
    public static final CommandKey AUTHENTICATION_INFORMATION =
            new CommandKey(318, Applications.S6A, "Authentication-Information", "AI", true);
    /** IDR/IDA (319), TS 29.272 section 7.2.9 and 7.2.10. */
    public static final CommandKey INSERT_SUBSCRIBER_DATA =
            new CommandKey(319, Applications.S6A, "Insert-Subscriber-Data", "ID", true);
    /** DSR/DSA (320), TS 29.272 section 7.2.11 and 7.2.12. */
    public static final CommandKey DELETE_SUBSCRIBER_DATA =
            new CommandKey(320, Applications.S6A, "Delete-Subscriber-Data", "DS", true);
    /** PUR/PUA (321), TS 29.272 section 7.2.13 and 7.2.14. */
    public static final CommandKey PURGE_UE = new CommandKey(321, Applications.S6A, "Purge-UE", "PU", true);
    /** NOR/NOA (323), TS 29.272 section 7.2.17 and 7.2.18. */
    public static final CommandKey NOTIFY = new CommandKey(323, Applications.S6A, "Notify", "NO", true);
}
