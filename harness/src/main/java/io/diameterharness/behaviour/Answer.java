package io.diameterharness.behaviour;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.Avps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to answer, stated as what differs from the defaults; the rest derives from the request
 * (RFC 6733 section 6.2): identifiers and the P bit copied, Session-Id first, our Origin-Host and
 * Origin-Realm, and for Credit-Control (RFC 4006 section 3.2) Auth-Application-Id,
 * CC-Request-Type and CC-Request-Number echoed. A 3xxx Result-Code sets the E bit (RFC 6733
 * section 7.1.3) unless told otherwise.
 *
 * <pre>{@code
 * success().with(VALIDITY_TIME, 60L)
 * failure(DIAMETER_MISSING_AVP).failedAvp(SUBSCRIPTION_ID)
 * experimentalResult(TGPP, 5030)
 * success().grantingRequestedUnits()
 * }</pre>
 *
 * Immutable: every method returns a new {@code Answer}.
 */
public final class Answer {
    private static final int CC_REQUEST_NUMBER = 415;
    private static final int CC_REQUEST_TYPE = 416;
    private static final int GRANTED_SERVICE_UNIT = 431;
    private static final int RATING_GROUP = 432;
    private static final int REQUESTED_SERVICE_UNIT = 437;
    private static final int SERVICE_IDENTIFIER = 439;
    private static final int MULTIPLE_SERVICES_CREDIT_CONTROL = 456;
    private static final long CREDIT_CONTROL_APPLICATION = 4;
    /** The Origin-Host and Origin-Realm AVPs of the last answer built (a peer answers with the same ones). */
    private static volatile Origin lastOrigin;

    private final long resultCode;
    private final int experimentalVendor;
    private final Boolean errorBit;
    private final String errorMessage;
    private final List<Avp> failedAvps;
    private final List<Function<DiameterMessage, List<Avp>>> extras;
    private final boolean grantRequested;
    private final boolean echoCreditControl;

    private Answer(long resultCode, int experimentalVendor, Boolean errorBit, String errorMessage,
                   List<Avp> failedAvps, List<Function<DiameterMessage, List<Avp>>> extras,
                   boolean grantRequested, boolean echoCreditControl) {
        this.resultCode = resultCode;
        this.experimentalVendor = experimentalVendor;
        this.errorBit = errorBit;
        this.errorMessage = errorMessage;
        this.failedAvps = failedAvps;
        this.extras = extras;
        this.grantRequested = grantRequested;
        this.echoCreditControl = echoCreditControl;
    }

    /** A 2001 DIAMETER_SUCCESS answer. */
    public static Answer success() {
        return resultCode(ResultCode.DIAMETER_SUCCESS);
    }

    /** An answer with this Result-Code (any class; a 3xxx code sets the E bit). */
    public static Answer failure(long resultCode) {
        return resultCode(resultCode);
    }

    /** An answer with this Result-Code. */
    public static Answer resultCode(long resultCode) {
        if (resultCode < 0 || resultCode > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Result-Code must be an Unsigned32: " + resultCode);
        }
        return new Answer(resultCode, 0, null, null, List.of(), List.of(), false, true);
    }

    /** An answer with Experimental-Result (vendor and Experimental-Result-Code) instead of Result-Code. */
    public static Answer experimentalResult(int vendorId, long experimentalResultCode) {
        if (vendorId == 0) {
            throw new IllegalArgumentException("Experimental-Result needs a non-zero Vendor-Id;"
                    + " use resultCode(...) for IETF codes");
        }
        return new Answer(experimentalResultCode, vendorId, null, null, List.of(), List.of(), false, true);
    }

    /** The Result-Code (or Experimental-Result-Code) this answer carries. */
    public long code() {
        return resultCode;
    }

    /** Adds an AVP at the end of the answer. */
    public Answer with(Avp avp) {
        Objects.requireNonNull(avp, "avp");
        return withComputed(request -> List.of(avp));
    }

    /** Adds an AVP built from a typed key and value. */
    public <T> Answer with(AvpKey<T> key, T value) {
        return with(key.avp(value));
    }

    /** Adds AVPs computed from the request at answer time. */
    public Answer withComputed(Function<DiameterMessage, List<Avp>> avpsFromRequest) {
        List<Function<DiameterMessage, List<Avp>>> next = new ArrayList<>(extras);
        next.add(Objects.requireNonNull(avpsFromRequest, "avpsFromRequest"));
        return new Answer(resultCode, experimentalVendor, errorBit, errorMessage, failedAvps, List.copyOf(next),
                grantRequested, echoCreditControl);
    }

    /** Sets Error-Message (RFC 6733 section 7.3). */
    public Answer errorMessage(String text) {
        return new Answer(resultCode, experimentalVendor, errorBit, Objects.requireNonNull(text), failedAvps, extras,
                grantRequested, echoCreditControl);
    }

    /** Forces the E bit on or off, whatever the Result-Code (for answers that break RFC 6733 on purpose). */
    public Answer errorBit(boolean set) {
        return new Answer(resultCode, experimentalVendor, set, errorMessage, failedAvps, extras, grantRequested,
                echoCreditControl);
    }

    /**
     * Adds a Failed-AVP naming a missing AVP: its code and vendor with a zero-filled value of its
     * type's minimum length (RFC 6733 section 7.5).
     */
    public Answer failedAvp(AvpKey<?> missing) {
        return failedAvp(missing.builder().octetString(new byte[missing.type().minimumLength()]).build());
    }

    /** Adds a Failed-AVP holding exactly this AVP. */
    public Answer failedAvp(Avp offending) {
        List<Avp> next = new ArrayList<>(failedAvps);
        next.add(Objects.requireNonNull(offending, "offending"));
        return new Answer(resultCode, experimentalVendor, errorBit, errorMessage, List.copyOf(next), extras,
                grantRequested, echoCreditControl);
    }

    /**
     * For Credit-Control: answers each Multiple-Services-Credit-Control of the request with one that
     * echoes its Rating-Group and Service-Identifier and grants exactly the Requested-Service-Unit
     * (as Granted-Service-Unit).
     */
    public Answer grantingRequestedUnits() {
        return new Answer(resultCode, experimentalVendor, errorBit, errorMessage, failedAvps, extras, true,
                echoCreditControl);
    }

    /** Leaves out the RFC 4006 echo of CC-Request-Type and CC-Request-Number (a broken OCS). */
    public Answer withoutCreditControlEcho() {
        return new Answer(resultCode, experimentalVendor, errorBit, errorMessage, failedAvps, extras,
                grantRequested, false);
    }

    /**
     * Builds the answer to {@code request} as an engine with the given identity would send it.
     *
     * @param request     the request answered
     * @param originHost  our Origin-Host
     * @param originRealm our Origin-Realm
     */
    public DiameterMessage toMessage(DiameterMessage request, String originHost, String originRealm) {
        DiameterMessage.Builder b = DiameterMessage.answerTo(request);
        request.avp(Avps.SESSION_ID.code()).ifPresent(b::avp);
        if (experimentalVendor != 0) {
            b.avp(Avps.EXPERIMENTAL_RESULT.avp(
                    Avps.VENDOR_ID.avp((long) experimentalVendor),
                    Avps.EXPERIMENTAL_RESULT_CODE.avp(resultCode)));
        } else {
            b.avp(Avps.RESULT_CODE.avp(resultCode));
        }
        Origin origin = lastOrigin;
        if (origin == null || !origin.host.equals(originHost) || !origin.realm.equals(originRealm)) {
            origin = new Origin(originHost, originRealm);
            lastOrigin = origin;
        }
        b.avp(origin.hostAvp);
        b.avp(origin.realmAvp);
        boolean protocolError = experimentalVendor == 0 && ResultCode.isProtocolError(resultCode);
        if (errorBit != null ? errorBit : protocolError) {
            b.error();
        }
        if (errorMessage != null) {
            b.avp(Avps.ERROR_MESSAGE.avp(errorMessage));
        }
        if (request.applicationIdUnsigned() == CREDIT_CONTROL_APPLICATION
                || request.avp(CC_REQUEST_TYPE).isPresent()) {
            request.avp(Avps.AUTH_APPLICATION_ID.code()).ifPresent(b::avp);
            if (echoCreditControl) {
                request.avp(CC_REQUEST_TYPE).ifPresent(b::avp);
                request.avp(CC_REQUEST_NUMBER).ifPresent(b::avp);
            }
        }
        for (Avp failed : failedAvps) {
            b.avp(Avps.FAILED_AVP.avp(failed));
        }
        if (grantRequested) {
            for (Avp mscc : request.avps(MULTIPLE_SERVICES_CREDIT_CONTROL, 0)) {
                b.avp(grant(mscc));
            }
        }
        for (Function<DiameterMessage, List<Avp>> extra : extras) {
            b.avps(extra.apply(request));
        }
        // RFC 6733 section 6.2: Proxy-Info AVPs are copied to the answer in the same order.
        b.avps(request.avps(Avps.PROXY_INFO.code(), 0));
        return b.build();
    }

    /** Origin-Host and Origin-Realm AVPs, encoded once (immutable, so shared between threads). */
    private static final class Origin {
        final String host;
        final String realm;
        final Avp hostAvp;
        final Avp realmAvp;

        Origin(String host, String realm) {
            this.host = host;
            this.realm = realm;
            this.hostAvp = Avps.ORIGIN_HOST.avp(host);
            this.realmAvp = Avps.ORIGIN_REALM.avp(realm);
        }
    }

    private static Avp grant(Avp requestedMscc) {
        List<Avp> children = new ArrayList<>();
        for (Avp child : requestedMscc.asGrouped()) {
            if (child.vendorId() != 0) {
                continue;
            }
            if (child.code() == REQUESTED_SERVICE_UNIT) {
                children.add(Avp.builder(GRANTED_SERVICE_UNIT).mandatory().grouped(child.asGrouped()).build());
            } else if (child.code() == RATING_GROUP || child.code() == SERVICE_IDENTIFIER) {
                children.add(child);
            }
        }
        children.add(Avps.RESULT_CODE.avp((long) ResultCode.DIAMETER_SUCCESS));
        return Avp.builder(MULTIPLE_SERVICES_CREDIT_CONTROL).mandatory().grouped(children).build();
    }

    @Override
    public String toString() {
        return (experimentalVendor != 0 ? "Experimental-Result " + experimentalVendor + "/" : "Result-Code ")
                + resultCode + (errorMessage != null ? " \"" + errorMessage + "\"" : "")
                + (failedAvps.isEmpty() ? "" : " with Failed-AVP " + failedAvps)
                + (grantRequested ? " granting requested units" : "");
    }
}
