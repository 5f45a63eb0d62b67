package io.diameterharness.dictionary;

import java.util.Locale;

/**
 * What an AVP definition says about one of its flag bits (the "AVP Flag rules" table of each
 * spec, RFC 6733 section 4.5): the bit MUST be set, MAY be set, SHOULD NOT or MUST NOT be set.
 * The words are those of Wireshark's dictionary attributes ({@code must}, {@code may},
 * {@code shouldnot}, {@code mustnot}).
 */
public enum FlagRule {
    /** The bit must be set. */
    MUST,
    /** The bit may be set or clear. */
    MAY,
    /** The bit should be clear (a receiver accepts it set). */
    SHOULD_NOT,
    /** The bit must be clear. */
    MUST_NOT;

    /** Parses {@code must}, {@code may}, {@code shouldnot} / {@code should-not}, {@code mustnot} / {@code must-not}. */
    public static FlagRule parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "must": return MUST;
            case "may": return MAY;
            case "shouldnot": return SHOULD_NOT;
            case "mustnot": return MUST_NOT;
            default: throw new IllegalArgumentException("flag rule must be must, may, shouldnot or mustnot, not '"
                    + text + "'");
        }
    }

    /** Whether a bit in the given state obeys this rule ({@code SHOULD_NOT} accepts both). */
    public boolean allows(boolean bitSet) {
        switch (this) {
            case MUST: return bitSet;
            case MUST_NOT: return !bitSet;
            default: return true;
        }
    }

    /** The rule as Wireshark writes it: {@code must}, {@code may}, {@code shouldnot}, {@code mustnot}. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
