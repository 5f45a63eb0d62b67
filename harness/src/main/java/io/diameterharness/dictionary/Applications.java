package io.diameterharness.dictionary;

/**
 * Application-Id constants (IANA "Application IDs" registry; 3GPP ids from TS 29.230), as
 * compile-time {@code long}s so they also fit annotation attributes:
 * {@code @DiameterPeer(applications = CREDIT_CONTROL)}.
 */
public final class Applications {
    private Applications() {
    }

    /** Diameter common messages (CER, DWR, DPR), RFC 6733. */
    public static final long COMMON = 0L;
    /** NASREQ, RFC 7155. */
    public static final long NASREQ = 1L;
    /** Diameter base accounting, RFC 6733. */
    public static final long BASE_ACCOUNTING = 3L;
    /** Diameter Credit-Control (also Ro/Gy online charging, TS 32.299), RFC 4006 / RFC 8506. */
    public static final long CREDIT_CONTROL = 4L;
    /** 3GPP Cx, TS 29.229. */
    public static final long CX = 16777216L;
    /** 3GPP Sh, TS 29.329. */
    public static final long SH = 16777217L;
    /** 3GPP Rx, TS 29.214. */
    public static final long RX = 16777236L;
    /** 3GPP Gx, TS 29.212. */
    public static final long GX = 16777238L;
    /** 3GPP S6a/S6d, TS 29.272. */
    public static final long S6A = 16777251L;
    /** 3GPP S13/S13', TS 29.272. */
    public static final long S13 = 16777252L;
    /** 3GPP Sy, TS 29.219. */
    public static final long SY = 16777302L;
    /** The relay application, RFC 6733 section 2.8.1 (0xffffffff). */
    public static final long RELAY = 0xFFFFFFFFL;
}
