package io.diameterharness.codec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An Address AVP value (RFC 6733 section 4.3.1): an IANA address family number and the address
 * bytes. IPv4 (1) and IPv6 (2) convert to {@link InetAddress}; other families are kept raw.
 */
public final class AddressValue {
    /** IANA address family 1, IPv4. */
    public static final int FAMILY_IPV4 = 1;
    /** IANA address family 2, IPv6. */
    public static final int FAMILY_IPV6 = 2;

    private final int family;
    private final byte[] raw;

    /** An address of any family with its raw bytes. */
    public AddressValue(int family, byte[] raw) {
        if (family < 0 || family > 0xFFFF) {
            throw new IllegalArgumentException("address family must fit 16 bits: " + family);
        }
        this.family = family;
        this.raw = raw.clone();
    }

    /** An IPv4 or IPv6 address. */
    public static AddressValue of(InetAddress address) {
        byte[] b = address.getAddress();
        return new AddressValue(b.length == 4 ? FAMILY_IPV4 : FAMILY_IPV6, b);
    }

    /** Parses an IPv4 or IPv6 literal (no name lookup). */
    public static AddressValue parse(String literal) {
        if (!literal.matches("[0-9a-fA-F:.%]+") || !(literal.contains(".") || literal.contains(":"))) {
            throw new IllegalArgumentException("not an IP address literal: " + literal);
        }
        try {
            return of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + literal, e);
        }
    }

    /** The IANA address family. */
    public int family() {
        return family;
    }

    /** A copy of the address bytes (without the family). */
    public byte[] rawAddress() {
        return raw.clone();
    }

    /** Whether this is an IPv4 or IPv6 address. */
    public boolean isIp() {
        return (family == FAMILY_IPV4 && raw.length == 4) || (family == FAMILY_IPV6 && raw.length == 16);
    }

    /** The address as {@link InetAddress}; only for IPv4 and IPv6. */
    public InetAddress toInetAddress() {
        if (!isIp()) {
            throw new IllegalStateException("address family " + family + " is not IPv4 or IPv6");
        }
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this is the unspecified address (0.0.0.0 or ::). */
    public boolean isUnspecified() {
        return isIp() && toInetAddress().isAnyLocalAddress();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressValue && ((AddressValue) o).family == family
                && Arrays.equals(((AddressValue) o).raw, raw);
    }

    @Override
    public int hashCode() {
        return 31 * family + Arrays.hashCode(raw);
    }

    /** {@code 192.0.2.1}, {@code 2001:db8:0:0:0:0:0:1}, or {@code family 8: 0a0b} for other families. */
    @Override
    public String toString() {
        return isIp() ? toInetAddress().getHostAddress() : "family " + family + ": " + Hex.of(raw);
    }
}
