package io.diameterharness.dictionary.internal;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.Hex;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.AvpDefinition;
import java.nio.charset.StandardCharsets;

/** Reads and displays AVP values by their dictionary type. */
public final class TypedValues {
    private TypedValues() {
    }

    /** The value as the Java type of {@code def}'s type; raw bytes when {@code def} is null. */
    public static Object value(AvpDefinition def, Avp avp) {
        if (def == null) {
            return avp.asOctetString();
        }
        return value(def.type(), avp);
    }

    /** The value of {@code avp} read as {@code type}. */
    public static Object value(AvpType type, Avp avp) {
        switch (type) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                return avp.asUtf8String();
            case INTEGER32: return avp.asInteger32();
            case ENUMERATED: return avp.asEnumerated();
            case UNSIGNED32: return avp.asUnsigned32();
            case INTEGER64: return avp.asInteger64();
            case UNSIGNED64: return avp.asUnsigned64();
            case FLOAT32: return avp.asFloat32();
            case FLOAT64: return avp.asFloat64();
            case ADDRESS: return avp.asAddress();
            case TIME: return avp.asTime();
            case DIAMETER_URI: return avp.asDiameterUri();
            case GROUPED: return avp.asGrouped();
            default: return avp.asOctetString();
        }
    }

    /** The value as display text; never throws (a malformed value shows its error and bytes). */
    public static String display(AvpDefinition def, Avp avp) {
        if (def == null) {
            return hex(avp.asOctetString());
        }
        try {
            switch (def.type()) {
                case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                    return quote(avp.asUtf8String());
                case DIAMETER_URI:
                    return avp.asDiameterUri().toString();
                case OCTET_STRING: {
                    byte[] b = avp.asOctetString();
                    String text = printable(b);
                    return text == null ? hex(b) : hex(b) + " (" + quote(text) + ")";
                }
                case GROUPED:
                    return "";
                case ENUMERATED: case INTEGER32: case UNSIGNED32: case INTEGER64: case UNSIGNED64: {
                    Object v = value(def.type(), avp);
                    if (!def.enumValues().isEmpty() && v instanceof Number) {
                        String label = def.enumValues().get(((Number) v).intValue());
                        return v + " (" + (label != null ? label : "undefined value") + ")";
                    }
                    return String.valueOf(v);
                }
                default:
                    return String.valueOf(value(def.type(), avp));
            }
        } catch (InvalidAvpValueException e) {
            return "<invalid " + def.type().rfcName() + ": " + e.error().description() + "> " + hex(avp.asOctetString());
        }
    }

    static String hex(byte[] b) {
        if (b.length == 0) {
            return "(empty)";
        }
        if (b.length > 256) {
            byte[] head = java.util.Arrays.copyOf(b, 256);
            return "0x" + Hex.of(head) + "... (" + b.length + " bytes)";
        }
        return "0x" + Hex.of(b);
    }

    private static String printable(byte[] b) {
        if (b.length == 0) {
            return null;
        }
        for (byte x : b) {
            if (x < 0x20 || x > 0x7e) {
                return null;
            }
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
