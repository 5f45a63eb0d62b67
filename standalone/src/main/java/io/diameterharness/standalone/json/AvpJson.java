package io.diameterharness.standalone.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterUri;
import io.diameterharness.codec.Hex;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.AvpKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * AVPs as JSON, both ways, with names and types from a {@link Vocabulary}.
 *
 * <p>Written by users (rules): {@code {"name": "Validity-Time", "value": 60}},
 * {@code {"name": "Granted-Service-Unit", "avps": [...]}}, {@code {"name": "Class", "hex": "0a0b"}},
 * {@code {"code": 9999, "vendorId": 10415, "mandatory": true, "hex": "00"}}. Values follow the
 * AVP's type: strings for text and identities, numbers for integers (labels too for Enumerated),
 * IP literals for Address, ISO-8601 instants for Time, text or {@code {"hex": ...}} for OctetString.
 *
 * <p>Rendered (journal): name, code, vendor, flags, the typed value (and enum label) or children,
 * and the value's hex.
 */
public final class AvpJson {
    /** The deepest grouping accepted or rendered. */
    public static final int MAX_DEPTH = 32;

    private static final Set<String> SPEC_FIELDS = Set.of("name", "code", "vendorId", "value", "avps", "hex",
            "mandatory", "protected");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Vocabulary vocabulary;

    /** Uses the names of {@code vocabulary}. */
    public AvpJson(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The AVP named {@code name}; fails at {@code at} with the closest known names. */
    public AvpKey<?> key(Field at, String name) {
        return vocabulary.avp(name).orElseThrow(() -> at.error("unknown AVP \"" + name + "\""
                + Suggestions.hint(name, vocabulary.avpNames())));
    }

    /** Builds an AVP from its JSON description. */
    public Avp avp(Field spec) {
        return avp(spec, 0);
    }

    /** Builds AVPs from a JSON array of descriptions. */
    public List<Avp> avps(Field array) {
        return avps(array, 0);
    }

    private List<Avp> avps(Field array, int depth) {
        List<Avp> out = new ArrayList<>();
        for (Field f : array.elements()) {
            out.add(avp(f, depth));
        }
        return out;
    }

    private Avp avp(Field spec, int depth) {
        if (depth >= MAX_DEPTH) {
            throw spec.error("AVPs nested deeper than " + MAX_DEPTH + " levels");
        }
        spec.object(SPEC_FIELDS);
        Field name = spec.get("name");
        Field code = spec.get("code");
        if ((name == null) == (code == null)) {
            throw spec.error("an AVP needs exactly one of \"name\" or \"code\"");
        }
        AvpKey<?> key;
        Avp.Builder b;
        if (name != null) {
            if (spec.has("vendorId")) {
                throw spec.get("vendorId").error("\"vendorId\" goes with \"code\"; a named AVP has its vendor");
            }
            key = key(name, name.nonEmptyText());
            b = key.builder();
        } else {
            int c = (int) code.integer(0, 0xFFFFFFFFL);
            int vendor = spec.has("vendorId") ? (int) spec.get("vendorId").integer(0, 0xFFFFFFFFL) : 0;
            key = vocabulary.avp(c, vendor).orElse(null);
            if (key != null) {
                b = key.builder();
            } else {
                b = Avp.builder(c);
                if (vendor != 0) {
                    b.vendor(vendor);
                }
            }
        }
        if (spec.has("mandatory")) {
            if (spec.get("mandatory").bool()) {
                b.mandatory();
            } else {
                b.notMandatory();
            }
        }
        if (spec.has("protected") && spec.get("protected").bool()) {
            b.protectedBit();
        }
        int given = (spec.has("value") ? 1 : 0) + (spec.has("avps") ? 1 : 0) + (spec.has("hex") ? 1 : 0);
        if (given != 1) {
            throw spec.error("an AVP needs exactly one of \"value\", \"avps\" (Grouped) or \"hex\" (raw value bytes)");
        }
        String what = key != null ? key.name() : "AVP " + Integer.toUnsignedString(code.node().asInt());
        if (spec.has("hex")) {
            return b.octetString(hex(spec.get("hex"))).build();
        }
        if (spec.has("avps")) {
            if (key != null && key.type() != AvpType.GROUPED) {
                throw spec.get("avps").error(what + " is " + key.type().rfcName()
                        + ", not Grouped: give \"value\" instead");
            }
            return b.grouped(avps(spec.get("avps"), depth + 1)).build();
        }
        Field value = spec.get("value");
        if (key == null) {
            if (!value.isText()) {
                throw value.error(what + " is not in the dictionary: give its value as a string or as \"hex\"");
            }
            return b.utf8String(value.text()).build();
        }
        if (key.type() == AvpType.GROUPED) {
            throw value.error(what + " is Grouped: give its children as \"avps\": [...]");
        }
        return encode(b, key, value(value, key));
    }

    private static Avp encode(Avp.Builder b, AvpKey<?> key, Object v) {
        switch (key.type()) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                return b.utf8String((String) v).build();
            case INTEGER32: case ENUMERATED: return b.integer32((Integer) v).build();
            case UNSIGNED32: return b.unsigned32((Long) v).build();
            case INTEGER64: return b.integer64((Long) v).build();
            case UNSIGNED64: return b.unsigned64((BigInteger) v).build();
            case FLOAT32: return b.float32((Float) v).build();
            case FLOAT64: return b.float64((Double) v).build();
            case ADDRESS: return b.address((AddressValue) v).build();
            case TIME: return b.time((Instant) v).build();
            case DIAMETER_URI: return b.diameterUri((DiameterUri) v).build();
            case OCTET_STRING: return b.octetString((byte[]) v).build();
            default: throw new IllegalStateException("unhandled type " + key.type());
        }
    }

    /** Raw bytes from a hex string (spaces, {@code :} and {@code _} allowed). */
    public static byte[] hex(Field f) {
        String text = f.text();
        try {
            return Hex.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error("expected hex digits (pairs, spaces allowed): " + e.getMessage());
        }
    }

    /**
     * The Java value of {@code key}'s type written at {@code f} (as {@link AvpKey#read} would return
     * it), so that it can be encoded or compared with a received AVP.
     */
    public Object value(Field f, AvpKey<?> key) {
        String what = key.name() + " (" + key.type().rfcName() + ")";
        switch (key.type()) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                requireText(f, what);
                return f.text();
            case INTEGER32:
                return (int) number(f, what, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case ENUMERATED:
                if (f.isText()) {
                    OptionalInt v = vocabulary.enumValue(key, f.text());
                    if (v.isEmpty()) {
                        List<String> labels = new ArrayList<>();
                        if (vocabulary instanceof TableVocabulary) {
                            labels.addAll(((TableVocabulary) vocabulary).enumLabels(key));
                        }
                        throw f.error("unknown value \"" + f.text() + "\" of " + what
                                + (labels.isEmpty() ? "; give the number" : Suggestions.hint(f.text(), labels)
                                + " (known: " + String.join(", ", labels) + ")"));
                    }
                    return v.getAsInt();
                }
                return (int) number(f, what, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UNSIGNED32:
                return number(f, what, 0, 0xFFFFFFFFL);
            case INTEGER64:
                return number(f, what, Long.MIN_VALUE, Long.MAX_VALUE);
            case UNSIGNED64: {
                BigInteger v;
                if (f.isText()) {
                    try {
                        v = new BigInteger(f.text().trim());
                    } catch (NumberFormatException e) {
                        throw f.error("expected " + what + " as a number or a string of digits, got " + f.text());
                    }
                } else if (f.node().isIntegralNumber()) {
                    v = f.node().bigIntegerValue();
                } else {
                    throw f.error("expected " + what + " as an integer, got " + Field.kind(f.node()));
                }
                if (v.signum() < 0 || v.bitLength() > 64) {
                    throw f.error(what + " must be from 0 to 2^64-1, got " + v);
                }
                return v;
            }
            case FLOAT32:
                requireNumber(f, what);
                return f.node().floatValue();
            case FLOAT64:
                requireNumber(f, what);
                return f.node().doubleValue();
            case ADDRESS:
                requireText(f, what);
                try {
                    return AddressValue.parse(f.text().trim());
                } catch (IllegalArgumentException e) {
                    throw f.error("expected " + what + " as an IPv4 or IPv6 literal, got \"" + f.text() + "\"");
                }
            case TIME:
                requireText(f, what);
                try {
                    return Instant.parse(f.text().trim());
                } catch (DateTimeParseException e) {
                    throw f.error("expected " + what + " as an ISO-8601 instant such as 2026-01-31T12:00:00Z, got \""
                            + f.text() + "\"");
                }
            case DIAMETER_URI:
                requireText(f, what);
                try {
                    return DiameterUri.parse(f.text().trim());
                } catch (IllegalArgumentException e) {
                    throw f.error("expected " + what + " such as aaa://host.example:3868, got \"" + f.text()
                            + "\": " + e.getMessage());
                }
            case OCTET_STRING:
                if (f.isObject()) {
                    f.object(Set.of("hex"));
                    return hex(f.require("hex"));
                }
                requireText(f, what);
                return f.text().getBytes(StandardCharsets.UTF_8);
            case GROUPED:
                throw f.error(what + " is Grouped: match its children with a path such as "
                        + key.name() + "/Child-Name");
            default:
                throw new IllegalStateException("unhandled type " + key.type());
        }
    }

    private static void requireText(Field f, String what) {
        if (!f.isText()) {
            throw f.error("expected " + what + " as a string, got " + Field.kind(f.node()));
        }
    }

    private static void requireNumber(Field f, String what) {
        if (!f.isNumber()) {
            throw f.error("expected " + what + " as a number, got " + Field.kind(f.node()));
        }
    }

    private static long number(Field f, String what, long min, long max) {
        if (!f.node().isIntegralNumber()) {
            throw f.error("expected " + what + " as an integer, got " + Field.kind(f.node()));
        }
        BigInteger v = f.node().bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw f.error(what + " must be from " + min + " to " + max + ", got " + v);
        }
        return v.longValue();
    }

    // ---- rendering ----

    /** Renders AVPs as JSON (see {@link #render(Avp)}). */
    public ArrayNode render(List<Avp> avps) {
        return render(avps, 0);
    }

    private ArrayNode render(List<Avp> avps, int depth) {
        ArrayNode out = NODES.arrayNode();
        for (Avp a : avps) {
            out.add(render(a, depth));
        }
        return out;
    }

    /**
     * One AVP as JSON: {@code name} (when known), {@code code}, {@code vendorId}, {@code flags}
     * (e.g. {@code "VM"}), then {@code avps} for Grouped or {@code value} typed by the dictionary
     * (with {@code label} for known enum values), and always {@code hex}, the value's bytes. An AVP
     * whose value does not fit its type gets {@code error} instead of {@code value}.
     */
    public ObjectNode render(Avp avp) {
        return render(avp, 0);
    }

    private ObjectNode render(Avp avp, int depth) {
        ObjectNode o = NODES.objectNode();
        AvpKey<?> key = vocabulary.avp(avp.code(), avp.vendorId()).orElse(null);
        if (key != null) {
            o.put("name", key.name());
        }
        o.put("code", Integer.toUnsignedLong(avp.code()));
        if (avp.vendorId() != 0) {
            o.put("vendorId", Integer.toUnsignedLong(avp.vendorId()));
        }
        o.put("flags", flags(avp));
        if (key != null) {
            try {
                renderValue(o, avp, key, depth);
            } catch (InvalidAvpValueException e) {
                o.put("error", e.getMessage());
            }
        } else if (depth < MAX_DEPTH && avp.looksGrouped() && avp.valueLength() > 0) {
            o.set("avps", render(avp.asGrouped(), depth + 1));
        }
        o.put("hex", Hex.of(avp.value()));
        return o;
    }

    private void renderValue(ObjectNode o, Avp avp, AvpKey<?> key, int depth) {
        Object v = key.read(avp);
        switch (key.type()) {
            case GROUPED:
                if (depth < MAX_DEPTH) {
                    @SuppressWarnings("unchecked")
                    List<Avp> children = (List<Avp>) v;
                    o.set("avps", render(children, depth + 1));
                }
                break;
            case INTEGER32:
                o.put("value", (Integer) v);
                break;
            case ENUMERATED:
                o.put("value", (Integer) v);
                vocabulary.enumLabel(key, (Integer) v).ifPresent(l -> o.put("label", l));
                break;
            case UNSIGNED32: case INTEGER64:
                o.put("value", (Long) v);
                break;
            case UNSIGNED64:
                o.put("value", (BigInteger) v);
                break;
            case FLOAT32:
                o.put("value", (Float) v);
                break;
            case FLOAT64:
                o.put("value", (Double) v);
                break;
            case OCTET_STRING:
                byte[] bytes = (byte[]) v;
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (isPrintable(text) && java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
                    o.put("value", text);
                }
                break;
            default:
                o.put("value", String.valueOf(v));
        }
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String flags(Avp avp) {
        StringBuilder sb = new StringBuilder();
        if (avp.isVendorSpecific()) {
            sb.append('V');
        }
        if (avp.isMandatory()) {
            sb.append('M');
        }
        if (avp.isProtected()) {
            sb.append('P');
        }
        return sb.toString();
    }
}
