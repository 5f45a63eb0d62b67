package io.diameterharness.dictionary;

import java.util.Objects;

/**
 * One element of a command or Grouped AVP ABNF (RFC 6733 section 3.2 and 4.4):
 * {@code < Session-Id >}, {@code { Origin-Host }}, {@code *[ Proxy-Info ]}, {@code 1*2{ X }}.
 *
 * <p>A rule names an AVP; once the dictionary is built, {@link #code()} and {@link #vendorId()}
 * hold the AVP it resolved to. {@link #max()} is {@link #UNBOUNDED} for no upper limit.
 */
public final class AvpRule {
    /** The {@link #max()} of a rule without upper limit. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Where the rule sits: fixed position, required, or optional. */
    public enum Position {
        /** {@code < X >}: at a fixed position, right after the header (or the previous fixed AVP). */
        FIXED,
        /** {@code { X }}: must be present (at least {@code min} times), anywhere. */
        REQUIRED,
        /** {@code [ X ]}: may be present, anywhere. */
        OPTIONAL
    }

    private final Position position;
    private final String avpName;
    private final int min;
    private final int max;
    private final boolean resolved;
    private final int code;
    private final int vendorId;

    private AvpRule(Position position, String avpName, int min, int max, boolean resolved, int code, int vendorId) {
        this.position = Objects.requireNonNull(position, "position");
        this.avpName = Objects.requireNonNull(avpName, "avpName");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("rule for " + avpName + ": qualifier " + min + "*" + max
                    + " needs 0 <= min <= max");
        }
        if (position == Position.REQUIRED && min < 1) {
            throw new IllegalArgumentException("required rule { " + avpName + " } needs min >= 1 (RFC 6733 3.2), has "
                    + min);
        }
        this.min = min;
        this.max = max;
        this.resolved = resolved;
        this.code = code;
        this.vendorId = vendorId;
    }

    /** A rule naming an AVP, not yet resolved to its code and vendor. */
    public static AvpRule of(Position position, String avpName, int min, int max) {
        return new AvpRule(position, avpName, min, max, false, 0, 0);
    }

    /** {@code < name >}: exactly once, at a fixed position. */
    public static AvpRule fixed(String avpName) {
        return of(Position.FIXED, avpName, 1, 1);
    }

    /** {@code { name }}: exactly once. */
    public static AvpRule required(String avpName) {
        return of(Position.REQUIRED, avpName, 1, 1);
    }

    /** {@code [ name ]}: at most once. */
    public static AvpRule optional(String avpName) {
        return of(Position.OPTIONAL, avpName, 0, 1);
    }

    /** This rule bound to the AVP with the given code and vendor (the dictionary does this when built). */
    public AvpRule resolvedTo(String canonicalName, int avpCode, int avpVendorId) {
        return new AvpRule(position, canonicalName, min, max, true, avpCode, avpVendorId);
    }

    /** This rule with another qualifier (used by user {@link Requirement}s). */
    public AvpRule withOccurrences(Position newPosition, int newMin, int newMax) {
        return new AvpRule(newPosition, avpName, newMin, newMax, resolved, code, vendorId);
    }

    /** Fixed, required or optional. */
    public Position position() {
        return position;
    }

    /** The AVP name as written in the rule (the definition's spelling once resolved). */
    public String avpName() {
        return avpName;
    }

    /** The minimum number of occurrences. */
    public int min() {
        return min;
    }

    /** The maximum number of occurrences, {@link #UNBOUNDED} for no limit. */
    public int max() {
        return max;
    }

    /** Whether {@link #code()} and {@link #vendorId()} are known. */
    public boolean isResolved() {
        return resolved;
    }

    /** The AVP code, once resolved. */
    public int code() {
        return code;
    }

    /** The AVP vendor id, once resolved. */
    public int vendorId() {
        return vendorId;
    }

    /** The rule in RFC 6733 ABNF, e.g. {@code 1*2{ Subscription-Id }} or {@code [ User-Name ]}. */
    @Override
    public String toString() {
        int defMin = position == Position.OPTIONAL ? 0 : 1;
        int defMax = position == Position.OPTIONAL ? 1 : 1;
        String qualifier = "";
        if (min != defMin || max != defMax) {
            qualifier = (min == 0 ? "" : String.valueOf(min)) + "*" + (max == UNBOUNDED ? "" : String.valueOf(max));
        }
        switch (position) {
            case FIXED: return qualifier + "< " + avpName + " >";
            case REQUIRED: return qualifier + "{ " + avpName + " }";
            default: return qualifier + "[ " + avpName + " ]";
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AvpRule)) {
            return false;
        }
        AvpRule r = (AvpRule) o;
        return position == r.position && avpName.equalsIgnoreCase(r.avpName) && min == r.min && max == r.max
                && resolved == r.resolved && code == r.code && vendorId == r.vendorId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, avpName.toLowerCase(java.util.Locale.ROOT), min, max, code, vendorId);
    }
}
