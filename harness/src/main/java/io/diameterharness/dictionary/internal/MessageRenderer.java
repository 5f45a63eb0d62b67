package io.diameterharness.dictionary.internal;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.ApplicationDefinition;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.CommandDefinition;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.VendorDefinition;
import java.util.List;

/**
 * Renders messages and AVPs as an indented tree, the way Wireshark's packet details pane shows
 * Diameter:
 * <pre>
 * CCR Credit-Control-Request (272) app 4 Diameter Credit Control, flags RP--, hbh 0x00000001, e2e 0x00000002, length 228
 *   Session-Id (263) -M- "client.example;1;1"
 *   CC-Request-Type (416) -M- 4 (EVENT_REQUEST)
 *   Service-Information (873) vendor 3GPP(10415) VM-
 *     SMS-Information (2000) vendor 3GPP(10415) VM-
 *       Data-Coding-Scheme (2001) vendor 3GPP(10415) VM- 8
 *   Unknown AVP 99999 vendor 12345 VM- 0x0000000100000001
 * </pre>
 */
public final class MessageRenderer {
    private static final String INDENT = "  ";
    private static final int MAX_PROBABLE_GROUP_DEPTH = 4;

    private MessageRenderer() {
    }

    /** The message tree, one line per AVP, ending with a newline. */
    public static String render(Dictionary d, DiameterMessage m) {
        StringBuilder sb = new StringBuilder(256);
        CommandDefinition c = d.command(m.commandCode(), m.applicationIdUnsigned()).orElse(null);
        if (c == null) {
            c = d.commands().stream().filter(x -> x.code() == m.commandCode()).findFirst().orElse(null);
        }
        if (c != null) {
            sb.append(c.shortName(m.isRequest())).append(' ').append(c.fullName(m.isRequest()));
        } else {
            sb.append("Unknown-Command-").append(m.isRequest() ? "Request" : "Answer");
        }
        sb.append(" (").append(m.commandCode()).append(") app ").append(m.applicationIdUnsigned());
        ApplicationDefinition app = d.application(m.applicationIdUnsigned()).orElse(null);
        if (app != null) {
            sb.append(' ').append(app.name());
        }
        sb.append(", flags ").append(DiameterMessage.flagString(m.flags()))
                .append(String.format(", hbh 0x%08x, e2e 0x%08x", m.hopByHopId(), m.endToEndId()))
                .append(", length ").append(m.length()).append('\n');
        for (Avp a : m.avps()) {
            avp(d, a, 1, sb);
        }
        return sb.toString();
    }

    /** One AVP and its children, without a trailing newline. */
    public static String render(Dictionary d, Avp avp) {
        StringBuilder sb = new StringBuilder();
        avp(d, avp, 0, sb);
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static void avp(Dictionary d, Avp a, int level, StringBuilder sb) {
        AvpDefinition def = d.avp(a.code(), a.vendorId()).orElse(null);
        sb.append(INDENT.repeat(level));
        if (def != null) {
            sb.append(def.name()).append(" (").append(Integer.toUnsignedString(a.code())).append(')');
        } else {
            sb.append("Unknown AVP ").append(Integer.toUnsignedString(a.code()));
        }
        if (a.isVendorSpecific()) {
            VendorDefinition v = d.vendor(a.vendorId()).orElse(null);
            sb.append(" vendor ").append(v != null ? v.toString() : Integer.toUnsignedString(a.vendorId()));
        }
        sb.append(' ').append(Avp.flagString(a.flags()));
        if (def != null && def.isGrouped()) {
            List<Avp> children;
            try {
                children = a.asGrouped();
            } catch (InvalidAvpValueException e) {
                sb.append(" <invalid Grouped: ").append(e.error().description()).append("> ")
                        .append(TypedValues.hex(a.asOctetString())).append('\n');
                return;
            }
            sb.append('\n');
            for (Avp c : children) {
                avp(d, c, level + 1, sb);
            }
            return;
        }
        sb.append(' ').append(def != null ? TypedValues.display(def, a) : TypedValues.hex(a.asOctetString()))
                .append('\n');
        if (def == null && level < MAX_PROBABLE_GROUP_DEPTH && a.looksGrouped()) {
            sb.append(INDENT.repeat(level + 1)).append("(probable group)\n");
            for (Avp c : a.asGrouped()) {
                avp(d, c, level + 2, sb);
            }
        }
    }
}
