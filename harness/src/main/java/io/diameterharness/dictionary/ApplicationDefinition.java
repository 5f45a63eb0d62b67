package io.diameterharness.dictionary;

import java.util.Objects;

/**
 * A Diameter application (RFC 6733 section 2.4): its Application-Id, name, the vendor that
 * defines it, and whether it is advertised as an authentication/authorization application
 * (Auth-Application-Id) or an accounting one (Acct-Application-Id).
 *
 * @param id       the Application-Id (an unsigned 32-bit number held in a {@code long})
 * @param name     the display name, e.g. {@code Diameter Credit Control}
 * @param vendorId the vendor that defines it (10415 for 3GPP), 0 for IETF
 * @param kind     auth or acct
 */
public record ApplicationDefinition(long id, String name, int vendorId, Kind kind) {

    /** How the application is advertised in CER/CEA. */
    public enum Kind {
        /** Advertised in Auth-Application-Id. */
        AUTH,
        /** Advertised in Acct-Application-Id. */
        ACCT
    }

    /** Checks the id range and that name and kind are present. */
    public ApplicationDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (id < 0 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Application-Id must be an unsigned 32-bit number, not " + id);
        }
    }

    /** {@code Diameter Credit Control(4)}. */
    @Override
    public String toString() {
        return name + "(" + id + ")";
    }
}
