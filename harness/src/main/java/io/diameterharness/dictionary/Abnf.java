package io.diameterharness.dictionary;

import io.diameterharness.dictionary.internal.AbnfParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content rules of a command or a Grouped AVP, as RFC 6733 section 3.2 and 4.4 write them:
 * fixed-position, required and optional AVP rules with {@code min*max} qualifiers, and whether
 * {@code * [ AVP ]} lets any other AVP in.
 *
 * <pre>{@code
 * Abnf ccr = Abnf.parse("""
 *     < Session-Id >
 *     { Origin-Host }
 *     { Origin-Realm }
 *     *[ Subscription-Id ]
 *     *[ AVP ]
 *     """);
 * }</pre>
 *
 * <p>A header line ({@code <CCR> ::= < Diameter Header: 272, REQ, PXY >} or
 * {@code X ::= < AVP Header: 443 >}) may precede the rules and is skipped.
 */
public final class Abnf {
    private static final Abnf EMPTY = new Abnf(List.of(), false);
    private static final Abnf ANY = new Abnf(List.of(), true);

    private final List<AvpRule> rules;
    private final boolean anyAvpAllowed;
    private final Map<Long, Integer> indexByKey;

    private Abnf(List<AvpRule> rules, boolean anyAvpAllowed) {
        this.rules = List.copyOf(rules);
        this.anyAvpAllowed = anyAvpAllowed;
        Map<Long, Integer> map = new HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            AvpRule r = this.rules.get(i);
            if (r.isResolved()) {
                map.putIfAbsent(key(r.code(), r.vendorId()), i);
            }
        }
        this.indexByKey = Collections.unmodifiableMap(map);
    }

    /** Rules in order, and whether {@code * [ AVP ]} allows other AVPs. */
    public static Abnf of(List<AvpRule> rules, boolean anyAvpAllowed) {
        Objects.requireNonNull(rules, "rules");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AvpRule r : rules) {
            if (!seen.add(r.avpName().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("ABNF names " + r.avpName() + " twice; merge the rules into one");
            }
        }
        return new Abnf(rules, anyAvpAllowed);
    }

    /** No rules, no other AVP allowed. */
    public static Abnf empty() {
        return EMPTY;
    }

    /** No rules, any AVP allowed ({@code * [ AVP ]} alone): what a lenient definition uses. */
    public static Abnf anyAvp() {
        return ANY;
    }

    /**
     * Parses RFC 6733 ABNF text: one rule per element ({@code < X >}, {@code { X }}, {@code [ X ]},
     * each with an optional {@code min*max} qualifier), {@code *[ AVP ]} for "any other AVP",
     * an optional header line, and {@code ;} comments to the end of the line.
     *
     * @throws IllegalArgumentException naming the line and what is wrong
     */
    public static Abnf parse(String text) {
        return AbnfParser.parse(text).abnf();
    }

    static long key(int code, int vendorId) {
        return ((long) vendorId << 32) | Integer.toUnsignedLong(code);
    }

    /** The rules in the order written. */
    public List<AvpRule> rules() {
        return rules;
    }

    /** Whether {@code * [ AVP ]} lets AVPs without a rule in. */
    public boolean anyAvpAllowed() {
        return anyAvpAllowed;
    }

    /** The rule for the AVP with this code and vendor, or {@code null} (only resolved rules are found). */
    public AvpRule rule(int code, int vendorId) {
        Integer i = indexByKey.get(key(code, vendorId));
        return i == null ? null : rules.get(i);
    }

    /** The position in {@link #rules()} of the rule for this AVP, or -1 (only resolved rules are found). */
    public int indexOf(int code, int vendorId) {
        Integer i = indexByKey.get(key(code, vendorId));
        return i == null ? -1 : i;
    }

    /** The rule naming this AVP (case-insensitive), or {@code null}. */
    public AvpRule rule(String avpName) {
        for (AvpRule r : rules) {
            if (r.avpName().equalsIgnoreCase(avpName)) {
                return r;
            }
        }
        return null;
    }

    /** A copy with {@code rule} replacing the rule for the same AVP, or appended when there is none. */
    public Abnf with(AvpRule rule) {
        List<AvpRule> copy = new ArrayList<>(rules);
        boolean replaced = false;
        for (int i = 0; i < copy.size(); i++) {
            AvpRule r = copy.get(i);
            boolean same = r.isResolved() && rule.isResolved()
                    ? r.code() == rule.code() && r.vendorId() == rule.vendorId()
                    : r.avpName().equalsIgnoreCase(rule.avpName());
            if (same) {
                copy.set(i, rule);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            copy.add(rule);
        }
        return new Abnf(copy, anyAvpAllowed);
    }

    /** A copy with every rule replaced by {@code resolved}'s result (used when the dictionary is built). */
    public Abnf mapRules(java.util.function.UnaryOperator<AvpRule> resolver) {
        List<AvpRule> copy = new ArrayList<>(rules.size());
        for (AvpRule r : rules) {
            copy.add(resolver.apply(r));
        }
        return new Abnf(copy, anyAvpAllowed);
    }

    /** The rules as ABNF, one per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (AvpRule r : rules) {
            sb.append(r).append('\n');
        }
        if (anyAvpAllowed) {
            sb.append("*[ AVP ]\n");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Abnf && ((Abnf) o).rules.equals(rules) && ((Abnf) o).anyAvpAllowed == anyAvpAllowed;
    }

    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + (anyAvpAllowed ? 1 : 0);
    }
}
