package io.diameterharness.journal;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Dictionary;
import java.util.List;

/**
 * A ladder diagram of one peer's conversation, for failure output: one line per message or
 * connection event with the time since the first entry, the direction, the connection, the command
 * short name, the hop-by-hop id and the key AVPs (Session-Id, Result-Code, CC-Request-Type and
 * CC-Request-Number, Disconnect-Cause).
 *
 * <pre>
 *    time ms   conn       command  hbh         key AVPs
 *      0.000   c12  <--   CER      0x0000a001  Origin-Host=pcef.example
 *      0.905   c12  -->   CEA      0x0000a001  Result-Code=2001 DIAMETER_SUCCESS
 *     14.220   c12  <--   CCR      0x0000a002  Session-Id=pcef;1;2 CC-Request-Type=4 (EVENT_REQUEST) CC-Request-Number=0
 *     14.771   c12   ==   watchdog OKAY -&gt; SUSPECT
 * </pre>
 */
public final class Ladder {
    private Ladder() {
    }

    /** The ladder of every entry of {@code journal}, names from {@code dictionary}. */
    public static String render(Journal journal, Dictionary dictionary) {
        return render(journal.entries(), dictionary);
    }

    /** The ladder of these entries. */
    public static String render(List<JournalEntry> entries, Dictionary dictionary) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%11s  %-6s %4s %-9s%-12s%s%n", "time ms", "conn", "", "command", "hbh", "key AVPs"));
        if (entries.isEmpty()) {
            sb.append("  (nothing was sent or received)\n");
            return sb.toString();
        }
        long t0 = monotonic(entries.get(0));
        for (JournalEntry e : entries) {
            double ms = (monotonic(e) - t0) / 1_000_000.0;
            if (e instanceof MessageEntry) {
                MessageEntry m = (MessageEntry) e;
                String arrow = m.direction() == Direction.INBOUND ? "<--" : "-->";
                if (m.message() == null) {
                    sb.append(String.format("%11.3f  c%-5d %4s %s%n", ms, m.connection().connectionId(), arrow,
                            "undecodable " + m.length() + " bytes: " + m.decodeError().map(Object::toString).orElse("")));
                    continue;
                }
                DiameterMessage msg = m.message();
                sb.append(String.format("%11.3f  c%-5d %4s %-9s0x%08x  %s%n", ms, m.connection().connectionId(), arrow,
                        shortName(msg, dictionary), msg.hopByHopId(), keyAvps(msg)).stripTrailing()).append('\n');
            } else {
                ConnectionEvent c = (ConnectionEvent) e;
                sb.append(String.format("%11.3f  c%-5d %4s %s: %s%n", ms, c.connection().connectionId(), "==",
                        c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), c.detail()));
            }
        }
        return sb.toString();
    }

    private static long monotonic(JournalEntry e) {
        return e instanceof MessageEntry ? ((MessageEntry) e).monotonicNanos() : ((ConnectionEvent) e).monotonicNanos();
    }

    private static String shortName(DiameterMessage m, Dictionary d) {
        String base = d.command(m.commandCode(), m.applicationIdUnsigned())
                .map(c -> m.isRequest() ? c.requestShortName() : c.answerShortName())
                .orElse((m.isRequest() ? "R" : "A") + m.commandCode());
        return base + (m.isError() ? "!E" : "") + (m.isRetransmission() ? "!T" : "");
    }

    private static String keyAvps(DiameterMessage m) {
        StringBuilder sb = new StringBuilder();
        for (Avp a : m.avps()) {
            if (a.vendorId() != 0) {
                continue;
            }
            try {
                switch (a.code()) {
                    case 263:
                        sb.append("Session-Id=").append(a.asUtf8String()).append(' ');
                        break;
                    case 268:
                        long rc = a.asUnsigned32();
                        sb.append("Result-Code=").append(rc).append(' ').append(ResultCode.name((int) rc)).append(' ');
                        break;
                    case 297:
                        for (Avp c : a.asGrouped()) {
                            if (c.code() == 298) {
                                sb.append("Experimental-Result-Code=").append(c.asUnsigned32()).append(' ');
                            }
                        }
                        break;
                    case 416:
                        int t = a.asEnumerated();
                        sb.append("CC-Request-Type=").append(t).append(ccType(t)).append(' ');
                        break;
                    case 415:
                        sb.append("CC-Request-Number=").append(a.asUnsigned32()).append(' ');
                        break;
                    case 273:
                        sb.append("Disconnect-Cause=").append(a.asEnumerated()).append(' ');
                        break;
                    case 264:
                        if (m.commandCode() == 257) {
                            sb.append("Origin-Host=").append(a.asUtf8String()).append(' ');
                        }
                        break;
                    case 279:
                        sb.append("Failed-AVP ");
                        break;
                    default:
                        break;
                }
            } catch (InvalidAvpValueException ex) {
                sb.append("malformed AVP ").append(Integer.toUnsignedString(a.code())).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static String ccType(int t) {
        switch (t) {
            case 1: return " (INITIAL_REQUEST)";
            case 2: return " (UPDATE_REQUEST)";
            case 3: return " (TERMINATION_REQUEST)";
            case 4: return " (EVENT_REQUEST)";
            default: return "";
        }
    }

}
