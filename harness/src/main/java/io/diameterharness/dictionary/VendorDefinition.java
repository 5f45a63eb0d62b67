package io.diameterharness.dictionary;

import java.util.Objects;

/**
 * A vendor: its SMI Private Enterprise Code (the Vendor-Id of its AVPs) and name,
 * e.g. {@code 10415 3GPP}.
 *
 * @param id   the vendor id (IANA enterprise number), 0 for IETF
 * @param name the display name
 */
public record VendorDefinition(int id, String name) {
    /** Checks the name is present. */
    public VendorDefinition {
        Objects.requireNonNull(name, "name");
    }

    /** {@code 3GPP(10415)}. */
    @Override
    public String toString() {
        return name + "(" + Integer.toUnsignedString(id) + ")";
    }
}
