package io.diameterharness.peer;

import io.diameterharness.codec.Avp;
import io.diameterharness.dictionary.Avps;
import java.util.ArrayList;
import java.util.List;

/**
 * A Vendor-Specific-Application-Id (RFC 6733 section 6.11): a vendor and exactly one of an
 * authentication or an accounting application id.
 *
 * @param vendorId          the Vendor-Id, e.g. 10415 for 3GPP
 * @param authApplicationId the Auth-Application-Id, or -1
 * @param acctApplicationId the Acct-Application-Id, or -1
 */
public record VendorSpecificApplicationId(long vendorId, long authApplicationId, long acctApplicationId) {
    /** Checks that exactly one application id is given and values fit Unsigned32. */
    public VendorSpecificApplicationId {
        if ((authApplicationId < 0) == (acctApplicationId < 0)) {
            throw new IllegalArgumentException("Vendor-Specific-Application-Id needs exactly one of "
                    + "Auth-Application-Id and Acct-Application-Id: " + authApplicationId + ", " + acctApplicationId);
        }
        check(vendorId, "Vendor-Id");
        check(Math.max(authApplicationId, acctApplicationId), "application id");
    }

    /** An authentication application of a vendor, e.g. {@code auth(10415, 16777238)} for Gx. */
    public static VendorSpecificApplicationId auth(long vendorId, long applicationId) {
        return new VendorSpecificApplicationId(vendorId, applicationId, -1);
    }

    /** An accounting application of a vendor. */
    public static VendorSpecificApplicationId acct(long vendorId, long applicationId) {
        return new VendorSpecificApplicationId(vendorId, -1, applicationId);
    }

    /** The application id, whichever kind it is. */
    public long applicationId() {
        return authApplicationId >= 0 ? authApplicationId : acctApplicationId;
    }

    /** The grouped AVP. */
    public Avp toAvp() {
        List<Avp> children = new ArrayList<>();
        children.add(Avps.VENDOR_ID.avp(vendorId));
        children.add(authApplicationId >= 0 ? Avps.AUTH_APPLICATION_ID.avp(authApplicationId)
                : Avps.ACCT_APPLICATION_ID.avp(acctApplicationId));
        return Avps.VENDOR_SPECIFIC_APPLICATION_ID.avp(children);
    }

    private static void check(long v, String what) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must fit Unsigned32: " + v);
        }
    }
}
