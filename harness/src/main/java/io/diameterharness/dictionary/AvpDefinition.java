package io.diameterharness.dictionary;

import io.diameterharness.codec.AvpType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One AVP as a spec defines it: code, vendor, name, basic type, the M/V/P flag rules, the named
 * values of an Enumerated AVP, and the content ABNF of a Grouped AVP. Immutable; build with
 * {@link #builder(String, int)}.
 */
public final class AvpDefinition {
    private final String name;
    private final int code;
    private final int vendorId;
    private final AvpType type;
    private final FlagRule mandatoryBit;
    private final FlagRule protectedBit;
    private final FlagRule vendorBit;
    private final Map<Integer, String> enumValues;
    private final Abnf groupedContent;
    private final String source;

    private AvpDefinition(Builder b) {
        this.name = b.name;
        this.code = b.code;
        this.vendorId = b.vendorId;
        this.type = b.type;
        this.mandatoryBit = b.mandatoryBit;
        this.protectedBit = b.protectedBit;
        this.vendorBit = b.vendorBit != null ? b.vendorBit : (b.vendorId != 0 ? FlagRule.MUST : FlagRule.MUST_NOT);
        this.enumValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.enumValues));
        this.groupedContent = b.type == AvpType.GROUPED ? (b.groupedContent != null ? b.groupedContent : Abnf.anyAvp())
                : null;
        this.source = b.source;
    }

    /** Starts a definition with its name and code (vendor 0, OctetString, M bit "may" until set). */
    public static Builder builder(String name, int code) {
        return new Builder(name, code);
    }

    /** A builder holding this definition's fields, to derive an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, code).vendorId(vendorId).type(type).mandatoryBit(mandatoryBit)
                .protectedBit(protectedBit).vendorBit(vendorBit).source(source);
        b.enumValues.putAll(enumValues);
        b.groupedContent = groupedContent;
        return b;
    }

    /** The name as the spec writes it, e.g. {@code Subscription-Id-Data}. */
    public String name() {
        return name;
    }

    /** The AVP code (unsigned 32-bit held in an {@code int}). */
    public int code() {
        return code;
    }

    /** The vendor id, 0 for IETF AVPs. */
    public int vendorId() {
        return vendorId;
    }

    /** The basic (or derived) data type. */
    public AvpType type() {
        return type;
    }

    /** Whether this is a Grouped AVP. */
    public boolean isGrouped() {
        return type == AvpType.GROUPED;
    }

    /** The rule for the M bit. */
    public FlagRule mandatoryBit() {
        return mandatoryBit;
    }

    /** The rule for the P bit. */
    public FlagRule protectedBit() {
        return protectedBit;
    }

    /** The rule for the V bit (MUST for vendor AVPs, MUST_NOT for IETF ones unless a file says otherwise). */
    public FlagRule vendorBit() {
        return vendorBit;
    }

    /** Whether we set the M bit when we send this AVP (its rule is MUST). */
    public boolean sendsMandatory() {
        return mandatoryBit == FlagRule.MUST;
    }

    /** The named values of an Enumerated AVP (value to label), in definition order; empty otherwise. */
    public Map<Integer, String> enumValues() {
        return enumValues;
    }

    /** The label of an enumerated value, if defined. */
    public Optional<String> enumLabel(int value) {
        return Optional.ofNullable(enumValues.get(value));
    }

    /** The value of an enumerated label (case-insensitive), if defined. */
    public Optional<Integer> enumValue(String label) {
        for (Map.Entry<Integer, String> e : enumValues.entrySet()) {
            if (e.getValue().equalsIgnoreCase(label)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The content ABNF of a Grouped AVP; empty for other types. */
    public Optional<Abnf> groupedContent() {
        return Optional.ofNullable(groupedContent);
    }

    /** Where it was defined ({@code file:line}), or {@code null} when built in code. */
    public String source() {
        return source;
    }

    /** This definition with other grouped content (the dictionary uses it to resolve rule names). */
    public AvpDefinition withGroupedContent(Abnf content) {
        Builder b = toBuilder();
        b.groupedContent = content;
        return b.build();
    }

    /** {@code Session-Id(263)} or {@code SMS-Information(2000, vendor 10415)}. */
    @Override
    public String toString() {
        return name + "(" + Integer.toUnsignedString(code)
                + (vendorId != 0 ? ", vendor " + Integer.toUnsignedString(vendorId) : "") + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AvpDefinition)) {
            return false;
        }
        AvpDefinition d = (AvpDefinition) o;
        return d.code == code && d.vendorId == vendorId && d.name.equals(name) && d.type == type
                && d.mandatoryBit == mandatoryBit && d.protectedBit == protectedBit && d.vendorBit == vendorBit
                && d.enumValues.equals(enumValues) && Objects.equals(d.groupedContent, groupedContent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, code, vendorId, type);
    }

    /** Builds an {@link AvpDefinition}. */
    public static final class Builder {
        private final String name;
        private final int code;
        private int vendorId;
        private AvpType type = AvpType.OCTET_STRING;
        private FlagRule mandatoryBit = FlagRule.MAY;
        private FlagRule protectedBit = FlagRule.MAY;
        private FlagRule vendorBit;
        private final Map<Integer, String> enumValues = new LinkedHashMap<>();
        private Abnf groupedContent;
        private String source;

        private Builder(String name, int code) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("AVP name must not be blank (code " + Integer.toUnsignedString(code)
                        + ")");
            }
            this.name = name.trim();
            this.code = code;
        }

        /** The vendor id (0 for IETF). */
        public Builder vendorId(int id) {
            this.vendorId = id;
            return this;
        }

        /** The data type. */
        public Builder type(AvpType t) {
            this.type = Objects.requireNonNull(t, "type");
            return this;
        }

        /** The M bit rule. */
        public Builder mandatoryBit(FlagRule rule) {
            this.mandatoryBit = Objects.requireNonNull(rule, "mandatoryBit");
            return this;
        }

        /** The P bit rule. */
        public Builder protectedBit(FlagRule rule) {
            this.protectedBit = Objects.requireNonNull(rule, "protectedBit");
            return this;
        }

        /** The V bit rule; by default MUST for a vendor AVP and MUST_NOT for vendor 0. */
        public Builder vendorBit(FlagRule rule) {
            this.vendorBit = rule;
            return this;
        }

        /** Adds a named value (Enumerated). */
        public Builder enumValue(int value, String label) {
            Objects.requireNonNull(label, "label");
            enumValues.put(value, label);
            return this;
        }

        /** The content ABNF (Grouped). */
        public Builder groupedContent(Abnf content) {
            this.groupedContent = Objects.requireNonNull(content, "content");
            return this;
        }

        /** Where it was defined, for error messages ({@code file:line}). */
        public Builder source(String where) {
            this.source = where;
            return this;
        }

        /** Builds the definition. */
        public AvpDefinition build() {
            if (!enumValues.isEmpty() && type != AvpType.ENUMERATED && type != AvpType.INTEGER32
                    && type != AvpType.UNSIGNED32 && type != AvpType.INTEGER64 && type != AvpType.UNSIGNED64) {
                throw new IllegalArgumentException("AVP " + name + " is " + type.rfcName()
                        + " and cannot have named values");
            }
            if (groupedContent != null && type != AvpType.GROUPED) {
                throw new IllegalArgumentException("AVP " + name + " is " + type.rfcName()
                        + " and cannot have grouped content");
            }
            return new AvpDefinition(this);
        }
    }
}
